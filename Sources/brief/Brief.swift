import ArgumentParser
import BriefCurl

@main
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Turn German news articles into short bilingual German/English briefs.",
    version: "brief \(CurlTransport.Configuration.briefVersion) (libcurl \(CurlVersion.string))",
    subcommands: [
      SummarizeCommand.self, SplitCommand.self, BatchCommand.self, DigestCommand.self,
      TranslateCommand.self,
    ],
    defaultSubcommand: nil
  )
}

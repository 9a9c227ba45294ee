import ArgumentParser

@main
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Turn German news articles into short bilingual German/English briefs.",
    subcommands: [
      SummarizeCommand.self, SplitCommand.self, BatchCommand.self, DigestCommand.self,
      TranslateCommand.self,
    ],
    defaultSubcommand: nil
  )
}

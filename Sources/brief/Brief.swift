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

  /// Makes sure descriptors 0, 1 and 2 are open (`StandardStream.reserveStandardDescriptors`)
  /// and that a reader going away cannot kill the run (`StandardStream.ignoreBrokenPipes`),
  /// then parses the arguments and runs the command.
  static func main() {
    StandardStream.reserveStandardDescriptors()
    StandardStream.ignoreBrokenPipes()
    if let topic = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
      exit(
        withError: ValidationError(
          "Unknown command '\(topic)'; brief help takes one of: "
            + configuration.subcommands.map { $0.configuration.commandName ?? "" }
            .joined(separator: ", ") + "."))
    }
    main(nil)
  }

  /// The word after `brief help` that names no command, if any: ArgumentParser would show the
  /// general help for it and exit 0, hiding the typo from a script.
  static func unknownHelpTopic(_ arguments: [String]) -> String? {
    guard arguments.first == "help" else { return nil }
    let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
    let topics = arguments.dropFirst().filter { !$0.hasPrefix("-") }
    guard let first = topics.first else { return nil }
    return names.contains(first) ? topics.dropFirst().first : first
  }
}

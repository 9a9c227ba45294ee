import ArgumentParser

@main
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "brief")
}

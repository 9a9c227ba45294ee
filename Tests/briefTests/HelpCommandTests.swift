import Foundation
import Testing

/// `brief help TOPIC`.
struct HelpCommandTests {
  @Test func `help for a command that does not exist is a usage error`() throws {
    let bogus = try BriefProcess.run(["help", "bogus"])
    #expect(bogus.status == 64)
    #expect(bogus.stderr.contains("Unknown command 'bogus'"), "\(bogus.stderr)")
    let known = try BriefProcess.run(["help", "summarize"])
    #expect(known.status == 0)
    #expect(known.stdout.contains("--sentences-only"))
  }
}

import Foundation
import Testing

struct SplitCommandTests {
  @Test(arguments: try BriefProcess.seedFiles())
  func `split keeps every non-whitespace character of a seed, in order`(seed: URL) throws {
    let result = try BriefProcess.run(["split", seed.path])
    #expect(result.status == 0, "\(result.stderr)")
    let input = try String(contentsOf: seed, encoding: .utf8).filter { !$0.isWhitespace }
    let output = result.stdout.filter { !$0.isWhitespace }
    #expect(input == output)
  }

  @Test func `split with kinds prefixes each line with its kind`() throws {
    let seed = try BriefProcess.seedFiles()[3]
    let result = try BriefProcess.run(["split", "--kinds", seed.path])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy {
      $0.hasPrefix("sentence\t") || $0.hasPrefix("heading\t") || $0.hasPrefix("boilerplate\t")
    })
    #expect(lines.contains("boilerplate\t00:00"))
    #expect(lines.contains { $0.hasPrefix("heading\tTreffen kommende Woche geplant") })
  }
}

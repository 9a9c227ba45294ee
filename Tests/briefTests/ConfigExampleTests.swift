import Foundation
import Testing

/// `config.example.json` against the README's table of configuration keys.
struct ConfigExampleTests {
  @Test func `config.example.json shows every key the README lists, and no other`() throws {
    let root = BriefProcess.packageRoot
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let listed = Set(
      readme.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("| `"), line.contains("| `BRIEF_") else { return nil }
        return line.dropFirst(3).split(separator: "`").first.map(String.init)
      })
    let example = try JSONHelpers.object(
      at: root.appendingPathComponent("config.example.json"))
    #expect(listed.count > 10)
    #expect(Set(example.keys) == listed)
  }
}

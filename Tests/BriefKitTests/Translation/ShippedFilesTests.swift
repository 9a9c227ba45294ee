import Foundation
import Testing

@testable import BriefKit

/// The copies of `prompts/` built into Brief, used when it finds no `prompts/` folder.
struct ShippedFilesTests {
  @Test(arguments: [
    (ShippedFiles.prompt, ShippedFiles.promptPath),
    (ShippedFiles.glossary, ShippedFiles.glossaryPath),
  ])
  func `the built-in copies equal the files in prompts/`(builtIn: String, path: String) throws {
    let file = TestJSON.promptsDirectory.deletingLastPathComponent()
      .appendingPathComponent(path)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(builtIn == text, "\(path) changed: run scripts/embed-product-files.py")
  }

  @Test func `the built-in copies parse`() throws {
    #expect(try PromptTemplate(parsing: ShippedFiles.prompt).version.hasPrefix("3-"))
    #expect(try Glossary(parsing: ShippedFiles.glossary).entries.count > 300)
  }
}

import Testing

@testable import BriefKit

struct TextPrefixTests {
  @Test func `a text within the limit is kept whole`() {
    #expect(TextPrefix.prefix("Kurz.", maximumBytes: 100) == "Kurz.")
  }

  @Test func `a long text is cut at the last line break within the limit`() {
    let text = "Erste Zeile hier.\nZweite Zeile hier.\nDritte Zeile hier."
    #expect(TextPrefix.prefix(text, maximumBytes: 40) == "Erste Zeile hier.\nZweite Zeile hier.")
  }

  @Test func `a text without line breaks is cut at a space`() {
    let text = String(repeating: "Wort ", count: 100)
    let cut = TextPrefix.prefix(text, maximumBytes: 52)
    #expect(cut.utf8.count <= 52)
    #expect(cut.hasSuffix("Wort"))
  }

  @Test func `a cut never splits a multi-byte character`() {
    let text = String(repeating: "ä", count: 100)
    let cut = TextPrefix.prefix(text, maximumBytes: 51)
    #expect(cut == String(repeating: "ä", count: 25))
  }
}

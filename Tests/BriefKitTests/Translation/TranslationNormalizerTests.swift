import Testing

@testable import BriefKit

@Suite struct TranslationNormalizerTests {
  @Test func `NFC, whitespace and control runs as one space, trimmed`() {
    #expect(
      TranslationNormalizer.normalize(" Lawrow\u{00A0}\t traf\r\nRubio. ") == "Lawrow traf Rubio.")
    #expect(TranslationNormalizer.normalize("Lawrow\u{1F}\u{7}traf") == "Lawrow traf")
    #expect(TranslationNormalizer.normalize("Mu\u{0308}nchen") == "M\u{00FC}nchen")
    #expect(TranslationNormalizer.normalize("\u{1}\u{85} \u{2028}").isEmpty)
  }

  /// Found by `scripts/fuzz.sh translation`: the mark after a control character joined the
  /// space put in its place, and a second pass dropped it with that space.
  @Test(arguments: ["ver\u{E4}r\u{1}\u{0369}\u{FFFD}{gert", "a\u{0}\u{0301}b", "\u{1}\u{0301}x"])
  func `normalising twice is normalising once`(sentence: String) {
    let once = TranslationNormalizer.normalize(sentence)
    #expect(TranslationNormalizer.normalize(once) == once)
  }

  @Test func `a combining mark after a control character is kept, not dropped`() {
    #expect(TranslationNormalizer.normalize("r\u{1}\u{0369}x") == "r \u{0369}x")
  }
}

@Test func `the shortcut for normalised text agrees with the full pass`() {
  var generator = SeededGenerator(seed: 7)
  let pieces = [
    "Lawrow", " ", "  ", "ä", "ß", "„", "“", "–", "€", "…", "\u{00A0}", "\u{0308}", "\t", "\n",
    "\u{AD}", "\u{2028}", "\u{202F}", "\u{1}", "\u{85}", "é", "e\u{0301}", "Ω", "x", ".",
  ]
  var shortcuts = 0
  for _ in 0..<5_000 {
    let count = Int.random(in: 0...8, using: &generator)
    let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    let full = TranslationNormalizer.fullyNormalized(text)
    #expect(TranslationNormalizer.normalize(text) == full, "\(Array(text.unicodeScalars))")
    if TranslationNormalizer.isNormalized(text) {
      shortcuts += 1
      #expect(full == text)
    }
  }
  #expect(shortcuts > 100)
}

import Testing

@testable import BriefKit

struct FoldedPhrasesTests {
  let phrases = FoldedPhrases([
    "künstlich generiert", "per E-Mail erhalten", "KI-generiert", "zum Newsletter",
  ])

  func occurs(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return phrases.occurs(in: bytes, 0..<bytes.count)
  }

  @Test func `a phrase is found wherever a word starts with it, in any case`() {
    #expect(occurs("Diese Audioversion wurde künstlich generiert."))
    #expect(occurs("KÜNSTLICH GENERIERT"))
    #expect(occurs("Das Bild ist (KI-generiert)."))
    #expect(occurs("Anmeldung zum Newsletter"))
    #expect(occurs("per e-mail erhalten"))
  }

  @Test func `a phrase inside a word or cut short is not found`() {
    #expect(!occurs("Das ist unkünstlich generiert."))
    #expect(!occurs("Er hat es per E-Mail"))
    #expect(!occurs("künstlich"))
    #expect(!occurs(""))
  }

  @Test func `only the given range is searched`() {
    let bytes = Array("Anmeldung zum Newsletter heute".utf8)
    #expect(phrases.occurs(in: bytes, 10..<24))
    #expect(!phrases.occurs(in: bytes, 10..<23))
    #expect(!phrases.occurs(in: bytes, 11..<bytes.count))
  }

  @Test func `prefixes match whole words when asked`() {
    let prefixes = FoldedPhrases(["Copyright", "Foto:"])
    let bytes = Array("Copyrightbeschwerden an".utf8)
    #expect(prefixes.startsWithPhrase(bytes, 0..<bytes.count))
    #expect(!prefixes.startsWithPhrase(bytes, 0..<bytes.count, wholeWord: true))
    let credit = Array("FOTO: dpa".utf8)
    #expect(prefixes.startsWithPhrase(credit, 0..<credit.count, wholeWord: true))
  }

  /// The shift table may skip only where no phrase can start: random texts built from
  /// pieces of the phrases agree with a search at every position.
  @Test func `the sliding search agrees with trying every position`() {
    let pieces = [
      "künstlich", " generiert", "KI-", "generiert", "zum ", "Newsletter", "per ", "E-Mail ",
      "erhalten", "ü", "x", " ", ".", "Ü", "nst", "er", "ZUM",
    ]
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<2_000 {
      let count = Int.random(in: 1...12, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let bytes = Array(text.utf8)
      let expected = bytes.indices.contains { index in
        let wordStart =
          index == 0
          || !UTF8Scan.isLetter(bytes, UTF8Scan.previousStart(bytes, index))
            && !UTF8Scan.isDigit(bytes, UTF8Scan.previousStart(bytes, index))
        return wordStart && phrases.startsWithPhrase(bytes, index..<bytes.count)
      }
      #expect(phrases.occurs(in: bytes, 0..<bytes.count) == expected, "\(text)")
    }
  }
}

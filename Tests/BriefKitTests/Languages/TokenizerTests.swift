import Testing

@testable import BriefKit

/// The byte-level tokenizer against the scalar-by-scalar definition it replaced.
struct TokenizerTests {
  /// The words of `text` by the definition: runs of alphabetic or decimal-digit scalars,
  /// lower-cased through `Unicode.Scalar.Properties`.
  static func referenceTokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    var current = String.UnicodeScalarView()
    var capitalized = false
    var alphabetic = true
    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(
        Token(lowercased: String(current), isCapitalized: capitalized, isAlphabetic: alphabetic))
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
        if current.isEmpty {
          capitalized = properties.isUppercase
          alphabetic = true
        }
        if !properties.isAlphabetic { alphabetic = false }
        if properties.isUppercase {
          current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
        } else {
          current.append(scalar)
        }
      } else {
        flush()
      }
    }
    flush()
    return tokens
  }

  /// Every scalar of `values`, each between an upper-case and a lower-case ASCII letter and
  /// alone between spaces, so that it starts, continues and ends words.
  static func everyScalar(in values: ClosedRange<UInt32>) -> String {
    var text = String.UnicodeScalarView()
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      text.append(contentsOf: "B".unicodeScalars)
      text.append(scalar)
      text.append(contentsOf: "a ".unicodeScalars)
      text.append(scalar)
      text.append(contentsOf: " ".unicodeScalars)
    }
    return String(text)
  }

  @Test(
    arguments: [
      0x0...0x7FF, 0x800...0x1FFF, 0x2000...0x2FFF, 0x3000...0xD7FF, 0xE000...0xFFFF,
      0x1_0000...0x1_FFFF,
    ] as [ClosedRange<UInt32>])
  func `the tokenizer agrees with the scalar properties on every scalar`(
    values: ClosedRange<UInt32>
  ) {
    let text = Self.everyScalar(in: values)
    #expect(Tokenizer.tokens(in: text) == Self.referenceTokens(in: text))
  }

  @Test(arguments: [
    "Der **Außenminister** traf 2025 Lawrow_in Kuala-Lumpur.",
    "ÄRZTE über Österreich: „Ölpreis“ – İstanbul, ǅemal, Ⅻ, ⒶⒷ, 𝐀𝐁, ٣٤٥, ﬁsch 😀x",
    "", "   ", "a", "Ä", "e\u{301}tude", "ẞ groß",
  ])
  func `the tokenizer agrees with the scalar properties on mixed text`(text: String) {
    #expect(Tokenizer.tokens(in: text) == Self.referenceTokens(in: text))
  }

  @Test func `a word's bytes are its lower-cased form`() {
    var words: [String] = []
    Tokenizer.forEachWord(in: "Über 3 ÄRZTE") { word, _, _ in
      words.append(String(decoding: word, as: UTF8.self))
    }
    #expect(words == ["über", "3", "ärzte"])
  }
}

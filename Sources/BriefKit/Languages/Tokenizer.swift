/// One word of a text: a run of letters or digits.
struct Token: Sendable, Equatable {
  /// The word lower-cased.
  var lowercased: String
  /// Whether the word as written starts with an upper-case letter.
  var isCapitalized: Bool
  /// Whether the word consists of letters only.
  var isAlphabetic: Bool
}

/// Splits text into words: maximal runs of Unicode letters or decimal digits, lower-cased.
///
/// Everything else (punctuation, Markdown `**`/`_`, spaces) separates words. Linear in the
/// text's length.
enum Tokenizer {
  /// The words of `text` in order.
  static func tokens(in text: String) -> [Token] {
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
      if scalar.isASCII {
        let v = scalar.value
        if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
          if current.isEmpty { capitalized = false; alphabetic = true }
          if v <= 0x39 { alphabetic = false }
          current.append(scalar)
        } else if (0x41...0x5A).contains(v) {
          if current.isEmpty { capitalized = true; alphabetic = true }
          current.append(Unicode.Scalar(UInt8(v + 0x20)))
        } else {
          flush()
        }
        continue
      }
      let properties = scalar.properties
      if properties.isAlphabetic || properties.generalCategory == .decimalNumber {
        if current.isEmpty { capitalized = properties.isUppercase; alphabetic = true }
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
}

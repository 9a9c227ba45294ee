import Foundation

/// The form in which sentences are compared, deduplicated, cached and sent.
public enum TranslationNormalizer {
  /// NFC, every run of whitespace or control scalars as one space, trimmed.
  ///
  /// Works on scalars, not characters: a combining mark after a control character would
  /// otherwise join the space put in its place, and a second pass would drop it.
  public static func normalize(_ sentence: String) -> String {
    isNormalized(sentence) ? sentence : fullyNormalized(sentence)
  }

  /// `normalize` without the shortcut for text that is normalised already.
  static func fullyNormalized(_ sentence: String) -> String {
    var output = String.UnicodeScalarView()
    var gap = false
    for scalar in sentence.precomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.isWhitespace || isControl(scalar) {
        gap = !output.isEmpty
        continue
      }
      if gap { output.append(" ") }
      gap = false
      output.append(scalar)
    }
    return String(output)
  }

  /// Whether `normalize` would return `sentence` unchanged, decided cheaply.
  ///
  /// True for ordinary text: single spaces between words, no control or other whitespace, and only scalars that
  /// neither compose nor decompose (below U+0300, where NFC changes nothing without a combining
  /// mark, or the punctuation and currency signs U+2010–U+2027, U+2030–U+205E and
  /// U+20A0–U+20CF). Anything else takes the full pass.
  static func isNormalized(_ sentence: String) -> Bool {
    var previousIsSpace = true
    for scalar in sentence.unicodeScalars {
      let value = scalar.value
      if value == 0x20 {
        if previousIsSpace { return false }
        previousIsSpace = true
        continue
      }
      previousIsSpace = false
      switch value {
      case 0x21...0x7E, 0xA1...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF:
        continue
      default:
        return false
      }
    }
    return !previousIsSpace || sentence.isEmpty
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
  }
}

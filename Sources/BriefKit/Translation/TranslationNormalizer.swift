import Foundation

/// The form in which sentences are compared, deduplicated, cached and sent.
public enum TranslationNormalizer {
  /// NFC, every run of whitespace or control characters as one space, trimmed.
  public static func normalize(_ sentence: String) -> String {
    let nfc = sentence.precomposedStringWithCanonicalMapping
    let words = nfc.split { $0.isWhitespace || $0.unicodeScalars.allSatisfy(isControl) }
    return words.joined(separator: " ")
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
  }
}

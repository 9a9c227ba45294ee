import Foundation

/// The form in which sentences are compared, deduplicated, cached and sent.
public enum TranslationNormalizer {
  /// NFC, every run of whitespace or control scalars as one space, trimmed.
  ///
  /// Works on scalars, not characters: a combining mark after a control character would
  /// otherwise join the space put in its place, and a second pass would drop it.
  public static func normalize(_ sentence: String) -> String {
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

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
  }
}

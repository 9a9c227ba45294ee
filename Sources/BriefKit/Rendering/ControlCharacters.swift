/// Keeps control characters out of human-readable output, where a stray ESC could drive a
/// terminal, other C0/C1 codes render as garbage, and a bidi override left open turns the
/// rest of its line around (a digest line's `<cite>`).
enum ControlCharacters {
  /// `text` with every C0 and C1 control character (and DEL) other than tab and line feed
  /// replaced by a space and every bidi formatting character (`BidiControls`) removed;
  /// returns `text` itself when there is none.
  ///
  /// Briefs hold none (`TextNormalizer` drops them), but a brief read back from JSON may.
  static func replaced(in text: String) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) || isBidi($0) }) else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isBidi(scalar) {
      scalars.append(isControl(scalar) ? " " : scalar)
    }
    return String(scalars)
  }

  private static func isBidi(_ scalar: Unicode.Scalar) -> Bool {
    BidiControls.contains(scalar.value)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }
}

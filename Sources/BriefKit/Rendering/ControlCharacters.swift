/// Keeps control characters out of human-readable output, where a stray ESC could drive a
/// terminal and other C0/C1 codes render as garbage.
enum ControlCharacters {
  /// `text` with every C0 and C1 control character (and DEL) other than tab and line feed
  /// replaced by a space; returns `text` itself when there is none.
  static func replaced(in text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isControl(scalar) ? " " : scalar)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }
}

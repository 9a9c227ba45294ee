/// Cuts an overlong text to a bounded prefix, so one huge input cannot take unbounded time or
/// memory in the later stages.
public enum TextPrefix {
  /// `text` when it has at most `maximumBytes` UTF-8 bytes; otherwise its longest prefix.
  ///
  /// The prefix fits in `maximumBytes` and ends at a line break, or, with no line break in the
  /// second half of that window, at a space, or failing both at a character boundary.
  public static func prefix(_ text: String, maximumBytes: Int) -> String {
    let utf8 = text.utf8
    guard maximumBytes > 0, utf8.count > maximumBytes else { return text }
    var end = utf8.index(utf8.startIndex, offsetBy: maximumBytes)
    // Never cut inside a UTF-8 sequence: back off over continuation bytes.
    while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
    let window = utf8[..<end]
    let half = utf8.index(utf8.startIndex, offsetBy: maximumBytes / 2)
    for separator in [UInt8(ascii: "\n"), UInt8(ascii: " ")] {
      if let cut = window.lastIndex(of: separator), cut >= half { return String(text[..<cut]) }
    }
    return String(text[..<end])
  }
}

/// Decoding of scalars from valid UTF-8 (as held by a `String`).
enum UTF8Decoding {
  /// The scalar value starting at `index` of valid UTF-8 `bytes` and its length in bytes.
  @inline(__always)
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
      return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0 {
      return (
        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F), 3
      )
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4
    )
  }

  /// Whether the scalar `value` is a `Character` of its own in any text, whatever its
  /// neighbours.
  ///
  /// True for every scalar below U+0300 but CR (which joins a following LF), and every one of
  /// U+2000-U+20CF but the joiners U+200C and U+200D. No scalar of these ranges extends
  /// another or is extended (no combining mark, prepend, spacing mark, emoji or Hangul part).
  @inline(__always)
  static func isOwnCharacter(_ value: UInt32) -> Bool {
    if value < 0x300 { return value != 0x0D }
    return value >= 0x2000 && value < 0x20D0 && value != 0x200C && value != 0x200D
  }

  /// Whether the scalar `value` is whitespace (`Unicode.Scalar.Properties.isWhitespace`),
  /// answered from `WordScalarTable` for the scalars it covers.
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return WordScalarTable.shared.entry(value).isWhitespace
  }
}

/// Finding an ASCII word in UTF-8 text, letters in any case, in time linear in the text.
enum ASCIISearch {
  /// The index where `needle` (lower-case ASCII) first occurs in `text`, ignoring the case of
  /// ASCII letters.
  static func first(_ needle: [UInt8], in text: ArraySlice<UInt8>) -> Int? {
    guard !needle.isEmpty, text.count >= needle.count else { return nil }
    return (text.startIndex...(text.endIndex - needle.count)).first {
      matches(needle, in: text, at: $0)
    }
  }

  /// The index where `needle` (lower-case ASCII) last occurs in `text`, ignoring the case of
  /// ASCII letters.
  static func last(_ needle: [UInt8], in text: [UInt8]) -> Int? {
    guard !needle.isEmpty, text.count >= needle.count else { return nil }
    return (0...(text.count - needle.count)).reversed().first {
      matches(needle, in: text[...], at: $0)
    }
  }

  private static func matches(_ needle: [UInt8], in text: ArraySlice<UInt8>, at start: Int) -> Bool
  {
    for (offset, byte) in needle.enumerated() {
      let candidate = text[start + offset]
      let lowered = (0x41...0x5A).contains(candidate) ? candidate | 0x20 : candidate
      if lowered != byte { return false }
    }
    return true
  }
}

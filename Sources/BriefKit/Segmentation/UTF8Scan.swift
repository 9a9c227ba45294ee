/// Byte-level character classes over UTF-8 text, without decoding to `Character`s.
///
/// Every function takes the byte array and an index that must be at the start of a scalar;
/// none allocates. Non-ASCII scalars are decoded on the spot and classified with
/// `Unicode.Scalar.Properties`.
enum UTF8Scan {
  /// The length in bytes of the scalar starting with `lead` (1 for invalid lead bytes).
  @inline(__always)
  static func scalarLength(_ lead: UInt8) -> Int {
    if lead < 0xC0 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  /// The scalar at `index` and its length in bytes; U+FFFD for malformed input.
  static func scalar(_ bytes: [UInt8], _ index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    let length = scalarLength(lead)
    guard index + length <= bytes.count, length > 1 else {
      return (Unicode.Scalar(lead < 0x80 ? lead : 0x3F), 1)
    }
    var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
    for offset in 1..<length {
      value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The index where the scalar ending just before `index` starts.
  @inline(__always)
  static func previousStart(_ bytes: [UInt8], _ index: Int) -> Int {
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
    return start
  }

  /// The byte length of the whitespace scalar at `index`, or 0 when it is not whitespace.
  ///
  /// Whitespace is what `Character.isWhitespace` calls so: ASCII blanks and line breaks,
  /// NEL, NBSP, the Unicode spaces and line/paragraph separators.
  @inline(__always)
  static func whitespaceLength(_ bytes: [UInt8], _ index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) ? 1 : 0 }
    if byte == 0xC2, index + 1 < bytes.count {
      return (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
    }
    if byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 2 < bytes.count {
      let (scalar, length) = self.scalar(bytes, index)
      return scalar.properties.isWhitespace ? length : 0
    }
    return 0
  }

  /// Whether the scalar ending just before `index` is whitespace.
  @inline(__always)
  static func isWhitespace(before index: Int, _ bytes: [UInt8]) -> Bool {
    index > 0 && whitespaceLength(bytes, previousStart(bytes, index)) > 0
  }

  /// Case of a letter: upper, lower, or not a letter at all.
  enum LetterCase { case upper, lower, caseless, none }

  /// The letter case of the scalar at `index` (`none` for digits, punctuation, spaces).
  @inline(__always)
  static func letterCase(_ bytes: [UInt8], _ index: Int) -> LetterCase {
    let byte = bytes[index]
    if byte < 0x80 {
      if byte >= 0x41 && byte <= 0x5A { return .upper }
      if byte >= 0x61 && byte <= 0x7A { return .lower }
      return .none
    }
    if byte == 0xC3, index + 1 < bytes.count {  // Latin-1 letters: À-Þ upper, ß-ÿ lower
      let second = bytes[index + 1]
      if second == 0x97 || second == 0xB7 { return .none }  // × ÷
      if second >= 0x80 && second <= 0x9E { return .upper }
      if second >= 0x9F && second <= 0xBF { return .lower }
    }
    let properties = scalar(bytes, index).0.properties
    if properties.isUppercase { return .upper }
    if properties.isLowercase { return .lower }
    return properties.isAlphabetic ? .caseless : .none
  }

  /// Whether the scalar at `index` is a letter of any case.
  @inline(__always)
  static func isLetter(_ bytes: [UInt8], _ index: Int) -> Bool {
    letterCase(bytes, index) != .none
  }

  /// Whether the byte at `index` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ bytes: [UInt8], _ index: Int) -> Bool {
    bytes[index] >= 0x30 && bytes[index] <= 0x39
  }

  /// The end of the run of letters starting at `index` (at most `limit` bytes).
  static func letterRunEnd(_ bytes: [UInt8], from index: Int, limit: Int) -> Int {
    var end = index
    let stop = min(bytes.count, index + limit)
    while end < stop, isLetter(bytes, end) { end += scalarLength(bytes[end]) }
    return min(end, bytes.count)
  }

  /// `range` without leading and trailing whitespace (empty at its start when all blank).
  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      let length = whitespaceLength(bytes, start)
      if length == 0 { break }
      start += length
    }
    while end > start {
      let previous = previousStart(bytes, end)
      if whitespaceLength(bytes, previous) == 0 { break }
      end = previous
    }
    return start..<max(start, end)
  }

  /// `range` without the characters at either end that are neither letters nor digits
  /// (quotes, brackets, punctuation): `„App“,` becomes `App` (empty when none is left).
  static func alphanumericCore(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start < range.upperBound, !isLetter(bytes, start), !isDigit(bytes, start) {
      start += scalarLength(bytes[start])
    }
    var end = range.upperBound
    while end > start {
      let previous = previousStart(bytes, end)
      if isLetter(bytes, previous) || isDigit(bytes, previous) { break }
      end = previous
    }
    return start..<end
  }

  /// Whether `bytes[range]` begins with `prefix` (already case-folded), case-insensitively.
  static func hasFoldedPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
    prefix.count <= range.count
      && ByteWordSet.matchesFolded(bytes, at: range.lowerBound, prefix, 0..<prefix.count)
  }
}

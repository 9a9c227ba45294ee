/// Word-at-a-time byte search for the hot loops of ingest (binary check, normalisation,
/// Windows-1252): eight bytes are tested at once and only candidate words byte by byte.
enum ByteScanner {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// True when some byte of `word` is below `limit` (at most 0x80).
  ///
  /// Exact for "some byte".
  static func hasByte(in word: UInt64, below limit: UInt8) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highBits != 0
  }

  /// True when some byte of `word` equals `byte`.
  static func hasByte(in word: UInt64, equalTo byte: UInt8) -> Bool {
    hasByte(in: word ^ (ones &* UInt64(byte)), below: 1)
  }

  /// True when some byte of `word` is 0x80 or above.
  static func hasNonASCII(in word: UInt64) -> Bool {
    word & highBits != 0
  }

  /// The index of the first byte at or after `start` that `matches`, or `buffer.count`.
  ///
  /// Words for which `wordMayMatch` is false are skipped whole; it must be true for every word that
  /// holds a matching byte.
  static func firstIndex(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int,
    wordMayMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool
  ) -> Int {
    guard let base = buffer.baseAddress else { return buffer.count }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= buffer.count {
      if wordMayMatch(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
        for candidate in index..<(index + 8) where matches(buffer[candidate]) {
          return candidate
        }
      }
      index += 8
    }
    while index < buffer.count {
      if matches(buffer[index]) { return index }
      index += 1
    }
    return buffer.count
  }

  /// The index of the first byte at or after `start` that equals one of `bytes` (at most
  /// four), or `buffer.count`; sixteen bytes are compared at once.
  static func firstIndex(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, equalToAnyOf bytes: SIMD4<UInt8>
  ) -> Int {
    guard let base = buffer.baseAddress else { return buffer.count }
    let raw = UnsafeRawPointer(base)
    let (first, second) = (SIMD16<UInt8>(repeating: bytes[0]), SIMD16<UInt8>(repeating: bytes[1]))
    let (third, fourth) = (SIMD16<UInt8>(repeating: bytes[2]), SIMD16<UInt8>(repeating: bytes[3]))
    var index = start
    while index + 16 <= buffer.count {
      let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      let found = (block .== first) .| (block .== second) .| (block .== third) .| (block .== fourth)
      // `any(_:)` is not specialised for masks; the lanes are all ones or all zeros, and the
      // first set lane (little-endian) is the first match.
      let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
      if lanes[0] != 0 { return index + lanes[0].trailingZeroBitCount / 8 }
      if lanes[1] != 0 { return index + 8 + lanes[1].trailingZeroBitCount / 8 }
      index += 16
    }
    while index < buffer.count {
      let byte = buffer[index]
      if byte == bytes[0] || byte == bytes[1] || byte == bytes[2] || byte == bytes[3] {
        return index
      }
      index += 1
    }
    return buffer.count
  }
}

/// The Windows-1252 code page: ASCII, Latin-1 and typographic characters in 0x80–0x9F.
///
/// The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the
/// C1 control characters of the same value, as in the WHATWG encoding standard.
enum Windows1252 {
  /// Code points for the bytes 0x80–0x9F; every other byte is its own code point.
  static let highControlRange: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The UTF-8 encoding of each of the 256 bytes, precomputed once.
  static let utf8Table: [[UInt8]] = (0..<256).map { byte in
    let scalar = Unicode.Scalar(scalarValue(forByte: UInt8(byte))) ?? "\u{FFFD}"
    return Array(String(scalar).utf8)
  }

  /// The code point of one Windows-1252 byte.
  static func scalarValue(forByte byte: UInt8) -> UInt32 {
    (0x80...0x9F).contains(byte) ? highControlRange[Int(byte) - 0x80] : UInt32(byte)
  }

  /// Decodes `bytes` as Windows-1252; linear, ASCII runs copied through in bulk.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    let table = utf8Table
    var index = 0
    while index < bytes.count {
      let next = ByteScanner.firstIndex(
        in: bytes, from: index, wordMayMatch: ByteScanner.hasNonASCII(in:),
        matches: { $0 >= 0x80 })
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next]))
      guard next < bytes.count else { break }
      output.append(contentsOf: table[Int(bytes[next])])
      index = next + 1
    }
    return String(decoding: output, as: UTF8.self)
  }
}

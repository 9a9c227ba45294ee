import Foundation

/// Encodings: UTF-16 and UTF-32 told apart from UTF-8 as Foundation tells them.
extension JSONParser {
  /// `bytes` as UTF-8 without a byte order mark, when they need converting; else nil.
  ///
  /// UTF-16 and UTF-32 are converted, a UTF-8 byte order mark is left out; text that does not
  /// convert gives an empty array, which is no JSON.
  static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
    guard let (encoding, skip) = encoding(of: bytes) else { return nil }
    let body = bytes.dropFirst(skip)
    if encoding == .utf8 { return Array(body) }
    return String(bytes: body, encoding: encoding).map { Array($0.utf8) } ?? []
  }

  /// The encoding Foundation reads `bytes` in, with the length of the byte order mark to skip;
  /// nil for plain UTF-8.
  static func encoding(of bytes: [UInt8]) -> (String.Encoding, Int)? {
    let first = bytes.prefix(4).map { $0 }
    switch first.count {
    case 4...:
      switch (first[0], first[1], first[2], first[3]) {
      case (0xEF, 0xBB, 0xBF, _): return (.utf8, 3)
      case (0x00, 0x00, 0xFE, 0xFF): return (.utf32BigEndian, 4)
      case (0xFF, 0xFE, 0x00, 0x00): return (.utf32LittleEndian, 4)
      case (0xFF, 0xFE, _, _): return (.utf16LittleEndian, 2)
      case (0xFE, 0xFF, _, _): return (.utf16BigEndian, 2)
      case (0, 0, 0, _): return (.utf32BigEndian, 0)
      case (_, 0, 0, 0): return (.utf32LittleEndian, 0)
      case (0, _, 0, _): return (.utf16BigEndian, 0)
      case (_, 0, _, 0): return (.utf16LittleEndian, 0)
      default: return nil
      }
    case 2...3:
      switch (first[0], first[1]) {
      case (0xEF, 0xBB) where first.count == 3 && first[2] == 0xBF: return (.utf8, 3)
      case (0xFF, 0xFE): return (.utf16LittleEndian, 2)
      case (0xFE, 0xFF): return (.utf16BigEndian, 2)
      case (0, _): return (.utf16BigEndian, 0)
      case (_, 0): return (.utf16LittleEndian, 0)
      default: return nil
      }
    default: return nil
    }
  }
}

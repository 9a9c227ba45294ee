/// Decodes raw bytes into text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252.
///
/// Pure and linear: UTF-8 is validated in one pass by the standard library; the binary check
/// is one pass over the bytes. The result is never empty or whitespace-only.
public enum TextDecoder {
  /// The encoding the bytes were read in.
  public enum Encoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1252 = "windows-1252"
  }

  /// Decoded text with the encoding found and any warnings.
  public struct Result: Sendable, Equatable {
    /// The decoded text, without a byte-order mark.
    public var text: String
    /// The encoding the bytes were read in.
    public var encoding: Encoding
    /// What the user should know about the decoding, such as the Windows-1252 fallback.
    public var warnings: [IngestWarning]

    /// Creates a result.
    public init(text: String, encoding: Encoding, warnings: [IngestWarning]) {
      self.text = text
      self.encoding = encoding
      self.warnings = warnings
    }
  }

  /// How many C0 control characters (other than tab, LF, CR, FF) text may hold before it counts as
  /// binary.
  ///
  /// At most one per `controlCharacterSpacing` code units, and always at least
  /// `toleratedControlCharacters`. NUL is never tolerated.
  static let controlCharacterSpacing = 200
  /// Control characters tolerated in any input, however short.
  ///
  /// Default 2.
  static let toleratedControlCharacters = 2

  /// Decodes `bytes`: UTF-8 (BOM optional and dropped), UTF-16 LE/BE with BOM, else
  /// Windows-1252 with the warning `.decodedAsWindows1252`.
  ///
  /// - Throws: `.binary(offset:)` for NUL bytes or too many control characters (offset of
  ///   the first offending byte); `.empty` when no text remains or it is only whitespace.
  public static func decode(_ bytes: [UInt8]) throws(IngestError) -> Result {
    let result: Result
    if bytes.starts(with: [0xFF, 0xFE]) {
      result = try decodeUTF16(bytes, bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      result = try decodeUTF16(bytes, bigEndian: true)
    } else {
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      result = try decodeBytes(bytes, from: start)
    }
    guard !isBlank(result.text) else { throw .empty }
    return result
  }

  /// UTF-8, or Windows-1252 when the bytes are not valid UTF-8; `start` skips a BOM.
  private static func decodeBytes(_ bytes: [UInt8], from start: Int) throws(IngestError)
    -> Result
  {
    try bytes.withUnsafeBufferPointer { buffer throws(IngestError) in
      if let offending = firstBinaryOffset(inBytes: buffer, from: start) {
        throw .binary(offset: offending)
      }
      let body = UnsafeBufferPointer(rebasing: buffer[start...])
      if let text = String(validating: body, as: UTF8.self) {
        return Result(text: text, encoding: .utf8, warnings: [])
      }
      return Result(
        text: Windows1252.decode(body), encoding: .windows1252,
        warnings: [.decodedAsWindows1252])
    }
  }

  /// UTF-16 after a BOM; an odd trailing byte is dropped, unpaired surrogates become U+FFFD.
  private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(IngestError)
    -> Result
  {
    let unitCount = (bytes.count - 2) / 2
    let units = [UInt16](unsafeUninitializedCapacity: unitCount) { buffer, count in
      bytes.withUnsafeBytes { raw in
        for index in 0..<unitCount {
          let unit = raw.loadUnaligned(fromByteOffset: 2 + 2 * index, as: UInt16.self)
          buffer[index] = bigEndian ? UInt16(bigEndian: unit) : UInt16(littleEndian: unit)
        }
      }
      count = unitCount
    }
    let offending = units.withUnsafeBufferPointer { buffer in
      firstBinaryOffset(in: buffer, from: 0)
    }
    if let offending { throw .binary(offset: 2 + 2 * offending) }
    return Result(
      text: String(decoding: units, as: UTF16.self),
      encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian, warnings: [])
  }

  /// The index of the first NUL, or of the first control character when there are more than
  /// tolerated; nil for text.
  static func firstBinaryOffset<Unit: FixedWidthInteger>(
    in units: UnsafeBufferPointer<Unit>, from start: Int
  ) -> Int? {
    var firstControl: Int?
    var controlCount = 0
    var index = start
    while index < units.count {
      let unit = units[index]
      if unit < 0x20 {
        if unit == 0 { return index }
        // Tab, LF, FF and CR are text.
        if unit != 0x09 && unit != 0x0A && unit != 0x0C && unit != 0x0D {
          controlCount += 1
          if firstControl == nil { firstControl = index }
        }
      }
      index += 1
    }
    let tolerated = max(
      toleratedControlCharacters, (units.count - start) / controlCharacterSpacing)
    return controlCount > tolerated ? firstControl : nil
  }

  /// `firstBinaryOffset(in:from:)` for bytes, eight at a time.
  static func firstBinaryOffset(inBytes bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    var firstControl: Int?
    var controlCount = 0
    var index = start
    while true {
      index = ByteScanner.firstIndex(
        in: bytes, from: index, wordMayMatch: { ByteScanner.hasByte(in: $0, below: 0x20) },
        matches: { $0 < 0x20 })
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == 0 { return index }
      if byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
        controlCount += 1
        if firstControl == nil { firstControl = index }
      }
      index += 1
    }
    let tolerated = max(
      toleratedControlCharacters, (bytes.count - start) / controlCharacterSpacing)
    return controlCount > tolerated ? firstControl : nil
  }

  /// True when `text` holds nothing but whitespace and invisible format characters.
  static func isBlank(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: continue
      default: if !scalar.properties.isWhitespace { return false }
      }
    }
    return true
  }
}

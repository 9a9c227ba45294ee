/// Checks UTF-8 text chunk by chunk the way `TextDecoder.decode` checks it whole: valid
/// UTF-8, no NUL, no more control characters than tolerated, and some visible character.
///
/// When `isPlainText` holds, decoding the whole text would give it back unchanged with no
/// warning and no error, so it can be processed in a stream. Otherwise the caller decodes
/// the whole input (Windows-1252 fallback, precise errors). Feed the bytes after any BOM.
public struct StreamingTextCheck: Sendable {
  /// An incomplete UTF-8 sequence at the end of the last chunk.
  private var carry: [UInt8] = []
  private var isValid = true
  private var hasNUL = false
  private var controlCount = 0
  private var byteCount = 0
  private var hasVisibleASCII = false

  /// A check at the start of a text.
  public init() {}

  /// Checks the next bytes.
  public mutating func check(_ chunk: UnsafeBufferPointer<UInt8>) {
    byteCount += chunk.count
    if !hasVisibleASCII {
      hasVisibleASCII = chunk.contains { $0 > 0x20 && $0 < 0x7F }
    }
    var index = 0
    while true {
      index = ByteScanner.firstIndex(
        in: chunk, from: index, wordMayMatch: { ByteScanner.hasByte(in: $0, below: 0x20) },
        matches: { $0 < 0x20 })
      guard index < chunk.count else { break }
      let byte = chunk[index]
      if byte == 0 {
        hasNUL = true
      } else if byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
        controlCount += 1
      }
      index += 1
    }
    guard isValid else { return }
    if carry.isEmpty {
      carry = validate(chunk)
    } else {
      let joined = carry + Array(chunk)
      carry = joined.withUnsafeBufferPointer { validate($0) }
    }
  }

  /// Takes in the state of `next`, a check of the bytes that follow, so that the result is
  /// the check of both in order; `next` must have started at a character boundary (not at a
  /// UTF-8 continuation byte), which lets the two be checked at the same time.
  public mutating func absorb(_ next: StreamingTextCheck) {
    // An incomplete sequence here cannot be completed by a text that starts a character.
    isValid = isValid && carry.isEmpty && next.isValid
    carry = next.carry
    hasNUL = hasNUL || next.hasNUL
    controlCount += next.controlCount
    byteCount += next.byteCount
    hasVisibleASCII = hasVisibleASCII || next.hasVisibleASCII
  }

  /// Whether the whole text checked is plain UTF-8 text (call after the last chunk).
  public var isPlainText: Bool {
    let tolerated = max(
      TextDecoder.toleratedControlCharacters, byteCount / TextDecoder.controlCharacterSpacing)
    return isValid && carry.isEmpty && !hasNUL && controlCount <= tolerated && hasVisibleASCII
  }

  /// Validates `bytes` but for an incomplete sequence at the end, which it returns.
  private mutating func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var tail = bytes.count
    var back = bytes.count
    while back > 0 && bytes.count - back < 4 {
      back -= 1
      let byte = bytes[back]
      if byte & 0xC0 == 0x80 { continue }
      if byte >= 0xC0 && back + UTF8Scan.scalarLength(byte) > bytes.count { tail = back }
      break
    }
    if !Self.isWellFormed(UnsafeBufferPointer(rebasing: bytes[..<tail])) {
      isValid = false
    }
    return Array(bytes[tail...])
  }

  /// Whether `bytes` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
  /// surrogates, nothing above U+10FFFF), as `String(validating:as:)` judges it, but without
  /// building a string; runs of ASCII are skipped sixteen bytes at a time.
  public static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 16 <= count {
        // Skip to the first byte from 0x80 on, or past sixteen ASCII bytes.
        let first =
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
        let second =
          raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self) & 0x8080_8080_8080_8080
        if first | second == 0 {
          index += 16
          continue
        }
        index += first != 0 ? first.trailingZeroBitCount / 8 : 8 + second.trailingZeroBitCount / 8
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The allowed range of the second byte depends on the lead; later bytes are 80-BF.
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return false
      }
      guard index + length <= count, bytes[index + 1] >= low, bytes[index + 1] <= high else {
        return false
      }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }
}

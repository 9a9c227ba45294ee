/// Byte-level helpers of the HTML scanner: character classes, searching, tag ends and
/// character references.
extension HTMLScanner {
  /// Longest run of bytes read as one tag.
  ///
  /// A longer `<...` is text. Bounds the work per `<`.
  static let maximumTagLength = 4096

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte)
  }

  static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
  }

  /// ASCII lower case of a byte.
  static func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }

  /// The first index at or after `start` where `pattern` occurs, or nil.
  static func find(
    _ pattern: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false
  ) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var position = start
    let last = bytes.count - pattern.count
    while position <= last {
      let byte = caseInsensitive ? lowered(bytes[position]) : bytes[position]
      if byte == first {
        var offset = 1
        while offset < pattern.count {
          let candidate = bytes[position + offset]
          if (caseInsensitive ? lowered(candidate) : candidate) != pattern[offset] { break }
          offset += 1
        }
        if offset == pattern.count { return position }
      }
      position += 1
    }
    return nil
  }

  /// Whether `pattern` (lower case) occurs at `position`, ignoring ASCII case.
  static func matches(_ pattern: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
    guard position + pattern.count <= bytes.count else { return false }
    return pattern.indices.allSatisfy { lowered(bytes[position + $0]) == pattern[$0] }
  }

  /// The index of the `>` that ends a tag whose name starts at `start`, honouring quoted
  /// attribute values; nil when no `>` follows within `maximumTagLength` bytes.
  static func tagEnd(in bytes: [UInt8], from start: Int) -> Int? {
    let limit = min(bytes.count, start + maximumTagLength)
    var position = start
    var quote: UInt8?
    var afterEquals = false
    while position < limit {
      let byte = bytes[position]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: ">") {
        return position
      } else if afterEquals && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) {
        quote = byte
      }
      if quote == nil && !isSpace(byte) { afterEquals = byte == UInt8(ascii: "=") }
      position += 1
    }
    // An unclosed quote: fall back to the first `>`.
    guard quote != nil else { return nil }
    var fallback = start
    while fallback < limit {
      if bytes[fallback] == UInt8(ascii: ">") { return fallback }
      fallback += 1
    }
    return nil
  }

  /// The UTF-8 bytes of the character reference at `start` (a `&`) and the index after it;
  /// a `&` that starts no known reference is returned as itself.
  static func entity(in bytes: [UInt8], at start: Int) -> ([UInt8], Int) {
    let literal: ([UInt8], Int) = ([UInt8(ascii: "&")], start + 1)
    var position = start + 1
    guard position < bytes.count else { return literal }
    if bytes[position] == UInt8(ascii: "#") {
      position += 1
      let hex = position < bytes.count && lowered(bytes[position]) == UInt8(ascii: "x")
      if hex { position += 1 }
      var value: UInt32 = 0
      var digits = 0
      while position < bytes.count, let digit = digitValue(bytes[position], hex: hex) {
        value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)
        digits += 1
        position += 1
      }
      guard digits > 0 else { return literal }
      if position < bytes.count && bytes[position] == UInt8(ascii: ";") { position += 1 }
      return (utf8(HTMLEntities.scalar(forCodePoint: value)), position)
    }
    let limit = min(bytes.count, position + HTMLEntities.longestName)
    while position < limit && (isLetter(bytes[position]) || isDigit(bytes[position])) {
      position += 1
    }
    let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
    guard let scalar = HTMLEntities.table[name] else { return literal }
    if position < bytes.count && bytes[position] == UInt8(ascii: ";") {
      return (utf8(scalar), position + 1)
    }
    // Without `;` only the legacy Latin-1 names count, as in browsers.
    return scalar.value <= 0xFF ? (utf8(scalar), position) : literal
  }

  /// `bytes` with character references decoded.
  static func decoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    let copy = Array(bytes)
    var result: [UInt8] = []
    var position = 0
    while position < copy.count {
      if copy[position] == UInt8(ascii: "&") {
        let (decoded, next) = entity(in: copy, at: position)
        result.append(contentsOf: decoded)
        position = next
      } else {
        result.append(copy[position])
        position += 1
      }
    }
    return result
  }

  private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    if isDigit(byte) { return UInt32(byte - 0x30) }
    let lower = lowered(byte)
    if hex && (0x61...0x66).contains(lower) { return UInt32(lower - 0x61 + 10) }
    return nil
  }

  private static func utf8(_ scalar: Unicode.Scalar) -> [UInt8] {
    Array(String(scalar).utf8)
  }
}

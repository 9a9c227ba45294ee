/// A direct reader for the usual JSONL line: one object of strings, integers, booleans and
/// nulls.
extension JSONLineValue {
  /// The members of `bytes` when they are one flat JSON object that `JSONDecoder` reads
  /// without doubt; else nil, and `JSONDecoder` decides.
  ///
  /// Read here: strings (valid UTF-8, no raw control characters; escapes `\" \\ \/ \b \f \n
  /// \r \t` and `\uXXXX` outside the surrogates), integers of up to 18 digits without a
  /// leading zero, `true`, `false`, `null`; keys without escapes, each once. Anything else (an
  /// array, a nested object, a fraction or exponent, a surrogate escape, a repeated key, bad
  /// input) is left to `JSONDecoder`, so the result never differs from its reading.
  static func flatObject(_ bytes: [UInt8]) -> [String: JSONLineValue]? {
    bytes.withUnsafeBufferPointer { bytes in
      var reader = FlatObjectReader(bytes: bytes)
      return reader.object()
    }
  }
}

/// A cursor over one JSON line for `JSONLineValue.flatObject(_:)`; every method returns nil
/// at the first thing it does not read itself.
private struct FlatObjectReader: JSONByteReading {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func object() -> [String: JSONLineValue]? {
    skipSpace()
    guard take(UInt8(ascii: "{")) else { return nil }
    var members: [String: JSONLineValue] = [:]
    skipSpace()
    if !take(UInt8(ascii: "}")) {
      while true {
        skipSpace()
        guard let key = string(allowingEscapes: false), members[key] == nil else { return nil }
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return nil }
        skipSpace()
        guard let value = value() else { return nil }
        members[key] = value
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "}")) else { return nil }
        break
      }
    }
    skipSpace()
    return index == bytes.count ? members : nil
  }

  private mutating func value() -> JSONLineValue? {
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "\""): return string(allowingEscapes: true).map { .string($0) }
    case UInt8(ascii: "n"): return literal("null") ? .null : nil
    case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
    case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
    default: return integer().map { .integer($0) }
    }
  }

  /// `-?(0|[1-9][0-9]*)` of at most 18 digits, followed by neither fraction nor exponent.
  private mutating func integer() -> Int? {
    let negative = take(UInt8(ascii: "-"))
    let start = index
    var value = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      // Past 18 digits the value may not fit: the guard below gives up on it anyway.
      if index - start < 18 { value = value * 10 + Int(bytes[index] - 0x30) }
      index += 1
    }
    let digits = index - start
    guard digits > 0, digits <= 18, digits == 1 || bytes[start] != 0x30 else { return nil }
    if index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
      default: break
      }
    }
    return negative ? -value : value
  }

  /// A string literal; nil for raw control characters, invalid UTF-8 or an escape not read
  /// here.
  private mutating func string(allowingEscapes: Bool) -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = index
    // Grown in place (amortised): a string of any length with escapes costs linear time.
    var unescaped: [UInt8] = []
    var hasEscapes = false
    var runStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
        index += 1
        guard hasEscapes else {
          return String(
            validating: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
        }
        unescaped.append(contentsOf: run)
        return String(validating: unescaped, as: UTF8.self)
      }
      if byte < 0x20 { return nil }
      if byte == UInt8(ascii: "\\") {
        guard allowingEscapes, index + 1 < bytes.count else { return nil }
        hasEscapes = true
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        guard let escaped = escape(at: index + 1, into: &unescaped) else { return nil }
        index = escaped
        runStart = index
        continue
      }
      index += 1
    }
    return nil
  }

  /// Appends the character escaped after the backslash at `position - 1`; the index after
  /// the escape, or nil for an escape not read here.
  private func escape(at position: Int, into text: inout [UInt8]) -> Int? {
    if let character = Self.unescaped(bytes[position]) {
      text.append(character)
      return position + 1
    }
    guard bytes[position] == UInt8(ascii: "u"), position + 4 < bytes.count else { return nil }
    var value: UInt32 = 0
    for offset in 1...4 {
      guard let digit = Self.hexValue(bytes[position + offset]) else { return nil }
      value = value << 4 | digit
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    UTF8.encode(scalar) { text.append($0) }
    return position + 5
  }
}

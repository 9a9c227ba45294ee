/// Names and values made safe to print on one line of a terminal.
enum Printable {
  /// `bytes` as UTF-8, with each byte that is not part of valid UTF-8 as `\xNN`, and tab, line
  /// feed, carriage return and other control characters (C0, DEL, C1, U+2028, U+2029) as
  /// `\t`, `\n`, `\r`, `\xNN` or `\u{NNNN}`: a file name never breaks a line of standard error
  /// or sends a terminal an escape sequence.
  static func name(_ bytes: [UInt8]) -> String {
    var result = ""
    var index = 0
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      guard length > 0 else {
        result += "\\x" + hex(UInt32(bytes[index]), digits: 2)
        index += 1
        continue
      }
      let scalars = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
      for scalar in scalars.unicodeScalars { result += escaped(scalar) }
      index += length
    }
    return result
  }

  /// `text` with control characters escaped as in `name(_:)`; unchanged when it has none (so
  /// escaping twice changes nothing).
  static func name(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    return text.unicodeScalars.map(escaped).joined()
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: return true
    default: return false
    }
  }

  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    guard isControl(scalar) else { return String(scalar) }
    switch scalar {
    case "\t": return "\\t"
    case "\n": return "\\n"
    case "\r": return "\\r"
    default:
      return scalar.value < 0x100
        ? "\\x" + hex(scalar.value, digits: 2) : "\\u{" + hex(scalar.value, digits: 4) + "}"
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 when the byte there starts none.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0..<0x80: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.count,
      String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
    else { return 0 }
    return length
  }
}

/// Writes `JSONValue`s as text: pretty (two-space indent, `"key": value`) or on one line.
///
/// Deterministic: members in the order given, numbers formatted by fixed rules, strings
/// escaped the same way every time (`"`, `\`, control characters, U+007F, U+2028, U+2029;
/// other characters as UTF-8). The one place JSON text is produced: `JSONValue.encoded` and
/// `JSONValue.encodedByteCount(of:)` follow it.
public struct JSONWriter: Sendable {
  /// Pretty output with newlines and two-space indentation; otherwise one line.
  public var pretty: Bool

  /// A writer; pretty or one line.
  public init(pretty: Bool) {
    self.pretty = pretty
  }

  /// The most fraction digits written by fixed rounding; larger `decimals` write the shortest
  /// round-trip form.
  public static let maxFixedDecimals = 15

  /// The text of `value`, without a trailing newline.
  ///
  /// Written as UTF-8 bytes and made a `String` once at the end.
  public func write(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(value, depth: 0, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
    switch value {
    case .null: output += "null".utf8
    case .bool(let flag): output += (flag ? "true" : "false").utf8
    case .integer(let number): output += String(number).utf8
    case .number(let number, let decimals): output += Self.format(number, decimals: decimals).utf8
    case .string(let text): Self.appendQuoted(text, to: &output)
    case .array(let elements):
      writeContainer(
        elements, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth, into: &output
      ) {
        element, output in write(element, depth: depth + 1, into: &output)
      }
    case .object(let members):
      writeContainer(
        members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth, into: &output
      ) {
        member, output in
        Self.appendQuoted(member.key, to: &output)
        output += (pretty ? ": " : ":").utf8
        write(member.value, depth: depth + 1, into: &output)
      }
    }
  }

  private func writeContainer<Element>(
    _ elements: [Element], open: UInt8, close: UInt8, depth: Int, into output: inout [UInt8],
    element writeElement: (Element, inout [UInt8]) -> Void
  ) {
    output.append(open)
    guard !elements.isEmpty else {
      output.append(close)
      return
    }
    for (offset, element) in elements.enumerated() {
      if offset > 0 { output.append(UInt8(ascii: ",")) }
      if pretty { Self.appendLineBreak(indent: depth + 1, to: &output) }
      writeElement(element, &output)
    }
    if pretty { Self.appendLineBreak(indent: depth, to: &output) }
    output.append(close)
  }

  /// A line break and `indent` levels of two spaces.
  private static func appendLineBreak(indent: Int, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
  }

  /// `text` as a JSON string literal.
  static func quoted(_ text: String) -> String {
    var output: [UInt8] = []
    appendQuoted(text, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The UTF-8 length of `quoted(text)`, counted without building it.
  static func quotedByteCount(_ text: String) -> Int {
    var count = 2
    for scalar in text.unicodeScalars {
      count += escape(scalar)?.utf8.count ?? UTF8.width(scalar)
    }
    return count
  }

  private static let hexDigits = Array("0123456789abcdef")

  private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    guard needsEscaping(text) else {
      output += text.utf8
      output.append(UInt8(ascii: "\""))
      return
    }
    for scalar in text.unicodeScalars {
      if let escaped = escape(scalar) {
        output += escaped.utf8
      } else {
        UTF8.encode(scalar) { output.append($0) }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Whether some scalar of `text` has an escape sequence (see `escape`), judged on its UTF-8
  /// bytes: control characters, `"`, `\`, U+007F, and U+2028/U+2029 (`E2 80 A8`/`E2 80 A9`).
  private static func needsEscaping(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return true
        }
      }
      return false
    }
  }

  /// The escape sequence for `scalar` inside a JSON string, or nil when it is written as is.
  ///
  /// The single source of truth for string escaping.
  private static func escape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
      let value = Int(scalar.value)
      var escaped = "\\u"
      for shift in [12, 8, 4, 0] { escaped.append(hexDigits[(value >> shift) & 0xF]) }
      return escaped
    default: return nil
    }
  }

  /// `value` with at most `decimals` fraction digits, trailing zeros dropped but one kept (`0.5`,
  /// `1.0`, `0.1235`).
  ///
  /// `null` when not finite. Rounds half away from zero. `decimals` above `maxFixedDecimals`
  /// gives Swift's shortest round-trip form (`0.1`, `1e-05`, `1.2345678901234567e+19`).
  static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "null" }
    guard decimals <= maxFixedDecimals else { return "\(value)" }
    let places = max(0, decimals)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    // Beyond exact integers in a Double: Swift's shortest round-trip form is deterministic.
    guard scaled < 9.0e15 else { return "\(value)" }
    let units = Int(scaled)
    let sign = value < 0 && units != 0 ? "-" : ""
    guard places > 0 else { return sign + String(units) + ".0" }
    let divisor = Int(scale)
    var fraction = String(units % divisor)
    fraction = String(repeating: "0", count: places - fraction.count) + fraction
    while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
    return sign + String(units / divisor) + "." + fraction
  }
}

/// Writes `JSONValue`s as text: pretty (two-space indent, `"key": value`) or on one line.
///
/// Deterministic: members in the order given, numbers formatted by fixed rules, strings
/// escaped the same way every time (`"`, `\`, control characters, U+2028, U+2029; other
/// characters as UTF-8).
struct JSONWriter: Sendable {
  /// Pretty output with newlines and two-space indentation; otherwise one line.
  var pretty: Bool

  /// The text of `value`, without a trailing newline.
  func write(_ value: JSONValue) -> String {
    var output = ""
    write(value, depth: 0, into: &output)
    return output
  }

  private func write(_ value: JSONValue, depth: Int, into output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .integer(let number): output += String(number)
    case .number(let number, let decimals): output += Self.format(number, decimals: decimals)
    case .string(let text): Self.appendQuoted(text, to: &output)
    case .array(let elements):
      writeContainer(elements, open: "[", close: "]", depth: depth, into: &output) {
        element, output in write(element, depth: depth + 1, into: &output)
      }
    case .object(let members):
      writeContainer(members, open: "{", close: "}", depth: depth, into: &output) {
        member, output in
        Self.appendQuoted(member.key, to: &output)
        output += pretty ? ": " : ":"
        write(member.value, depth: depth + 1, into: &output)
      }
    }
  }

  private func writeContainer<Element>(
    _ elements: [Element], open: String, close: String, depth: Int, into output: inout String,
    element writeElement: (Element, inout String) -> Void
  ) {
    output += open
    guard !elements.isEmpty else {
      output += close
      return
    }
    let inner = String(repeating: "  ", count: depth + 1)
    for (offset, element) in elements.enumerated() {
      if offset > 0 { output += "," }
      if pretty { output += "\n" + inner }
      writeElement(element, &output)
    }
    if pretty { output += "\n" + String(repeating: "  ", count: depth) }
    output += close
  }

  /// `text` as a JSON string literal.
  static func quoted(_ text: String) -> String {
    var output = ""
    appendQuoted(text, to: &output)
    return output
  }

  private static let hexDigits = Array("0123456789abcdef")

  private static func appendQuoted(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
        let value = Int(scalar.value)
        output += "\\u"
        for shift in [12, 8, 4, 0] { output.append(hexDigits[(value >> shift) & 0xF]) }
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// `value` with at most `decimals` fraction digits, trailing zeros dropped but one kept (`0.5`,
  /// `1.0`, `0.1235`).
  ///
  /// `null` when not finite. Rounds half away from zero.
  static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "null" }
    let places = max(0, min(decimals, 15))
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

import Foundation

/// Reads one JSON document into a `JSONValue` in a single pass: time linear in the input,
/// whatever its nesting.
///
/// Reads exactly what `JSONSerialization` (with fragments allowed) reads, with the same result once
/// converted: RFC 8259 JSON plus a trailing comma in an array or object, as Foundation accepts; at
/// most `maxDepth` nested arrays and objects; strings of valid UTF-8 without raw control characters
/// (a byte order mark opening the string or following an escape is dropped, as Foundation drops
/// it), a `\u` surrogate escape only as a pair; object members sorted by key, a repeated key
/// keeping its last value; numbers as `number(_:)` says (one without a value, such as `1e400`,
/// makes the document invalid unless a repeated key replaced it). UTF-16 and UTF-32 input (told by
/// a byte order mark or by zero bytes, as Foundation tells it) is converted to UTF-8 first.
/// Anything else gives nil.
struct JSONParser: JSONByteReading {
  /// Arrays and objects nested deeper than this make the document invalid (Foundation's limit).
  static let maxDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  private var depth = 0
  /// Numbers read so far that have no value (`1e400`), not counting those under a key given
  /// again later: Foundation converts numbers only after reading, so an overwritten one is no
  /// error.
  private var unrepresentable = 0
  /// Set for `embeddedValues(in:)`: a number without a value fails at once, and completed
  /// arrays and objects are kept in `completed`.
  private var embedded = false
  /// In embedded mode, the outermost arrays and objects read completely so far, with their
  /// start: what remains usable of a value that fails.
  private var completed: [(start: Int, value: JSONValue)] = []

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The document in `bytes`, or nil when it is not valid JSON.
  static func parse(_ bytes: [UInt8]) -> JSONValue? {
    if let utf8 = Self.utf8(bytes) { return utf8.withUnsafeBufferPointer(parseUTF8) }
    return bytes.withUnsafeBufferPointer(parseUTF8)
  }

  private static func parseUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    var parser = JSONParser(bytes: bytes)
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.index == bytes.count && parser.unrepresentable == 0 ? value : nil
  }

  /// The JSON arrays and objects written in `text` among other things, in order, in one pass.
  ///
  /// From each `[` or `{` not inside a value already found, a value is read as far as it is
  /// valid JSON: when it ends, it is one of the values and the search goes on after it. When
  /// it fails, the arrays and objects it held completely (the outermost ones) are values, and
  /// the search goes on where it failed; so nothing is read twice, and text that opens
  /// brackets inside a string that fails is not searched for values.
  static func embeddedValues(in text: String) -> [JSONValue] {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      var parser = JSONParser(bytes: bytes)
      parser.embedded = true
      var values: [JSONValue] = []
      var start = 0
      while let open = bytes[start...].firstIndex(where: Self.opensContainer) {
        parser.index = open
        parser.depth = 0
        parser.completed.removeAll()
        if let value = parser.value() {
          values.append(value)
        } else {
          values += parser.completed.map(\.value)
        }
        start = parser.index
      }
      return values
    }
  }

  private static func opensContainer(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
  }

  /// Notes the array or object `value` read from `start` in embedded mode, in place of those it
  /// holds.
  private mutating func complete(_ value: JSONValue, from start: Int) -> JSONValue {
    guard embedded else { return value }
    while let last = completed.last, last.start > start { completed.removeLast() }
    completed.append((start, value))
    return value
  }

  private mutating func value() -> JSONValue? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "\""): return string().map { .string($0) }
    case UInt8(ascii: "["): return array()
    case UInt8(ascii: "{"): return object()
    case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
    case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
    case UInt8(ascii: "n"): return literal("null") ? .null : nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
    default: return nil
    }
  }

  private mutating func array() -> JSONValue? {
    guard depth < Self.maxDepth else { return nil }
    depth += 1
    defer { depth -= 1 }
    let start = index
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if take(UInt8(ascii: "]")) { return complete(.array(elements), from: start) }
    while true {
      guard let element = value() else { return nil }
      elements.append(element)
      guard let closed = separator(closing: UInt8(ascii: "]")) else { return nil }
      if closed { return complete(.array(elements), from: start) }
    }
  }

  private mutating func object() -> JSONValue? {
    guard depth < Self.maxDepth else { return nil }
    depth += 1
    defer { depth -= 1 }
    let start = index
    index += 1
    // A dictionary, as Foundation's: a repeated key (by `String` equality) keeps its first
    // spelling and its last value. With each value, its count of unrepresentable numbers.
    var members: [String: (value: JSONValue, unrepresentable: Int)] = [:]
    skipSpace()
    if !take(UInt8(ascii: "}")) {
      while true {
        guard let key = string() else { return nil }
        skipSpace()
        let before = unrepresentable
        guard take(UInt8(ascii: ":")), let element = value() else { return nil }
        let replaced = members.updateValue((element, unrepresentable - before), forKey: key)
        unrepresentable -= replaced?.unrepresentable ?? 0
        guard let closed = separator(closing: UInt8(ascii: "}")) else { return nil }
        if closed { break }
      }
    }
    let sorted = members.sorted { $0.key < $1.key }
    return complete(.object(sorted.map { JSONValue.Member($0.key, $0.value.value) }), from: start)
  }

  /// After an element: true at the closing bracket (also after a trailing comma), false after a
  /// comma with more to come, nil at anything else.
  private mutating func separator(closing: UInt8) -> Bool? {
    skipSpace()
    if take(closing) { return true }
    guard take(UInt8(ascii: ",")) else { return nil }
    skipSpace()
    return take(closing)
  }

  /// A string literal at `index`; nil for raw control characters, invalid UTF-8, a bad escape
  /// or no closing quote.
  private mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    // Grown in place (amortised) only when there are escapes: a string of any length with
    // escapes costs linear time.
    var unescaped: [UInt8] = []
    var hasEscapes = false
    var runStart = index
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        let run = self.run(from: runStart)
        index += 1
        guard hasEscapes else { return String(validating: run, as: UTF8.self) }
        unescaped.append(contentsOf: run)
        return String(validating: unescaped, as: UTF8.self)
      case 0..<0x20:
        return nil
      case UInt8(ascii: "\\"):
        hasEscapes = true
        unescaped.append(contentsOf: run(from: runStart))
        index += 1
        guard escape(into: &unescaped) else { return nil }
        runStart = index
      default:
        index += 1
      }
    }
    return nil
  }

  /// The bytes from `start` to `index`, a leading byte order mark left out: Foundation reads
  /// each run of a string between escapes with `String(bytes:encoding:)`, which drops one.
  private func run(from start: Int) -> UnsafeBufferPointer<UInt8> {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let skip = bytes[start..<index].starts(with: bom) ? bom.count : 0
    return UnsafeBufferPointer(rebasing: bytes[(start + skip)..<index])
  }

  /// Appends the character escaped at `index` (after the backslash) and moves past it; false
  /// for an escape JSON does not have or a surrogate escape that is not a pair.
  private mutating func escape(into text: inout [UInt8]) -> Bool {
    guard index < bytes.count else { return false }
    let letter = bytes[index]
    index += 1
    if let character = Self.unescaped(letter) {
      text.append(character)
      return true
    }
    guard letter == UInt8(ascii: "u"), let scalar = unicodeEscape() else { return false }
    UTF8.encode(scalar) { text.append($0) }
    return true
  }

  /// The scalar of `XXXX` at `index` (after `\u`), joined with a following `\uXXXX` low
  /// surrogate when it is a high one.
  private mutating func unicodeEscape() -> Unicode.Scalar? {
    guard let unit = hexQuad() else { return nil }
    guard unit & 0xFC00 == 0xD800 else { return Unicode.Scalar(unit) }
    guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexQuad(),
      low & 0xFC00 == 0xDC00
    else { return nil }
    return Unicode.Scalar((unit - 0xD800) << 10 + (low - 0xDC00) + 0x10000)
  }

  private mutating func hexQuad() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = Self.hexValue(bytes[index]) else { return nil }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  /// A number `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?` at `index`, converted by
  /// `number(_:)`.
  private mutating func number() -> JSONValue? {
    let start = index
    _ = take(UInt8(ascii: "-"))
    let integerStart = index
    guard digits() > 0 else { return nil }
    if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 { return nil }
    if take(UInt8(ascii: ".")) {
      guard digits() > 0 else { return nil }
    }
    if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
      if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
      guard digits() > 0 else { return nil }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let number = Self.number(text) else {
      if embedded { return nil }
      unrepresentable += 1
      return .null
    }
    return number
  }

  /// Moves past ASCII digits; how many there were.
  private mutating func digits() -> Int {
    let start = index
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    return index - start
  }
}

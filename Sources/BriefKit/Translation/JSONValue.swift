import Foundation

/// A JSON document as the providers write and read it.
///
/// Writing is done here, byte for byte, so request bodies are deterministic (keys in the order
/// given) and `TranslationBatcher` can count encoded bytes exactly with `encodedByteCount(of:)`.
/// Reading goes through `JSONSerialization`; objects read back have their keys sorted.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// Members in order; writing keeps this order.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// The member named `key` of an object, else nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.0 == key }?.1
  }

  /// The string, when this is one.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The elements, when this is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The number as an integer, when this is a whole number.
  public var intValue: Int? {
    guard case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 else {
      return nil
    }
    return Int(value)
  }

  /// Compact UTF-8 JSON: no spaces, `/` and non-ASCII written as is, control characters
  /// escaped.
  public var encoded: [UInt8] {
    var out: [UInt8] = []
    write(into: &out)
    return out
  }

  private func write(into out: inout [UInt8]) {
    switch self {
    case .null: out += Array("null".utf8)
    case .bool(let value): out += Array((value ? "true" : "false").utf8)
    case .number(let value):
      if value.rounded() == value, abs(value) < 1e15 {
        out += Array(String(Int(value)).utf8)
      } else {
        out += Array(String(value).utf8)
      }
    case .string(let value): Self.writeString(value, into: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        element.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        Self.writeString(member.0, into: &out)
        out.append(UInt8(ascii: ":"))
        member.1.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ string: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [0x5C, 0x22]
      case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The number of bytes `string` takes when written as a JSON string, quotes included.
  public static func encodedByteCount(of string: String) -> Int {
    var count = 2
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x0D, 0x09: count += 2
      case 0..<0x20: count += 6
      default: count += 1
      }
    }
    return count
  }

  /// Parses `bytes` as one JSON document (a bare string or number is accepted); nil when it
  /// is not valid JSON.
  public static func parse(_ bytes: some Collection<UInt8>) -> JSONValue? {
    guard
      let object = try? JSONSerialization.jsonObject(
        with: Data(bytes), options: [.fragmentsAllowed])
    else { return nil }
    return JSONValue(any: object)
  }

  /// Parses a string as one JSON document.
  public static func parse(_ text: String) -> JSONValue? {
    parse(Array(text.utf8))
  }

  private init?(any: Any) {
    switch any {
    case is NSNull: self = .null
    case let value as String: self = .string(value)
    case let value as [Any]:
      var elements: [JSONValue] = []
      for element in value {
        guard let converted = JSONValue(any: element) else { return nil }
        elements.append(converted)
      }
      self = .array(elements)
    case let value as [String: Any]:
      var members: [(String, JSONValue)] = []
      for key in value.keys.sorted() {
        guard let element = value[key], let converted = JSONValue(any: element) else {
          return nil
        }
        members.append((key, converted))
      }
      self = .object(members)
    case let value as NSNumber: self = .number(value.doubleValue)
    default: return nil
    }
  }
}

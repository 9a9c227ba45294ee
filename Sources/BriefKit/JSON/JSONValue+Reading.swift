import Foundation

/// Reading: parsing a document and looking into it.
extension JSONValue {
  /// Parses `bytes` as one JSON document (a bare string or number is accepted); nil when it
  /// is not valid JSON.
  ///
  /// Goes through `JSONSerialization`, so object members come back with their keys sorted
  /// (a repeated key keeps one value). Whole numbers that fit an `Int` become `.integer`;
  /// other numbers become `.number(_, decimals: exactDecimals)`, so writing them back keeps
  /// their value.
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
      var members: [Member] = []
      for key in value.keys.sorted() {
        guard let element = value[key], let converted = JSONValue(any: element) else {
          return nil
        }
        members.append(Member(key, converted))
      }
      self = .object(members)
    case let value as NSNumber: self = Self.number(from: value)
    default: return nil
    }
  }

  /// Largest magnitude below which every whole `Double` is exact (2^53).
  private static let exactWholeLimit = 9_007_199_254_740_992.0

  /// A parsed number: a boolean, an integer when whole and in range, else an exact number.
  private static func number(from value: NSNumber) -> JSONValue {
    let type = String(cString: value.objCType)
    if type == "c" { return .bool(value.boolValue) }
    if let decimal = value as? NSDecimalNumber {
      // Decimal numbers keep more digits than `doubleValue` passes on: read their text.
      let text = decimal.stringValue
      if let integer = Int(text) { return .integer(integer) }
      return .number(Double(text) ?? decimal.doubleValue)
    }
    switch type {
    case "Q", "L", "I", "S", "C":
      if let integer = Int(exactly: value.uint64Value) { return .integer(integer) }
      return .number(value.doubleValue)
    case "d", "f":
      let double = value.doubleValue
      if double.rounded() == double, abs(double) < exactWholeLimit {
        return .integer(Int(double))
      }
      return .number(double)
    default: return .integer(Int(value.int64Value))
    }
  }

  /// The member named `key` of an object (the last one when repeated), else nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
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

  /// The number as an integer: an `.integer`, or a `.number` that is whole and below 1e15 in
  /// magnitude; else nil.
  public var intValue: Int? {
    switch self {
    case .integer(let value): return value
    case .number(let value, _):
      guard value.rounded() == value, abs(value) < 1e15 else { return nil }
      return Int(value)
    default: return nil
    }
  }
}

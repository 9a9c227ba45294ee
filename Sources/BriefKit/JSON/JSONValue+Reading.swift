/// Reading: parsing a document and looking into it.
extension JSONValue {
  /// Parses `bytes` as one JSON document (a bare string or number is accepted); nil when it
  /// is not valid JSON or nests arrays and objects over `JSONParser.maxDepth` deep.
  ///
  /// Reads as `JSONSerialization` does (see `JSONParser`), in time linear in the input: object
  /// members come back with their keys sorted (a repeated key keeps its last value). Whole
  /// numbers that fit an `Int` become `.integer`; other numbers become
  /// `.number(_, decimals: exactDecimals)`, so writing them back keeps their value.
  public static func parse(_ bytes: some Collection<UInt8>) -> JSONValue? {
    JSONParser.parse(Array(bytes))
  }

  /// Parses a string as one JSON document.
  public static func parse(_ text: String) -> JSONValue? {
    parse(Array(text.utf8))
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

/// A JSON document as written by `JSONWriter`: objects keep their members in the order given,
/// so output is byte-for-byte deterministic.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  /// A number written with at most `decimals` fraction digits (rounded half away from zero).
  case number(Double, decimals: Int)
  case string(String)
  case array([JSONValue])
  /// Members in output order; keys should be unique.
  case object([Member])

  /// One key-value pair of an object.
  struct Member: Sendable, Equatable {
    var key: String
    var value: JSONValue

    init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// A string, or `null` for nil.
  static func string(_ value: String?) -> JSONValue {
    value.map { .string($0) } ?? .null
  }
}

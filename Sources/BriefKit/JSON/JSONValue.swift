/// A JSON document: written by `JSONWriter`, read by `JSONValue.parse(_:)`.
///
/// Objects keep their members in the order given, so written output is byte-for-byte
/// deterministic. Used by the JSON renderer and by the translation providers' request and
/// response bodies.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  /// A number written with at most `decimals` fraction digits (rounded half away from zero);
  /// more than `JSONWriter.maxFixedDecimals` (e.g. `JSONValue.exactDecimals`) writes the
  /// shortest text that reads back as the same `Double`.
  case number(Double, decimals: Int)
  case string(String)
  case array([JSONValue])
  /// Members in output order; keys should be unique.
  case object([Member])

  /// One key-value pair of an object.
  public struct Member: Sendable, Equatable {
    /// The member's name.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// A member named `key` with `value`.
    public init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// The `decimals` that writes a number exactly: the shortest round-trip form.
  public static let exactDecimals = Int.max

  /// A number written exactly (shortest round-trip form).
  public static func number(_ value: Double) -> JSONValue {
    .number(value, decimals: exactDecimals)
  }

  /// A string, or `null` for nil.
  public static func string(_ value: String?) -> JSONValue {
    value.map { .string($0) } ?? .null
  }

  /// Compact UTF-8 JSON, exactly as `JSONWriter(pretty: false)` writes it.
  ///
  /// No spaces; `/` and non-ASCII written as is; `"`, `\`, control characters, U+007F,
  /// U+2028 and U+2029 escaped.
  public var encoded: [UInt8] {
    Array(JSONWriter(pretty: false).write(self).utf8)
  }

  /// The number of UTF-8 bytes `string` takes when written as a JSON string, quotes included.
  ///
  /// Always equals `JSONWriter(pretty: false).write(.string(string)).utf8.count`, so
  /// `TranslationBatcher` can count request bytes exactly.
  public static func encodedByteCount(of string: String) -> Int {
    JSONWriter.quotedByteCount(string)
  }
}

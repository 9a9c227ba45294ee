/// A member's value as read from one JSONL line, keeping integers apart from other numbers.
///
/// An array or an object is only noted as a `container`, its contents not read: no field of an
/// article is one, and reading them (a chain of `try?` decodes at every level) took time that
/// grew with width times depth squared.
enum JSONLineValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case double(Double)
  case string(String)
  /// An array or an object, its contents not read.
  case container

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else {
      // The decoder read the line as valid JSON: what is not a scalar is an array or object.
      self = .container
    }
  }
}

/// One JSONL line as `JSONDecoder` reads it: its members when it is an object, each read one
/// level deep (`JSONLineValue`).
enum JSONLineDocument: Decodable, Equatable {
  case object([String: JSONLineValue])
  /// A valid JSON value that is no object.
  case other

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let members = try? container.decode([String: JSONLineValue].self) {
      self = .object(members)
    } else {
      self = .other
    }
  }
}

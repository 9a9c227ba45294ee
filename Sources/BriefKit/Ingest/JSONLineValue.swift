/// A JSON value as read from one JSONL line, keeping integers apart from other numbers.
enum JSONLineValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case double(Double)
  case string(String)
  case array([JSONLineValue])
  case object([String: JSONLineValue])

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
    } else if let value = try? container.decode([JSONLineValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONLineValue].self))
    }
  }
}

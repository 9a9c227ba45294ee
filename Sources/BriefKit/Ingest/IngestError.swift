/// Why an input could not be read as an article.
public enum IngestError: Error, Equatable, Sendable {
  /// The input holds no text, or only whitespace.
  case empty
  /// The input looks binary (NUL bytes or control characters); `offset` is the first such byte.
  case binary(offset: Int)
  /// A JSONL line is not a JSON object, or lacks a required field; `line` is 1-based and
  /// `reason` a short lowercase phrase such as `missing "text"`.
  case invalidJSONLine(line: Int, reason: String)
}

extension IngestError: CustomStringConvertible {
  /// One lowercase phrase for the CLI's `brief: FILE: <message>`.
  ///
  /// For example "empty file" or "binary content (control byte at offset 120)". A JSONL line's
  /// message is its reason alone: the CLI names the place as `FILE:LINE`.
  public var message: String {
    switch self {
    case .empty:
      return "empty file"
    case .binary(let offset):
      return "binary content (control byte at offset \(offset))"
    case .invalidJSONLine(_, let reason):
      return reason
    }
  }

  /// The same as `message`.
  public var description: String { message }
}

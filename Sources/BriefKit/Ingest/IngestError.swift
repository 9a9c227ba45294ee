/// Why an input could not be read as an article.
public enum IngestError: Error, Equatable, Sendable {
  /// The input holds no text, or only whitespace.
  case empty
  /// The input looks binary (NUL bytes or control characters); `offset` is the first such byte.
  case binary(offset: Int)
  /// A JSONL line is not a JSON object, or lacks a required field.
  case invalidJSONLine(line: Int, reason: String)
}

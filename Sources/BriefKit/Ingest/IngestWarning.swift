/// Something worth telling the user about an input that was still read.
public enum IngestWarning: Equatable, Sendable {
  /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
  case decodedAsWindows1252
  /// The text was longer than the limit; only its first `keptBytes` (UTF-8) were briefed.
  case truncated(originalBytes: Int, keptBytes: Int)
  /// The input is not a regular file (a pipe or device) and went on past the most bytes read
  /// (`readBytes`); only those were read.
  case streamCut(readBytes: Int)
  /// A JSONL `date` that is no ISO 8601 calendar date (`2025-W07`); the article is dated as
  /// if it had none. `value` is the given text, cut to 40 characters.
  case unreadableDate(value: String)
}

extension IngestWarning: CustomStringConvertible {
  /// One lowercase phrase for `brief: FILE: warning: <message>`.
  public var message: String {
    switch self {
    case .decodedAsWindows1252: return "invalid UTF-8, decoded as Windows-1252"
    case .truncated(let original, let kept):
      return "text of \(original / 1024) KiB briefed from its first \(kept / 1024) KiB"
    case .streamCut(let read):
      return "not a regular file and longer than \(read / 1024) KiB: read only that far"
    case .unreadableDate(let value):
      return "\"date\" \(value.debugDescription) is not an ISO 8601 calendar date"
        + " (YYYY-MM-DD or YYYYMMDD); the article is dated as if it had none"
    }
  }

  /// The same as `message`.
  public var description: String { message }
}

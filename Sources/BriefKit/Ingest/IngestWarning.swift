/// Something worth telling the user about an input that was still read.
public enum IngestWarning: Equatable, Sendable {
  /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
  case decodedAsWindows1252
  /// The text was longer than the limit; only its first `keptBytes` (UTF-8) were briefed.
  case truncated(originalBytes: Int, keptBytes: Int)
}

extension IngestWarning: CustomStringConvertible {
  /// One lowercase phrase for `brief: FILE: warning: <message>`.
  public var message: String {
    switch self {
    case .decodedAsWindows1252: return "invalid UTF-8, decoded as Windows-1252"
    case .truncated(let original, let kept):
      return "text of \(original / 1024) KiB briefed from its first \(kept / 1024) KiB"
    }
  }

  /// The same as `message`.
  public var description: String { message }
}

/// Something worth telling the user about an input that was still read.
public enum IngestWarning: Equatable, Sendable {
  /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
  case decodedAsWindows1252
}

extension IngestWarning: CustomStringConvertible {
  /// One lowercase phrase for `brief: FILE: warning: <message>`.
  public var message: String {
    switch self {
    case .decodedAsWindows1252: return "invalid UTF-8, decoded as Windows-1252"
    }
  }

  /// The same as `message`.
  public var description: String { message }
}

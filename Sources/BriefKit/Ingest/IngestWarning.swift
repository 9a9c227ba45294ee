/// Something worth telling the user about an input that was still read.
public enum IngestWarning: Equatable, Sendable {
  /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
  case decodedAsWindows1252
}

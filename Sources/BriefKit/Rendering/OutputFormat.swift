/// An output format for briefs and digests.
public enum OutputFormat: String, Sendable, CaseIterable {
  case markdown = "md"
  case html
  case json
  case text

  /// File extension used for files in this format.
  public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }
}

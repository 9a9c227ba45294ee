/// The format of an input file, from its extension.
public enum ArticleFormat: String, Sendable, Equatable, CaseIterable {
  case text = "txt"
  case markdown = "md"
  case html
  case jsonl

  /// The format for a file extension (case-insensitive), or nil when Brief does not read it.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "txt", "text": self = .text
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    case "jsonl", "ndjson": self = .jsonl
    default: return nil
    }
  }
}

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

  /// The format of input whose name says nothing (standard input, no extension): HTML when it
  /// opens, after a BOM and white space, with a document or block tag; otherwise plain text.
  public static func sniffed(_ bytes: [UInt8]) -> ArticleFormat {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return .text }
    let head = String(decoding: bytes[start..<min(bytes.count, start + 512)], as: UTF8.self)
      .lowercased()
    let openings = ["<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p "]
    return openings.contains { head.hasPrefix($0) } || head.contains("<html") ? .html : .text
  }
}

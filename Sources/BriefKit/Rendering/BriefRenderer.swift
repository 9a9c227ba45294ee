/// Renders briefs and digests in one output format, dispatching to `MarkdownRenderer`,
/// `HTMLRenderer`, `JSONRenderer` or `TextRenderer`.
///
/// Every format is bilingual by default: each German sentence with its English rendering, or a
/// plain note where there is none; the English edition shows the English alone. Deterministic:
/// same input, same bytes.
public struct BriefRenderer: Sendable {
  /// The format this renderer writes.
  public let format: OutputFormat

  /// Creates a renderer for `format`.
  public init(format: OutputFormat) {
    self.format = format
  }

  /// One brief as a complete document ending in a newline (for JSON: pretty-printed, stable
  /// key order).
  ///
  /// `edition` chooses the languages shown in Markdown, HTML and text; JSON always holds both.
  public func render(_ brief: Brief, edition: Edition = .bilingual) -> String {
    switch format {
    case .markdown: MarkdownRenderer().render(brief, edition: edition)
    case .html: HTMLRenderer().render(brief, edition: edition)
    case .json: JSONRenderer(pretty: true).render(brief)
    case .text: TextRenderer().render(brief, edition: edition)
    }
  }

  /// One brief as a single JSON line without the trailing newline (for `summarize --jsonl`),
  /// whatever the format.
  public func renderJSONLine(_ brief: Brief) -> String {
    JSONRenderer(pretty: false).render(brief)
  }

  /// The digest as a complete document ending in a newline, in `edition` (JSON always holds
  /// both languages).
  public func render(_ digest: Digest, edition: Edition = .bilingual) -> String {
    switch format {
    case .markdown: MarkdownRenderer().render(digest, edition: edition)
    case .html: HTMLRenderer().render(digest, edition: edition)
    case .json: JSONRenderer(pretty: true).render(digest)
    case .text: TextRenderer().render(digest, edition: edition)
    }
  }
}

/// Renders briefs and digests in one output format, dispatching to `MarkdownRenderer`,
/// `HTMLRenderer`, `JSONRenderer` or `TextRenderer`.
///
/// Every format is bilingual: each German sentence with its English rendering, or a plain
/// note where there is none. Deterministic: same input, same bytes.
public struct BriefRenderer: Sendable {
  /// The format this renderer writes.
  public let format: OutputFormat

  /// Creates a renderer for `format`.
  public init(format: OutputFormat) {
    self.format = format
  }

  /// One brief as a complete document ending in a newline (for JSON: pretty-printed, stable
  /// key order).
  public func render(_ brief: Brief) -> String {
    switch format {
    case .markdown: MarkdownRenderer().render(brief)
    case .html: HTMLRenderer().render(brief)
    case .json: JSONRenderer(pretty: true).render(brief)
    case .text: TextRenderer().render(brief)
    }
  }

  /// One brief as a single JSON line without the trailing newline (for `summarize --jsonl`),
  /// whatever the format.
  public func renderJSONLine(_ brief: Brief) -> String {
    JSONRenderer(pretty: false).render(brief)
  }

  /// The digest as a complete document ending in a newline.
  public func render(_ digest: Digest) -> String {
    switch format {
    case .markdown: MarkdownRenderer().render(digest)
    case .html: HTMLRenderer().render(digest)
    case .json: JSONRenderer(pretty: true).render(digest)
    case .text: TextRenderer().render(digest)
    }
  }
}

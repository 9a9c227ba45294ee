/// Renders briefs and digests in one output format. STUB: replaced by the rendering stage.
public struct BriefRenderer: Sendable {
  public let format: OutputFormat

  public init(format: OutputFormat) {
    self.format = format
  }

  /// One brief as a complete document (for JSON: pretty-printed, stable key order).
  public func render(_ brief: Brief) -> String { "" }

  /// One brief as a single JSON line (for `summarize --jsonl`).
  public func renderJSONLine(_ brief: Brief) -> String { "" }

  /// The digest as a complete document.
  public func render(_ digest: Digest) -> String { "" }
}

/// Turns raw input into articles. STUB: replaced by the ingest stage.
public enum ArticleReader {
  /// One article from the bytes of a text, Markdown or HTML document.
  public static func article(
    from bytes: [UInt8], id: String, source: String, format: ArticleFormat
  ) throws(IngestError) -> (article: Article, warnings: [IngestWarning]) {
    let decoded = try TextDecoder.decode(bytes)
    return (Article(id: id, text: TextNormalizer.normalize(decoded.text), source: source), [])
  }

  /// One article from one JSONL line (`{"id","text"}` plus optional `title`, `date`, `url`,
  /// `lang`, `k`); `lineNumber` is 1-based and used in errors and in `source`.
  public static func article(
    fromJSONLine line: [UInt8], lineNumber: Int, source: String
  ) throws(IngestError) -> Article {
    throw .invalidJSONLine(line: lineNumber, reason: "not implemented")
  }
}

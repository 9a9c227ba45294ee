/// One article as read from a file, a JSONL line or standard input, after decoding and
/// normalisation.
public struct Article: Sendable, Equatable {
  /// Stable identifier: the file name without extension, or the JSONL `id`.
  public var id: String
  /// The cleaned text (NFC, normalised line breaks and spaces).
  public var text: String
  /// The headline when the source gives one (JSONL `title`, HTML `<title>`/`<h1>`).
  public var title: String?
  /// Publication date as ISO 8601 (`2025-02-15` or a full timestamp), when known.
  public var date: String?
  /// The date of the file it was read from (its modification time, ISO 8601), set by the CLI;
  /// the digest falls back to it when `date` is unknown.
  public var fileDate: String?
  /// Where the article was published, when known.
  public var url: String?
  /// The language when the source states it; otherwise detected.
  public var language: Language?
  /// Where it was read from: a file path, `stdin` or `stdin:LINE`.
  public var source: String
  /// The number of sentences asked for this article (JSONL `k`), overriding the run's default.
  public var sentenceCount: Int?

  public init(
    id: String, text: String, title: String? = nil, date: String? = nil, url: String? = nil,
    language: Language? = nil, source: String, sentenceCount: Int? = nil, fileDate: String? = nil
  ) {
    self.fileDate = fileDate
    self.id = id
    self.text = text
    self.title = title
    self.date = date
    self.url = url
    self.language = language
    self.source = source
    self.sentenceCount = sentenceCount
  }
}

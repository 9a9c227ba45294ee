/// The brief of one article: its key sentences in display order, each with an English
/// rendering or none.
public struct Brief: Sendable, Equatable, Codable {
  /// One selected sentence of the brief.
  public struct Line: Sendable, Equatable, Codable {
    /// The German (source-language) sentence with markup stripped and line breaks as spaces.
    public var text: String
    /// The English rendering, or `nil` when not translated.
    public var translation: String?
    /// The sentence as scored (segment positions, kind and score).
    public var scored: ScoredSentence
    /// Why this line has no English when the reason is its own (its answer was rejected,
    /// its request failed); nil when translated or when the brief's `translationNote` says
    /// why.
    public var note: String?

    public init(
      text: String, translation: String? = nil, scored: ScoredSentence, note: String? = nil
    ) {
      self.text = text
      self.translation = translation
      self.scored = scored
      self.note = note
    }
  }

  /// The article's id.
  public var id: String
  /// The headline: the source's title, else the first heading segment, else nil.
  public var title: String?
  /// The headline in English: translated with the lines (nil when not translated or there is
  /// no headline); an English article's headline itself.
  public var titleTranslation: String?
  /// Publication date (ISO 8601) when known.
  public var date: String?
  /// The date of the article's file (modification time, ISO 8601) when the CLI gave one; not
  /// rendered in the brief, used by the digest when `date` is unknown.
  public var fileDate: String?
  /// The article's first sentence (markup stripped), when it has one; not rendered, used by the
  /// digest to date the event the article reports when its lead is not among `lines`.
  public var lead: String?
  /// The article's most frequent content terms (stemmed, spelling variants folded), most
  /// frequent first; not rendered, used by the digest to group articles into stories.
  public var keyTerms: [String]
  /// URL when known.
  public var url: String?
  /// Where the article came from (file path or `stdin`).
  public var source: String
  /// The article's language.
  public var language: Language
  /// Selected sentences in document order.
  public var lines: [Brief.Line]
  /// Counts of the article's segments by kind, for the JSON output and the report.
  public var segmentCounts: [SegmentKind: Int]
  /// Why the English side is missing, when the reason is the whole brief's.
  ///
  /// "no translator configured", the provider stopped; a line's own reason is its `note`.
  public var translationNote: String?

  public init(
    id: String, title: String?, date: String?, url: String?, source: String,
    language: Language, lines: [Brief.Line], segmentCounts: [SegmentKind: Int],
    translationNote: String?, fileDate: String? = nil, keyTerms: [String] = [],
    titleTranslation: String? = nil, lead: String? = nil
  ) {
    self.titleTranslation = titleTranslation
    self.lead = lead
    self.fileDate = fileDate
    self.keyTerms = keyTerms
    self.id = id
    self.title = title
    self.date = date
    self.url = url
    self.source = source
    self.language = language
    self.lines = lines
    self.segmentCounts = segmentCounts
    self.translationNote = translationNote
  }
}

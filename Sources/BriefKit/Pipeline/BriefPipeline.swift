/// The fixed pipeline from a cleaned article to its brief.
///
/// Detect language -> segment -> select (within the length limit) -> assemble. Pure: no files, no network, no clock.
public struct BriefPipeline: Sendable {
  /// Settings for one run of the pipeline.
  public struct Configuration: Sendable, Equatable {
    /// Sentences per brief when the article does not ask for its own number; nil for no fixed
    /// count (then `ratio` or `maxCharacters` limits the brief, or nothing does).
    ///
    /// Default 3.
    public var sentenceCount: Int?
    /// When set, the brief has this fraction of the article's sentences (rounded, at least 1)
    /// instead of `sentenceCount`, unless the article asks for its own number.
    ///
    /// Default nil.
    public var ratio: Double?
    /// When set, the selected sentences add up to at most this many characters (markup
    /// stripped): greedy by score, never cutting a sentence.
    ///
    /// Default nil.
    public var maxCharacters: Int?
    /// Key terms kept per brief for grouping articles into stories in the digest.
    ///
    /// Default 24 terms.
    public var keyTermCount: Int
    /// The note shown where English is missing, when no translator runs.
    ///
    /// The default says that none is configured.
    public var untranslatedNote: String?

    public init(
      sentenceCount: Int? = 3, ratio: Double? = nil, maxCharacters: Int? = nil,
      keyTermCount: Int = 24, untranslatedNote: String? = "no translator configured"
    ) {
      self.sentenceCount = sentenceCount
      self.ratio = ratio
      self.maxCharacters = maxCharacters
      self.keyTermCount = keyTermCount
      self.untranslatedNote = untranslatedNote
    }
  }

  /// The brief together with every segment it was made from.
  public struct Output: Sendable, Equatable {
    public var brief: Brief
    public var segments: [Segment]
  }

  public let configuration: Configuration

  public init(configuration: Configuration = .init()) {
    self.configuration = configuration
  }

  /// Runs the pipeline on one article.
  public func run(_ article: Article) -> Output {
    let language = article.language ?? LanguageDetector.detect(article.text)
    let segments = Segmenter(language: language).segments(in: article.text)
    let title = article.title ?? Self.headline(of: segments)
    let (selected, keyTerms) = SentenceSelector(language: language).selection(
      from: segments, title: title, limit: limit(for: article),
      keyTermCount: configuration.keyTermCount)
    let agencies = LanguageData.forLanguage(language).boilerplate.agencies
    let lines = selected.map {
      Brief.Line(
        text: Dateline.stripped(MarkupStripper.plainText($0.segment.text), agencies: agencies),
        scored: $0)
    }
    var counts: [SegmentKind: Int] = [:]
    for segment in segments { counts[segment.kind, default: 0] += 1 }
    let brief = Brief(
      id: article.id, title: title, date: article.date, url: article.url,
      source: article.source, language: language, lines: lines, segmentCounts: counts,
      translationNote: configuration.untranslatedNote, fileDate: article.fileDate,
      keyTerms: keyTerms,
      lead: segments.first { $0.kind == .sentence }.map { MarkupStripper.plainText($0.text) })
    return Output(brief: brief, segments: segments)
  }

  /// The length limit for `article`: its own `k` when it gives one, else the ratio or the
  /// configured count; the character limit applies on top.
  func limit(for article: Article) -> SelectionLimit {
    let c = configuration
    if let own = article.sentenceCount {
      return SelectionLimit(count: max(0, own), maxCharacters: c.maxCharacters)
    }
    if let ratio = c.ratio { return SelectionLimit(ratio: ratio, maxCharacters: c.maxCharacters) }
    return SelectionLimit(count: c.sentenceCount.map { max(0, $0) }, maxCharacters: c.maxCharacters)
  }

  /// The most words of a kicker printed as a heading of its own above the headline.
  ///
  /// `Lokales`, `Archäologie`. Default 2 words.
  static let maximumKickerWords = 2

  /// The first heading that comes before the first sentence, markup stripped; a kicker of at
  /// most `maximumKickerWords` words directly followed by a longer heading gives way to it
  /// (`Lokales` / `Polizei nimmt Einbrecher fest`).
  static func headline(of segments: [Segment]) -> String? {
    for (index, segment) in segments.enumerated() {
      switch segment.kind {
      case .heading:
        let words = wordCount(segment.text)
        if words <= maximumKickerWords, index + 1 < segments.count,
          segments[index + 1].kind == .heading, wordCount(segments[index + 1].text) > words
        {
          return MarkupStripper.plainText(segments[index + 1].text)
        }
        return MarkupStripper.plainText(segment.text)
      case .sentence: return nil
      case .boilerplate: continue
      }
    }
    return nil
  }

  /// The number of whitespace-separated words of `text`.
  private static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).count
  }
}

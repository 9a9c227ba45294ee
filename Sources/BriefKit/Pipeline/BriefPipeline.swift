/// The fixed pipeline from a cleaned article to its brief.
///
/// Detect language -> segment -> select -> assemble. Pure: no files, no network, no clock.
public struct BriefPipeline: Sendable {
  /// Settings for one run of the pipeline.
  public struct Configuration: Sendable, Equatable {
    /// Sentences per brief when the article does not ask for its own number.
    ///
    /// Default 3.
    public var sentenceCount: Int
    /// The note shown where English is missing, when no translator runs.
    ///
    /// The default says that none is configured.
    public var untranslatedNote: String?

    public init(sentenceCount: Int = 3, untranslatedNote: String? = "no translator configured") {
      self.sentenceCount = sentenceCount
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
    let count = max(0, article.sentenceCount ?? configuration.sentenceCount)
    let title = article.title ?? Self.headline(of: segments)
    let selected = SentenceSelector(language: language)
      .select(from: segments, title: title, count: count)
    let lines = selected.map {
      Brief.Line(text: MarkupStripper.plainText($0.segment.text), scored: $0)
    }
    var counts: [SegmentKind: Int] = [:]
    for segment in segments { counts[segment.kind, default: 0] += 1 }
    let brief = Brief(
      id: article.id, title: title, date: article.date, url: article.url,
      source: article.source, language: language, lines: lines, segmentCounts: counts,
      translationNote: configuration.untranslatedNote)
    return Output(brief: brief, segments: segments)
  }

  /// The first heading that comes before the first sentence, markup stripped.
  static func headline(of segments: [Segment]) -> String? {
    for segment in segments {
      switch segment.kind {
      case .heading: return MarkupStripper.plainText(segment.text)
      case .sentence: return nil
      case .boilerplate: continue
      }
    }
    return nil
  }
}

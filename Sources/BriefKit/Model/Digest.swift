/// The batch digest: articles grouped into stories, each story's articles into dated events,
/// and each event told by the key sentences of its articles with every fact once.
///
/// Ordering: stories by their first event's date (undated stories last), events ascending by
/// date (undated events last), sentences in their articles' order. Every sentence cites every
/// article that states its fact and is quoted verbatim from the first of them.
public struct Digest: Sendable, Equatable {
  /// One bilingual line of an event.
  public struct Sentence: Sendable, Equatable {
    /// The sentence in its article's language, verbatim (markup stripped) from the first of
    /// `sources`.
    public var text: String
    /// The English rendering, or nil when not translated; `text` itself for an English line.
    public var translation: String?
    /// Ids of the articles that state this fact, in digest order: first the one `text` is
    /// quoted from, then every later one whose brief holds the same sentence or a
    /// near-duplicate of it (other wording, or the other language matched in English), also
    /// when that article is in another event or story.
    public var sources: [String]
    /// The language of `text`: its first cited article's.
    public var language: Language
    /// Why this line has no English when the reason is its own (its brief line's `note`).
    public var note: String?

    public init(
      text: String, translation: String?, sources: [String], language: Language = .german,
      note: String? = nil
    ) {
      self.note = note
      self.text = text
      self.translation = translation
      self.sources = sources
      self.language = language
    }
  }

  /// Articles that report the same happening (a preview and an outcome of one meeting).
  public struct Event: Sendable, Equatable {
    /// The event's day (ISO 8601 `YYYY-MM-DD`, or as precise as known), nil when undated.
    public var date: String?
    /// Whether `date` rests on a file's modification day alone.
    ///
    /// True when no article of the event has that day as a date of its own (a feed's `date`,
    /// front matter, a date line): such a day says when a file was written, which may not be
    /// when the happening was. False when undated.
    public var dateFromFile: Bool
    /// Ids of the event's articles, oldest first (ties by id), then those of later events or
    /// stories that its lines cite for repeating a fact told here, in digest order; so every
    /// line's sources are among its event's.
    public var sources: [String]
    /// The event's lines, without facts already told earlier in the digest.
    public var sentences: [Sentence]

    public init(
      date: String?, dateFromFile: Bool = false, sources: [String], sentences: [Sentence]
    ) {
      self.date = date
      self.dateFromFile = date != nil && dateFromFile
      self.sources = sources
      self.sentences = sentences
    }
  }

  /// Articles about one subject, over time.
  public struct Story: Sendable, Equatable {
    /// The headline of the article most typical of the story.
    public var title: String
    /// The language of `title`: its article's.
    public var titleLanguage: Language
    /// The headline's English when `title` is German and was translated, else nil.
    public var titleTranslation: String?
    /// The story's events in date order, undated ones last.
    public var events: [Event]

    public init(
      title: String, titleLanguage: Language = .german, titleTranslation: String? = nil,
      events: [Event]
    ) {
      self.title = title
      self.titleLanguage = titleLanguage
      self.titleTranslation = titleTranslation
      self.events = events
    }
  }

  /// The stories in digest order.
  public var stories: [Story]
  /// The number of articles the digest was built from.
  public var articleCount: Int
  /// Why English is missing where it is ("no translator configured"), when the briefs say so.
  public var translationNote: String?

  public init(stories: [Story], articleCount: Int, translationNote: String? = nil) {
    self.stories = stories
    self.articleCount = articleCount
    self.translationNote = translationNote
  }
}

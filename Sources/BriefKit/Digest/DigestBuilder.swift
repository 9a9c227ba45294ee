/// Builds the batch digest from briefs: stories (`StoryClusterer`), events within each story
/// (`EventGrouper`), dates (`DateResolver`) and every fact once (`FactDeduplicator`).
///
/// Pure and deterministic: the result depends only on the briefs, not on their order (ties are
/// broken by date, then id, then source). Near-linear in the number of briefs.
public struct DigestBuilder: Sendable {
  /// Thresholds of the grouping stages.
  public struct Configuration: Sendable, Equatable {
    /// Least IDF-weighted key-term cosine that links two articles into one story.
    ///
    /// Default 0.2.
    public var storyThreshold: Double
    /// Least number of shared key terms for a story link.
    ///
    /// Default 5 terms.
    public var storySharedTerms: Int
    /// Key terms held by more articles than this do not propose story links.
    ///
    /// Default 200 articles.
    public var maxPostingLength: Int
    /// Batches smaller than this are weighted as if this large (see `TermWeights`).
    ///
    /// Default 1,000 articles.
    public var minimumCollection: Int
    /// Least key-term cosine with an article of an event to join it.
    ///
    /// Default 0.25.
    public var eventThreshold: Double
    /// Least key-term cosine to join an event when an article is dated by its file alone.
    ///
    /// Applies when the article or some article of the event has no date but its file's
    /// modification day. That day says when a file was written, not when the happening was (a
    /// folder saved in one night has one day), so the words alone must show one event.
    ///
    /// Default 0.5.
    public var fileDatedEventThreshold: Double
    /// Most days between articles of one event.
    ///
    /// Default 1 day.
    public var eventWindowDays: Int
    /// Two digest sentences with at least this term-set cosine state the same fact (when
    /// nothing else shows two facts, see `FactDeduplicator`).
    ///
    /// Default 0.6.
    public var duplicateCosine: Double
    /// Two digest sentences also state the same fact when this share of the later one's terms
    /// is in the earlier one.
    ///
    /// Default 0.8.
    public var duplicateContainment: Double
    /// Least number of shared terms for two digest sentences (not the same text) to state the
    /// same fact.
    ///
    /// Words common to all news (`GenericKeyTerms`: "Mittwoch", "neu", "schwer") are not
    /// counted: two words in common ("Urteil", "rechtskräftig") do not make one fact.
    ///
    /// Default 3 terms.
    public var duplicateSharedTerms: Int

    public init(
      storyThreshold: Double = 0.2, storySharedTerms: Int = 5, maxPostingLength: Int = 200,
      eventThreshold: Double = 0.25, fileDatedEventThreshold: Double = 0.5,
      eventWindowDays: Int = 1, duplicateCosine: Double = 0.6, duplicateContainment: Double = 0.8,
      duplicateSharedTerms: Int = 3, minimumCollection: Int = 1000
    ) {
      self.duplicateSharedTerms = duplicateSharedTerms
      self.minimumCollection = minimumCollection
      self.storyThreshold = storyThreshold
      self.storySharedTerms = storySharedTerms
      self.maxPostingLength = maxPostingLength
      self.eventThreshold = eventThreshold
      self.fileDatedEventThreshold = fileDatedEventThreshold
      self.eventWindowDays = eventWindowDays
      self.duplicateCosine = duplicateCosine
      self.duplicateContainment = duplicateContainment
    }
  }

  /// The thresholds in use.
  public let configuration: Configuration

  /// A builder with `configuration`.
  public init(configuration: Configuration = .init()) {
    self.configuration = configuration
  }

  /// The digest of `briefs` with the default configuration.
  public static func digest(of briefs: [Brief]) -> Digest {
    DigestBuilder().digest(of: briefs)
  }

  /// The digest of `briefs`: stories ordered by their first event's date (undated last, ties by
  /// title then first source), events by date, each fact once.
  public func digest(of briefs: [Brief]) -> Digest {
    let c = configuration
    let briefs = briefs.sorted { ($0.id, $0.source) < ($1.id, $1.source) }
    let weights = TermWeights(
      keyTerms: briefs.map { CrossLingualTerms.comparable($0.keyTerms, language: $0.language) },
      minimumCollection: c.minimumCollection)
    let clusters = StoryClusterer(
      threshold: c.storyThreshold, minSharedTerms: c.storySharedTerms,
      maxPostingLength: c.maxPostingLength
    ).clusters(weights)
    let grouper = EventGrouper(
      windowDays: c.eventWindowDays, threshold: c.eventThreshold,
      fileDatedThreshold: c.fileDatedEventThreshold, maxCandidates: Self.maxCandidateEvents,
      maxMembers: Self.maxComparedMembers)
    var stories: [(story: Digest.Story, members: [[EventGrouper.Member]])] = []
    for cluster in clusters {
      let members = cluster.map { index in
        let dating = Self.eventDating(of: briefs[index])
        return EventGrouper.Member(
          index: index, id: briefs[index].id, date: dating.date, fileDated: dating.fromFile)
      }
      let events = grouper.events(of: members, weights: weights)
      let headed = Self.titleMember(of: cluster, briefs: briefs, weights: weights)
      let story = Digest.Story(
        title: headed.map { Self.headline(of: briefs[$0]) } ?? "",
        titleLanguage: headed.map { briefs[$0].language } ?? .german,
        titleTranslation: headed.flatMap { Self.englishHeadline(of: briefs[$0]) },
        events: events.map { event in
          let date = event.compactMap(\.date).min()
          return Digest.Event(
            date: date, dateFromFile: !event.contains { $0.date == date && !$0.fileDated },
            sources: event.map(\.id), sentences: [])
        })
      stories.append((story, events))
    }
    stories.sort { Self.storyPrecedes($0.story, $1.story) }
    var deduplicator = FactDeduplicator(
      duplicateCosine: c.duplicateCosine, duplicateContainment: c.duplicateContainment,
      minSharedTerms: c.duplicateSharedTerms, maxPostingLength: Self.maxFactPostingLength)
    var kept: [(story: Int, event: Int, line: Int)] = []
    // The sources of each kept line and of each event, as sets: a fact told by thousands of
    // articles is cited in constant time per article, not by scanning its list.
    var cited: [Set<String>] = []
    var eventSources = stories.map { $0.story.events.map { Set($0.sources) } }
    let english = TermAnalyzer(language: .english)
    for storyIndex in stories.indices {
      for (eventIndex, event) in stories[storyIndex].members.enumerated() {
        var lines: [Digest.Sentence] = []
        // Whether each line leans on the line before it (`SentenceProfile.leansOnPrevious`).
        var leaning: [Bool] = []
        for member in event {
          let brief = briefs[member.index]
          let analyzer = TermAnalyzer(language: brief.language)
          // The brief's previous line: its sentence index, and where it stands among this
          // event's lines (nil when dropped or told in another event).
          var previous: (sentence: Int, place: Int?)?
          for line in brief.lines {
            let sentence = line.scored.sentenceIndex
            let antecedent = previous.flatMap { $0.sentence == sentence - 1 ? $0 : nil }
            previous = (sentence, nil)
            // A line that opens with an anaphor (`Er`, `Damit`) reads only right after the
            // sentence before it in its article: it goes right after the line that tells that
            // sentence here (another article's when the sentence was dropped as its repeat).
            // When the brief lacks that sentence, or it is told in another event, or the place
            // after it holds another such line, it would dangle: it is not shown, but its
            // article is cited at a line that tells the same.
            let leans = SentenceProfile.leansOnPrevious(line.text, language: brief.language)
            var insertion: Int?
            if leans, let place = antecedent?.place,
              place + 1 >= lines.count || !leaning[place + 1]
            {
              insertion = place + 1
            }
            let fact = FactDeduplicator.Fact(
              text: line.text, language: brief.language,
              wording: FactWording(line.text, analyzer: analyzer),
              english: line.translation.map { FactWording($0, analyzer: english) })
            switch deduplicator.offer(fact, keepingNew: !leans || insertion != nil) {
            case .unkept:
              continue
            case .new:
              let position = min(insertion ?? lines.count, lines.count)
              // Lines after it move down one: so do their places in `kept` (none when it goes
              // last, the common case, which keeps big events linear).
              var shifted = position < lines.count ? kept.count - 1 : -1
              while shifted >= 0, kept[shifted].story == storyIndex,
                kept[shifted].event == eventIndex
              {
                if kept[shifted].line >= position { kept[shifted].line += 1 }
                shifted -= 1
              }
              kept.append((storyIndex, eventIndex, position))
              cited.append([brief.id])
              lines.insert(
                .init(
                  text: line.text, translation: line.translation, sources: [brief.id],
                  language: brief.language, note: line.note), at: position)
              leaning.insert(leans, at: position)
              previous?.place = position
            case .same(let number), .repeated(let number):
              // Told already: the line telling it cites this article too (and its event lists
              // it), also when that line is in another event or story. An anaphor after it
              // goes right after that line when it is in this event.
              let place = kept[number]
              let here = place.story == storyIndex && place.event == eventIndex
              if here { previous?.place = place.line }
              guard cited[number].insert(brief.id).inserted else { continue }
              if here {
                lines[place.line].sources.append(brief.id)
              } else {
                stories[place.story].story.events[place.event].sentences[place.line].sources
                  .append(brief.id)
                if eventSources[place.story][place.event].insert(brief.id).inserted {
                  stories[place.story].story.events[place.event].sources.append(brief.id)
                }
              }
            }
          }
        }
        stories[storyIndex].story.events[eventIndex].sentences = lines
      }
    }
    // An event whose every article is cited at lines of other events (all its facts were
    // told there, and those events list its articles) is folded into them rather than shown
    // with no lines; one with an article cited nowhere (no line within `--max-chars`) stays. A
    // story keeps its place, so each line still comes before the lines that repeat it.
    let citedAnywhere = Set(cited.joined())
    let shown = stories.map(\.story).compactMap { story -> Digest.Story? in
      var story = story
      story.events.removeAll { event in
        event.sentences.isEmpty && event.sources.allSatisfy(citedAnywhere.contains)
      }
      return story.events.isEmpty ? nil : story
    }
    let note = briefs.lazy.compactMap(\.translationNote).first
    return Digest(stories: shown, articleCount: briefs.count, translationNote: note)
  }

  /// Kept digest lines a term may propose as restatement candidates (see `FactDeduplicator`).
  static let maxFactPostingLength = 500

  /// Events of a story tried for each article, the latest first (see `EventGrouper`).
  static let maxCandidateEvents = 16

  /// Articles of an event compared with an article that may join it, its latest (see
  /// `EventGrouper`); the largest event of the 10,000-article benchmark corpus has 3.
  static let maxComparedMembers = 64

  /// Stories by first event date (undated last), then title, then first source.
  static func storyPrecedes(_ a: Digest.Story, _ b: Digest.Story) -> Bool {
    let x = a.events.first?.date
    let y = b.events.first?.date
    switch (x, y) {
    case (nil, .some): return false
    case (.some, nil): return true
    case (.some(let p), .some(let q)) where p != q: return p < q
    default:
      return (a.title, a.events.first?.sources.first ?? "")
        < (b.title, b.events.first?.sources.first ?? "")
    }
  }
}

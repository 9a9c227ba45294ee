/// Scores sentence segments and selects the key ones for a brief.
///
/// Each content term of the article gets a salience, the chance that a short summary holds it,
/// from where and how often it occurs and whether the headline has it (`TermSalience`); the
/// brief is the set of sentences that holds the most salience per word (`CoverageSelection`).
/// Near-duplicates (a teaser repeated in the body) are never both chosen, and a pronoun-subject
/// sentence gives way to an equivalent explicit one. A sentence's score is its own salience per
/// word, relative to the article's best. Pure and deterministic; ties go to the earlier
/// sentence.
public struct SentenceSelector: Sendable {
  /// The language of the sentences: picks stop words, stemmer and anaphoric openers.
  public let language: Language
  /// Weights and thresholds.
  public let configuration: Configuration

  public init(language: Language) {
    self.init(language: language, configuration: Configuration())
  }

  public init(language: Language, configuration: Configuration) {
    self.language = language
    self.configuration = configuration
  }

  /// The `count` best sentences of `segments` (only `.sentence` segments are candidates), without
  /// near-duplicates, returned in document order.
  ///
  /// At most `count` sentences; none when `count` is 0 or there are no sentences.
  public func select(from segments: [Segment], title: String?, count: Int) -> [ScoredSentence] {
    select(from: segments, title: title, limit: SelectionLimit(count: count))
  }

  /// The best sentences of `segments` within `limit` (only `.sentence` segments are
  /// candidates), without near-duplicates, returned in document order.
  ///
  /// Under a character limit a sentence that does not fit is skipped, never cut.
  public func select(from segments: [Segment], title: String?, limit: SelectionLimit)
    -> [ScoredSentence]
  {
    choose(segments, analyze(segments, title: title), limit)
  }

  private func choose(_ segments: [Segment], _ analysis: Analysis, _ limit: SelectionLimit)
    -> [ScoredSentence]
  {
    if let count = limit.count, count <= 0 { return [] }
    let count = limit.maxSentences(of: analysis.profiles.count)
    guard count > 0 else { return [] }
    let lengths =
      limit.maxCharacters == nil
      ? []
      : analysis.profiles.map {
        MarkupStripper.plainText(segments[$0.segmentIndex].text).count
      }
    let chosen = analysis.selection.choose(
      count: count, lengths: lengths, budget: limit.maxCharacters)
    return chosen.sorted().map { analysis.scored(segments, $0) }
  }

  /// The key sentences within `limit` (as `select(from:title:limit:)`) together with the
  /// article's `keyTermCount` most frequent content terms (stemmed, spelling variants folded;
  /// the headline's terms count twice; numbers and words common to all news left out:
  /// `GenericKeyTerms`), most frequent first, ties to the term met first.
  ///
  /// The terms let the digest group articles into stories without the article's text.
  public func selection(
    from segments: [Segment], title: String?, limit: SelectionLimit, keyTermCount: Int
  ) -> (sentences: [ScoredSentence], keyTerms: [String]) {
    let analysis = analyze(segments, title: title)
    return (
      choose(segments, analysis, limit),
      analysis.keyTerms(count: keyTermCount, leaving: GenericKeyTerms.terms(for: language))
    )
  }

  /// For each sentence segment: 2 for a pronoun-like opener, 1 for a weak one, 0 for none (for
  /// tuning).
  func openerStrengths(from segments: [Segment]) -> [Int] {
    var vocabulary: [String: Int] = [:]
    return SentenceProfile.profiles(
      of: segments, analyzer: TermAnalyzer(language: language), vocabulary: &vocabulary
    ).map {
      switch $0.opener {
      case .none: 0
      case .weak: 1
      case .pronoun, .demonstrative, .article: 2
      }
    }
  }

  /// What selection sees of an article (for tuning): the `TermSalience` feature rows of its
  /// terms by id, whether each term is among `reference`'s terms, each sentence's distinct term
  /// ids, and the term of each id.
  func termTable(from segments: [Segment], reference: String) -> (
    features: [[Double]], labels: [Bool], sentenceTerms: [[Int]], strings: [String]
  ) {
    let analysis = analyze(segments, title: nil)
    let inReference = Set(
      TermAnalyzer(language: language).terms(in: reference).compactMap {
        analysis.vocabulary[SpellingVariants.fold($0)]
      })
    return (
      TermSalience.features(of: analysis.profiles, names: analysis.vocabulary.names),
      analysis.vocabulary.names.indices.map(inReference.contains), analysis.profiles.map(\.termSet),
      analysis.vocabulary.names
    )
  }

  /// Every sentence segment of `segments` with its score, in document order.
  public func score(from segments: [Segment], title: String?) -> [ScoredSentence] {
    let analysis = analyze(segments, title: title)
    return analysis.profiles.indices.map { analysis.scored(segments, $0) }
  }

  /// Profiles, term salience and scores of the sentence segments.
  private func analyze(_ segments: [Segment], title: String?) -> Analysis {
    let analyzer = TermAnalyzer(language: language)
    var vocabulary = TermVocabulary()
    let profiles = SentenceProfile.profiles(
      of: segments, analyzer: analyzer, vocabulary: &vocabulary)
    let titleList = (title.map(analyzer.terms(in:)) ?? []).map(SpellingVariants.fold)
    let titleTerms = Set(titleList)
    let salience = TermSalience.probabilities(
      features: TermSalience.features(of: profiles, names: vocabulary.names),
      titleTerms: Set(titleTerms.compactMap { vocabulary[$0] }),
      model: configuration.termModel)
    let selection = CoverageSelection(
      configuration: configuration, profiles: profiles, salience: salience)
    return Analysis(
      selection: selection, scores: selection.densities(), vocabulary: vocabulary,
      titleTerms: titleList)
  }

  /// One article's sentences ready for selection (their profiles and the salience of every term
  /// id) and their scores (same indices as the profiles).
  private struct Analysis {
    var selection: CoverageSelection
    var scores: [Double]
    var profiles: [SentenceProfile] { selection.profiles }
    var vocabulary: TermVocabulary
    var titleTerms: [String]

    /// The `count` most frequent terms (headline terms twice), ties to the earlier term,
    /// leaving out `generic` terms, numbers and short words (`GenericKeyTerms`).
    func keyTerms(count: Int, leaving generic: Set<String>) -> [String] {
      var names = vocabulary.names
      var frequency = [Int](repeating: 0, count: names.count)
      for profile in profiles {
        for term in profile.terms { frequency[term] += 1 }
      }
      for term in titleTerms {
        if let id = vocabulary[term] {
          frequency[id] += 2
        } else {
          names.append(term)
          frequency.append(2)
        }
      }
      var seen = Set<String>()
      var chosen: [String] = []
      for index in names.indices.sorted(by: { (frequency[$0], -$0) > (frequency[$1], -$1) }) {
        guard chosen.count < count else { break }
        let name = names[index]
        guard !generic.contains(name), !GenericKeyTerms.isNumber(name),
          !GenericKeyTerms.isTooShort(
            name, isCapitalized: { profiles.contains { $0.capitalizedTerms.contains(index) } })
        else { continue }
        if seen.insert(name).inserted { chosen.append(name) }
      }
      return chosen
    }

    func scored(_ segments: [Segment], _ index: Int) -> ScoredSentence {
      let profile = profiles[index]
      return ScoredSentence(
        segmentIndex: profile.segmentIndex, sentenceIndex: profile.sentenceIndex,
        segment: segments[profile.segmentIndex], score: scores[index])
    }
  }
}

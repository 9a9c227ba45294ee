/// Scores sentence segments and selects the key ones for a brief.
///
/// A sentence's score combines LexRank centrality, a lead-position prior, overlap with the
/// headline and with recurring named entities (weights in `Configuration`), scaled down for
/// very short or long sentences and for anaphoric openers (`Er`, `Dies`, `They`). Selection
/// is greedy MMR: near-duplicates (a teaser repeated in the body) are never both chosen, and
/// a pronoun-subject sentence gives way to an equivalent explicit one. Pure and
/// deterministic; ties go to the earlier sentence.
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
    guard count > 0 else { return [] }
    let analysis = analyze(segments, title: title)
    let chosen = RedundancyFilter(configuration: configuration)
      .choose(count: count, profiles: analysis.profiles, scores: analysis.scores)
    return chosen.sorted().map { analysis.scored(segments, $0) }
  }

  /// Every sentence segment of `segments` with its score, in document order.
  public func score(from segments: [Segment], title: String?) -> [ScoredSentence] {
    let analysis = analyze(segments, title: title)
    return analysis.profiles.indices.map { analysis.scored(segments, $0) }
  }

  /// Profiles and combined scores of the sentence segments.
  private func analyze(_ segments: [Segment], title: String?) -> Analysis {
    let analyzer = TermAnalyzer(language: language)
    var vocabulary: [String: Int] = [:]
    let profiles = SentenceProfile.profiles(
      of: segments, analyzer: analyzer, vocabulary: &vocabulary)
    let titleTerms = Set(title.map(analyzer.terms(in:)) ?? [])
    let features = SentenceFeatures(
      profiles: profiles, titleTerms: Set(titleTerms.compactMap { vocabulary[$0] }),
      titleTermCount: titleTerms.count, vocabularySize: vocabulary.count,
      configuration: configuration)
    return Analysis(profiles: profiles, scores: features.combinedScores())
  }

  /// The profiles of one article's sentences and their scores (same indices).
  private struct Analysis {
    var profiles: [SentenceProfile]
    var scores: [Double]

    func scored(_ segments: [Segment], _ index: Int) -> ScoredSentence {
      let profile = profiles[index]
      return ScoredSentence(
        segmentIndex: profile.segmentIndex, sentenceIndex: profile.sentenceIndex,
        segment: segments[profile.segmentIndex], score: scores[index])
    }
  }
}

/// Chooses a brief's sentences by how much of the article's salient content they hold per word.
///
/// The value of a set of sentences is the salience of the distinct terms they hold (a term held
/// twice counts once) over their cost in words plus `lengthAllowance`: an estimate of ROUGE-1 F1
/// against a short summary. A direct quote costs more than its words (`quoteFactor`), and so
/// does a sentence that opens with an anaphor (`Er`, `Diese Entscheidung`: `pronounFactor`,
/// `weakOpenerFactor`) unless the sentence before it is chosen too: alone, its referent is
/// missing for a reader of the brief; right after its antecedent, it reads as in the article.
/// Sentences are added greedily, each time the one that most raises the value (ties: the earlier
/// sentence); then, for briefs of up to `maxSwapCount` sentences, a chosen sentence is swapped
/// for one not chosen while that raises the value (on the teaser set within 0.05 R1 of trying
/// every 3-sentence combination). Candidates are the first `leadWindow` sentences while
/// they can fill the brief, else all. Near-duplicates are never both chosen, a sentence that
/// does not fit the character budget is skipped (never cut), and a chosen sentence that opens
/// with a pronoun gives way to an explicit near-copy of it. Fragments are chosen only when the
/// other sentences cannot fill the brief: a sentence that ends in a colon, a question mark or
/// no final punctuation, or is very short (`minimumWords`), and a short one (`minimumWordsAlone`) unless the sentence
/// before it is chosen, where it reads as in the article (`Der Hubschrauber wurde beschossen.
/// 18 Menschen verschleppt.`). A sentence that opens a quote it does not close (`„Wir kennen
/// uns gut.`) is chosen only with the sentence after it, and the tail of a quote with nothing
/// after its closing mark (`Also keine Bewertungen, nur Danke.“`) only with the sentence before
/// it: never alone, not even to fill a character budget; a quote of just these two parts joins
/// whole.
struct CoverageSelection {
  /// Briefs of more sentences are chosen greedily only (the swaps cost about count² × article).
  static let maxSwapCount = 12

  let configuration: SentenceSelector.Configuration
  let profiles: [SentenceProfile]
  /// Salience of every term id.
  let salience: [Double]

  /// Tells near-duplicates of chosen sentences.
  var filter: RedundancyFilter { RedundancyFilter(configuration: configuration) }

  /// The cost of every profile in words when the sentence before it is not chosen: its word
  /// count, more for a direct quote or an anaphoric opener.
  let costs: [Double]
  /// The cost of every profile when the sentence before it is chosen: its anaphoric opener
  /// costs nothing then.
  let resolvedCosts: [Double]
  /// Whether each profile is a fragment whatever else is chosen: shorter than `minimumWords`,
  /// or ending in a colon or question mark.
  let isFragment: [Bool]
  /// Whether each profile is shorter than `minimumWordsAlone`.
  let isShort: [Bool]

  init(
    configuration: SentenceSelector.Configuration, profiles: [SentenceProfile],
    salience: [Double]
  ) {
    self.configuration = configuration
    self.profiles = profiles
    self.salience = salience
    resolvedCosts = profiles.map { profile in
      Double(profile.wordCount)
        / max(1 - (1 - configuration.quoteFactor) * profile.quoteShare, 1e-6)
    }
    costs = zip(profiles, resolvedCosts).map { profile, cost in
      let opener = profile.opener ?? (profile.continuesQuote ? .pronoun : nil)
      return cost / max(Self.openerFactor(opener, configuration), 1e-6)
    }
    isFragment = profiles.map { $0.wordCount < configuration.minimumWords || $0.isOpenEnded }
    isShort = profiles.map { $0.wordCount < configuration.minimumWordsAlone }
  }

  /// The cost of profile `index` given which profiles are chosen: `resolvedCosts` when the
  /// sentence before it is chosen (headings and boilerplate between do not count), else `costs`.
  func cost(of index: Int, isChosen: (Int) -> Bool) -> Double {
    index > 0 && isChosen(index - 1) ? resolvedCosts[index] : costs[index]
  }

  /// The factor on the cost of a sentence that opens with an anaphor (`Er`, `Diese Entscheidung`):
  /// its cost is divided by it.
  static func openerFactor(
    _ opener: AnaphoricOpeners.Strength?, _ configuration: SentenceSelector.Configuration
  ) -> Double {
    switch opener {
    case .none: 1
    case .pronoun, .demonstrative, .article: configuration.pronounFactor
    case .weak: configuration.weakOpenerFactor
    }
  }

  /// Every profile's salience per word alone, scaled so that the article's best is 1 (0 for
  /// all when no sentence holds a salient term).
  func densities() -> [Double] {
    let raw = zip(profiles, costs).map { profile, cost in
      profile.termSet.reduce(0) { $0 + salience[$1] } / (cost + configuration.lengthAllowance)
    }
    let top = raw.max() ?? 0
    return top > 0 ? raw.map { $0 / top } : raw.map { _ in 0 }
  }

  /// The value of a set of sentences (indices into `profiles`): the salience of the distinct
  /// terms they hold over their cost plus `lengthAllowance`.
  func value(of chosen: [Int]) -> Double {
    var covered = Set<Int>()
    for i in chosen { covered.formUnion(profiles[i].termSet) }
    let members = Set(chosen)
    return covered.reduce(0) { $0 + salience[$1] }
      / (chosen.reduce(0) { $0 + cost(of: $1, isChosen: members.contains) }
        + configuration.lengthAllowance)
  }

  /// Indices (into `profiles`) of at most `count` chosen sentences, in document order.
  ///
  /// With a `budget`, the chosen sentences' `lengths` (characters of every profile's sentence)
  /// add up to at most it.
  func choose(count: Int, lengths: [Int] = [], budget: Int? = nil) -> [Int] {
    guard count > 0, !profiles.isEmpty else { return [] }
    var state = State(selection: self, lengths: lengths, budget: budget)
    let window = min(profiles.count, max(0, configuration.leadWindow))
    state.fill(count: count, from: 0..<window, fragments: false)
    let pool = state.chosen.count == count ? 0..<window : 0..<profiles.count
    state.fill(count: count, from: pool, fragments: false)
    state.fill(count: count, from: pool, fragments: true)
    if count <= Self.maxSwapCount { state.swap(within: pool) }
    state.preferExplicit()
    return state.chosen.sorted()
  }
}

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
/// 18 Menschen verschleppt.`).
struct CoverageSelection {
  /// Briefs of more sentences are chosen greedily only (the swaps cost about count² × article).
  static let maxSwapCount = 12

  let configuration: SentenceSelector.Configuration
  let profiles: [SentenceProfile]
  /// Salience of every term id.
  let salience: [Double]

  private var filter: RedundancyFilter { RedundancyFilter(configuration: configuration) }

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

  /// A selection being built: the chosen sentences and how many of them hold each term.
  private struct State {
    let selection: CoverageSelection
    /// Characters of every profile's sentence (only read with a budget).
    let lengths: [Int]
    /// At most this many characters in all, when set.
    let budget: Int?
    var chosen: [Int] = []
    var isChosen: [Bool]
    var holders: [Int]
    var covered = 0.0
    var cost = 0.0
    var characters = 0

    init(selection: CoverageSelection, lengths: [Int], budget: Int?) {
      self.selection = selection
      self.lengths = lengths
      self.budget = budget
      isChosen = [Bool](repeating: false, count: selection.profiles.count)
      holders = [Int](repeating: 0, count: selection.salience.count)
    }

    var profiles: [SentenceProfile] { selection.profiles }

    var value: Double { value(covered: covered, cost: cost) }

    func value(covered: Double, cost: Double) -> Double {
      covered / (cost + selection.configuration.lengthAllowance)
    }

    /// Whether `candidate` may join the chosen sentences: no near-duplicate of them, and within
    /// the budget.
    func admits(_ candidate: Int) -> Bool {
      fits(candidate)
        && !chosen.contains {
          selection.filter.areNearDuplicates(profiles[$0], profiles[candidate])
        }
    }

    /// Whether `candidate` fits in what is left of the budget.
    func fits(_ candidate: Int) -> Bool {
      budget.map { characters + lengths[candidate] <= $0 } ?? true
    }

    /// Salience that `candidate` would add.
    func gain(_ candidate: Int) -> Double {
      profiles[candidate].termSet.reduce(0) { holders[$1] == 0 ? $0 + selection.salience[$1] : $0 }
    }

    /// Cost that `index`, not chosen, would add: its own, and what it saves the sentence after
    /// it when that is chosen and opens with an anaphor.
    func addedCost(_ index: Int) -> Double {
      var added = selection.cost(of: index) { isChosen[$0] }
      let next = index + 1
      if next < profiles.count, isChosen[next] {
        added += selection.resolvedCosts[next] - selection.costs[next]
      }
      return added
    }

    mutating func add(_ index: Int) {
      covered += gain(index)
      cost += addedCost(index)
      for term in profiles[index].termSet { holders[term] += 1 }
      characters += budget == nil ? 0 : lengths[index]
      isChosen[index] = true
      chosen.append(index)
    }

    mutating func remove(_ index: Int) {
      chosen.removeAll { $0 == index }
      isChosen[index] = false
      characters -= budget == nil ? 0 : lengths[index]
      for term in profiles[index].termSet { holders[term] -= 1 }
      covered = chosen.isEmpty ? 0 : covered - gain(index)
      cost = chosen.isEmpty ? 0 : cost - addedCost(index)
    }

    /// The value with `candidate` added.
    func valueAdding(_ candidate: Int) -> Double {
      value(covered: covered + gain(candidate), cost: cost + addedCost(candidate))
    }

    /// Whether `candidate` is no fragment as things stand: not `isFragment`, and not short
    /// unless the sentence before it is chosen.
    func isWhole(_ candidate: Int) -> Bool {
      !selection.isFragment[candidate]
        && (!selection.isShort[candidate] || (candidate > 0 && isChosen[candidate - 1]))
    }

    /// Whether the chosen `member` may leave: no short sentence chosen after it needs it.
    func mayLeave(_ member: Int) -> Bool {
      let next = member + 1
      return next >= profiles.count || !isChosen[next] || !selection.isShort[next]
    }

    /// Adds the best admissible candidate of `pool` (fragments only when `fragments`) until
    /// there are `count` or none is left.
    mutating func fill(count: Int, from pool: Range<Int>, fragments: Bool) {
      guard chosen.count < count else { return }
      // Near-duplicates of a chosen sentence leave the pool once, so a long brief costs
      // count × pool, not count² × pool.
      var open = pool.filter { !isChosen[$0] && admits($0) }
      while chosen.count < count {
        var best: (index: Int, value: Double)?
        for i in open where fits(i) && (fragments || isWhole(i)) {
          let v = valueAdding(i)
          if best.map({ v > $0.value }) ?? true { best = (i, v) }
        }
        guard let winner = best?.index else { return }
        add(winner)
        open.removeAll {
          $0 == winner || selection.filter.areNearDuplicates(profiles[winner], profiles[$0])
        }
      }
    }

    /// Swaps a chosen sentence for one of `pool`, not a fragment, while that raises the value.
    ///
    /// First improvement, chosen sentences and candidates in document order. A sentence that a
    /// chosen short one after it needs stays.
    mutating func swap(within pool: Range<Int>) {
      var improved = true
      var rounds = 0
      while improved, rounds < 4 * max(1, chosen.count) {
        improved = false
        rounds += 1
        let current = value
        search: for member in chosen.sorted() where mayLeave(member) {
          remove(member)
          for candidate in pool
          where candidate != member && !isChosen[candidate] && isWhole(candidate) {
            guard valueAdding(candidate) > current + 1e-12, admits(candidate) else { continue }
            add(candidate)
            improved = true
            break search
          }
          add(member)
        }
      }
    }

    /// Replaces each chosen sentence that opens with an unresolved pronoun (the sentence before it
    /// is not chosen) by its most similar explicit near-copy not chosen (ties: the earlier
    /// sentence), when one is admissible.
    mutating func preferExplicit() {
      for member in chosen
      where (profiles[member].opener == .pronoun || profiles[member].continuesQuote)
        && !(member > 0 && isChosen[member - 1]) && mayLeave(member)
      {
        remove(member)
        var best: (index: Int, similarity: Double)?
        for i in profiles.indices
        where i != member && !isChosen[i] && profiles[i].opener == nil
          && !profiles[i].continuesQuote && isWhole(i)
        {
          // Only a near-copy stands in: sharing the final verb and a term is not enough.
          guard selection.filter.areNearCopies(profiles[member], profiles[i]), admits(i)
          else { continue }
          let similarity = profiles[member].setCosine(profiles[i])
          if best.map({ similarity > $0.similarity }) ?? true { best = (i, similarity) }
        }
        add(best?.index ?? member)
      }
    }
  }
}

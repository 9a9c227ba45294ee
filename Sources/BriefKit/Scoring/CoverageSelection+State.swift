/// The state of one selection: the chosen sentences and what they hold, grown greedily, then
/// improved by swaps (see `CoverageSelection`).
extension CoverageSelection {
  /// A selection being built: the chosen sentences and how many of them hold each term.
  struct State {
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

    /// Whether `candidate` is no fragment as things stand: not `isFragment`, not short unless
    /// the sentence before it is chosen, and `hasItsRest`.
    func isWhole(_ candidate: Int) -> Bool {
      !selection.isFragment[candidate] && hasItsRest(candidate)
        && (!selection.isShort[candidate] || (candidate > 0 && isChosen[candidate - 1]))
    }

    /// Whether `candidate` may be chosen at all as things stand: the first part of a quote
    /// only when the sentence after it is chosen, the tail of one only when the sentence before
    /// it is.
    func hasItsRest(_ candidate: Int) -> Bool {
      (!profiles[candidate].opensQuote
        || (candidate + 1 < profiles.count && isChosen[candidate + 1]))
        && (!profiles[candidate].isQuoteTail || (candidate > 0 && isChosen[candidate - 1]))
    }

    /// Whether the chosen `member` may leave: no short sentence or quote tail chosen after it,
    /// and no first part of a quote chosen before it, needs it.
    func mayLeave(_ member: Int) -> Bool {
      let next = member + 1
      let previous = member - 1
      return
        (next >= profiles.count || !isChosen[next]
        || !selection.isShort[next] && !profiles[next].isQuoteTail)
        && (previous < 0 || !isChosen[previous] || !profiles[previous].opensQuote)
    }

    /// Adds the best admissible candidate of `pool` (fragments only when `fragments`) until
    /// there are `count` or none is left.
    mutating func fill(count: Int, from pool: Range<Int>, fragments: Bool) {
      guard chosen.count < count else { return }
      // Near-duplicates of a chosen sentence leave the pool once, so a long brief costs
      // count × pool, not count² × pool.
      var open = pool.filter { !isChosen[$0] && admits($0) }
      while chosen.count < count {
        var best: (index: Int, value: Double, withTail: Bool)?
        for i in open where fits(i) && (fragments ? hasItsRest(i) : isWhole(i)) {
          let v = valueAdding(i)
          if best.map({ v > $0.value }) ?? true { best = (i, v, false) }
        }
        // A quote of two parts, neither of which may stand alone, joins as one.
        for i in open where joinsWithTail(i, count: count, fragments: fragments) {
          let v = valueAddingWithTail(i)
          if best.map({ v > $0.value }) ?? true { best = (i, v, true) }
        }
        guard let winner = best else { return }
        let added = winner.withTail ? [winner.index, winner.index + 1] : [winner.index]
        for index in added { add(index) }
        open.removeAll { candidate in
          added.contains {
            $0 == candidate
              || selection.filter.areNearDuplicates(profiles[$0], profiles[candidate])
          }
        }
      }
    }

    /// Whether the first part of a quote at `first` may join together with the tail after it
    /// (`„Wir kennen uns gut.` / `Er ist ein sehr guter Typ.“`): both admissible and within the
    /// budget, room for two more sentences, and no fragment among them unless `fragments`.
    func joinsWithTail(_ first: Int, count: Int, fragments: Bool) -> Bool {
      let second = first + 1
      guard profiles[first].opensQuote, second < profiles.count, profiles[second].isQuoteTail,
        !isChosen[second], chosen.count + 2 <= count, admits(second),
        !selection.filter.areNearDuplicates(profiles[first], profiles[second]),
        budget.map({ characters + lengths[first] + lengths[second] <= $0 }) ?? true
      else { return false }
      return fragments
        || !selection.isFragment[first] && !selection.isFragment[second]
          && (!selection.isShort[first] || (first > 0 && isChosen[first - 1]))
    }

    /// The value with the first part of a quote at `first` and its tail added together.
    func valueAddingWithTail(_ first: Int) -> Double {
      let second = first + 1
      var gained = gain(first)
      for term in profiles[second].termSet
      where holders[term] == 0 && !profiles[first].termSet.contains(term) {
        gained += selection.salience[term]
      }
      // The tail costs its words alone after its first part, and resolves what follows it.
      var added = addedCost(first) + selection.resolvedCosts[second]
      let after = second + 1
      if after < profiles.count, isChosen[after] {
        added += selection.resolvedCosts[after] - selection.costs[after]
      }
      return value(covered: covered + gained, cost: cost + added)
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

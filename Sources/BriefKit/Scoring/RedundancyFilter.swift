/// Greedy MMR selection without near-duplicates.
///
/// Each round takes the candidate with the highest `score - redundancyWeight * maxSimilarity`
/// to the sentences already chosen (ties: the earlier sentence), skipping near-duplicates of
/// chosen ones. When the winner opens with a pronoun subject and an explicit near-copy
/// of it exists, the explicit one is taken instead.
struct RedundancyFilter {
  let configuration: SentenceSelector.Configuration

  /// Whether two sentences say the same thing: term-set cosine or containment at their
  /// thresholds, or (German) the same final verb and enough other shared content terms, as a
  /// teaser and the body's opening put the same event in other words ("Ein … Treffen zwischen
  /// Washington und Moskau wurde abrupt verschoben." / "Die Vereinigten Staaten haben ein
  /// entscheidendes Treffen … verschoben.").
  func areNearDuplicates(_ a: SentenceProfile, _ b: SentenceProfile) -> Bool {
    areNearCopies(a, b) || restateOneEvent(a, b)
  }

  /// Whether the two term sets nearly match (cosine or containment at their thresholds).
  private func areNearCopies(_ a: SentenceProfile, _ b: SentenceProfile) -> Bool {
    a.setCosine(b) >= configuration.duplicateCosine
      || a.containment(b) >= configuration.duplicateContainment
  }

  private func restateOneEvent(_ a: SentenceProfile, _ b: SentenceProfile) -> Bool {
    guard let needed = configuration.duplicateFinalVerbTerms, let verb = a.finalVerb,
      verb == b.finalVerb
    else { return false }
    return a.sharedTerms(b) - 1 >= needed
  }

  /// Indices (into `profiles`) of at most `count` chosen sentences, in the order chosen.
  ///
  /// With a `budget`, a sentence is taken only while its `lengths` entry fits in what is left
  /// of it; one that does not fit is skipped (never cut) and smaller ones may still follow.
  func choose(
    count: Int, profiles: [SentenceProfile], scores: [Double], lengths: [Int] = [],
    budget: Int? = nil
  ) -> [Int] {
    var chosen: [Int] = []
    var open = Set(profiles.indices)
    var left = budget ?? Int.max
    while chosen.count < count {
      var best: (index: Int, value: Double)?
      for i in open.sorted() {
        if chosen.contains(where: { areNearDuplicates(profiles[$0], profiles[i]) })
          || (budget != nil && lengths[i] > left)
        {
          open.remove(i)
          continue
        }
        let overlap = chosen.map { profiles[$0].setCosine(profiles[i]) }.max() ?? 0
        let value = scores[i] - configuration.redundancyWeight * overlap
        if best.map({ value > $0.value }) ?? true { best = (i, value) }
      }
      guard let winner = best?.index else { break }
      var pick = explicitEquivalent(of: winner, profiles: profiles, open: open, chosen: chosen)
      if budget != nil, lengths[pick] > left { pick = winner }
      left -= budget == nil ? 0 : lengths[pick]
      chosen.append(pick)
      open.remove(pick)
      open.remove(winner)
    }
    return chosen
  }

  /// `winner`, or, when it opens with a pronoun, the most similar explicit near-copy of it still
  /// open (ties: the earlier sentence).
  private func explicitEquivalent(
    of winner: Int, profiles: [SentenceProfile], open: Set<Int>, chosen: [Int]
  ) -> Int {
    guard profiles[winner].opener == .pronoun else { return winner }
    var best: (index: Int, similarity: Double)?
    for i in open.sorted() where i != winner && profiles[i].opener == nil {
      // Only a near-copy stands in: sharing the final verb and a term is not enough to swap.
      guard areNearCopies(profiles[winner], profiles[i]) else { continue }
      let similarity = profiles[winner].setCosine(profiles[i])
      if best.map({ similarity > $0.similarity }) ?? true { best = (i, similarity) }
    }
    return best?.index ?? winner
  }
}

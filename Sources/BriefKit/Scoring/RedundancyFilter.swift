/// Whether two sentences say the same thing, so that a brief never holds both.
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
  func areNearCopies(_ a: SentenceProfile, _ b: SentenceProfile) -> Bool {
    a.setCosine(b) >= configuration.duplicateCosine
      || a.containment(b) >= configuration.duplicateContainment
  }

  private func restateOneEvent(_ a: SentenceProfile, _ b: SentenceProfile) -> Bool {
    guard let needed = configuration.duplicateFinalVerbTerms, let verb = a.finalVerb,
      verb == b.finalVerb
    else { return false }
    return a.sharedTerms(b) - 1 >= needed
  }
}

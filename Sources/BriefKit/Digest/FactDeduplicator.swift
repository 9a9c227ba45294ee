/// Keeps each fact once across the digest: a sentence whose terms nearly repeat a sentence
/// already kept (term-set cosine or containment at their thresholds) is dropped; the same
/// sentence verbatim from another article adds that article to the kept line's sources.
///
/// Sentences are offered in digest order, so the earliest telling of a fact stays. Candidates
/// come from an inverted index over the kept sentences' terms (lists longer than
/// `maxPostingLength` skipped), not from all pairs.
struct FactDeduplicator {
  /// Near-duplicate when the cosine of the two term sets reaches this.
  let duplicateCosine: Double
  /// Near-duplicate when this share of the smaller term set (at least `minTerms`) is in the other.
  let duplicateContainment: Double
  /// Fewer distinct terms than this make containment meaningless.
  let minTerms: Int
  /// Terms in more kept sentences than this do not propose candidates.
  let maxPostingLength: Int

  private var kept: [(text: String, terms: [Int])] = []
  private var postings: [Int: [Int]] = [:]
  private var ids: [String: Int] = [:]

  init(duplicateCosine: Double, duplicateContainment: Double, minTerms: Int, maxPostingLength: Int)
  {
    self.duplicateCosine = duplicateCosine
    self.duplicateContainment = duplicateContainment
    self.minTerms = minTerms
    self.maxPostingLength = maxPostingLength
  }

  /// What happens to an offered sentence.
  enum Verdict: Equatable {
    /// A new fact: keep it (its number among the kept sentences).
    case new(Int)
    /// The same text as kept sentence number n: cite this source there too.
    case same(Int)
    /// A near-duplicate of a kept sentence: drop it.
    case repeated
  }

  /// Offers `text` with its content `terms`; records it when it is new.
  mutating func offer(_ text: String, terms: [String]) -> Verdict {
    var interned = Set<Int>()
    for term in terms { interned.insert(intern(term)) }
    let set = interned.sorted()
    var candidates = Set<Int>()
    for term in set {
      guard let list = postings[term], list.count <= maxPostingLength else { continue }
      candidates.formUnion(list)
    }
    for candidate in candidates.sorted() {
      if kept[candidate].text == text { return .same(candidate) }
      if isNearDuplicate(set, kept[candidate].terms) { return .repeated }
    }
    kept.append((text, set))
    for term in set { postings[term, default: []].append(kept.count - 1) }
    return .new(kept.count - 1)
  }

  private mutating func intern(_ term: String) -> Int {
    if let id = ids[term] { return id }
    ids[term] = ids.count
    return ids.count - 1
  }

  private func isNearDuplicate(_ a: [Int], _ b: [Int]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let cosine = Double(shared) / (Double(a.count) * Double(b.count)).squareRoot()
    let smaller = min(a.count, b.count)
    let containment = smaller >= minTerms ? Double(shared) / Double(smaller) : 0
    return cosine >= duplicateCosine || containment >= duplicateContainment
  }
}

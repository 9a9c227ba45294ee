/// Groups articles into stories: single-link clusters of articles whose key-term vectors are
/// similar, found through an inverted index rather than by comparing all pairs.
///
/// Candidates for an article are the articles sharing a key term whose posting list is at most
/// `maxPostingLength` long (longer lists belong to terms too common to tell stories apart), so
/// the work grows with the number of articles times that cap. Deterministic: clusters are
/// returned ordered by their first member, members in input order.
struct StoryClusterer: Sendable {
  /// Two articles are linked when the cosine of their IDF-weighted key terms reaches this.
  let threshold: Double
  /// Two linked articles also share at least this many key terms.
  let minSharedTerms: Int
  /// Terms held by more articles than this are not used to find candidates.
  let maxPostingLength: Int

  /// The clusters of article indices `0..<weights.terms.count`.
  func clusters(_ weights: TermWeights) -> [[Int]] {
    let count = weights.terms.count
    var postings = [[Int]](repeating: [], count: weights.idf.count)
    for (article, terms) in weights.terms.enumerated() {
      for term in terms { postings[term].append(article) }
    }
    var parent = Array(0..<count)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    var seen = [Int](repeating: -1, count: count)
    for article in 0..<count {
      for term in weights.terms[article] where postings[term].count <= maxPostingLength {
        // Each pair is considered once, from its earlier article.
        for other in postings[term] where other > article && seen[other] != article {
          seen[other] = article
          // Already in one story (through a third article): a link would change nothing.
          let (a, b) = (root(article), root(other))
          guard a != b else { continue }
          let (cosine, shared) = weights.similarity(article, other)
          guard cosine >= threshold, shared >= minSharedTerms else { continue }
          parent[max(a, b)] = min(a, b)
        }
      }
    }
    var groups: [Int: [Int]] = [:]
    for article in 0..<count { groups[root(article), default: []].append(article) }
    return groups.keys.sorted().compactMap { groups[$0] }
  }
}

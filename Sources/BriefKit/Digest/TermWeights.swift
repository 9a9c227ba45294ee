import Foundation

/// Key-term vectors of a batch of articles: each article's key terms interned as ids with an
/// inverse-document-frequency weight `ln(1 + max(N, minimumCollection) / df)` over the batch.
///
/// `minimumCollection` keeps small batches from calling every shared term common: among five
/// articles about one story, "Lawrow" in all five is still a telling term.
///
/// Shared by story clustering and event grouping. Terms are sorted by id in each vector.
struct TermWeights: Sendable {
  /// Each article's distinct term ids, sorted.
  let terms: [[Int]]
  /// IDF of each term id.
  let idf: [Double]
  /// Number of articles holding each term id.
  let documentFrequency: [Int]
  /// Euclidean norm of each article's IDF-weighted binary vector.
  let norms: [Double]

  init(keyTerms: [[String]], minimumCollection: Int) {
    var ids: [String: Int] = [:]
    var df: [Int] = []
    var terms: [[Int]] = []
    terms.reserveCapacity(keyTerms.count)
    for list in keyTerms {
      var set = Set<Int>()
      for term in list {
        let id: Int
        if let known = ids[term] {
          id = known
        } else {
          id = df.count
          ids[term] = id
          df.append(0)
        }
        if set.insert(id).inserted { df[id] += 1 }
      }
      terms.append(set.sorted())
    }
    let n = Double(max(keyTerms.count, minimumCollection))
    let idf = df.map { Foundation.log1p(n / Double($0)) }
    self.terms = terms
    self.idf = idf
    self.documentFrequency = df
    self.norms = terms.map { list in list.reduce(0) { $0 + idf[$1] * idf[$1] }.squareRoot() }
  }

  /// Cosine of two articles' IDF-weighted binary term vectors and the number of shared terms.
  func similarity(_ a: Int, _ b: Int) -> (cosine: Double, shared: Int) {
    let x = terms[a]
    let y = terms[b]
    var i = 0
    var j = 0
    var dot = 0.0
    var shared = 0
    while i < x.count, j < y.count {
      if x[i] == y[j] {
        dot += idf[x[i]] * idf[x[i]]
        shared += 1
        i += 1
        j += 1
      } else if x[i] < y[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let norm = norms[a] * norms[b]
    return (norm > 0 ? dot / norm : 0, shared)
  }

}

import Foundation

/// The per-sentence features of one article and their combination into a score in [0, 1].
///
/// Every feature is in [0, 1] (see `FeatureRow`); the score is the weighted sum divided by the
/// sum of the weights' magnitudes, clamped to [0, 1], times the length and opener factors.
struct SentenceFeatures {
  let profiles: [SentenceProfile]
  /// Ids of the headline's content terms that occur in the article.
  let titleTerms: Set<Int>
  /// Number of distinct headline terms, including those absent from the article.
  let titleTermCount: Int
  let vocabularySize: Int
  let configuration: SentenceSelector.Configuration

  /// The combined score of every profile, in [0, 1] (see `SentenceSelector.Configuration`).
  func combinedScores() -> [Double] {
    let weights = configuration.featureWeights
    let total = weights.reduce(0) { $0 + abs($1) }
    return zip(profiles, rows()).map { profile, row in
      var sum = 0.0
      for (weight, value) in zip(weights, row.values) where weight != 0 { sum += weight * value }
      var score = total > 0 ? min(1, max(0, sum / total)) : 0
      score *= lengthFactor(profile.wordCount) * openerFactor(profile.opener)
      return min(1, max(0, score))
    }
  }

  /// The feature rows of all profiles, in document order.
  func rows() -> [FeatureRow] {
    let n = profiles.count
    guard n > 0 else { return [] }
    let c = configuration
    let vectors = tfidfVectors()
    let centrality = centralityScores(vectors)
    let centroid = centroidScores(vectors)
    let entities = entityScores()
    let leadCount = min(n, 2)
    return profiles.indices.map { i in
      let profile = profiles[i]
      var row = FeatureRow()
      row.position = 1 / pow(1 + Double(i), c.positionExponent)
      row.lead = i == 0 ? 1 : 0
      row.relativePosition = n > 1 ? Double(i) / Double(n - 1) : 0
      row.centrality = centrality[i]
      row.centroid = centroid[i]
      row.entity = entities[i]
      if titleTermCount > 0 {
        let shared = profile.termSet.filter(titleTerms.contains).count
        row.title = Double(shared) / Double(titleTermCount)
      }
      row.leadSimilarity =
        (0..<leadCount).filter { $0 != i }
        .map { Self.dot(vectors[i], vectors[$0]) }.max() ?? 0
      row.quote = profile.quoteShare
      row.number = profile.hasNumber ? 1 : 0
      row.dateline = profile.hasDateline ? 1 : 0
      row.length = min(1, Double(profile.wordCount) / Double(max(1, 2 * c.maxWords)))
      return row
    }
  }

  private func lengthFactor(_ words: Int) -> Double {
    if words < configuration.minWords { return configuration.shortFactor }
    guard words > configuration.maxWords, configuration.maxWords > 0 else { return 1 }
    return pow(Double(configuration.maxWords) / Double(words), configuration.longExponent)
  }

  private func openerFactor(_ opener: AnaphoricOpeners.Strength?) -> Double {
    switch opener {
    case .none: 1
    case .pronoun, .demonstrative, .article: configuration.pronounFactor
    case .weak: configuration.weakOpenerFactor
    }
  }

  /// Document frequency (number of sentences containing it) of every term.
  private func documentFrequencies() -> [Int] {
    var df = [Int](repeating: 0, count: vocabularySize)
    for profile in profiles {
      for term in profile.termSet { df[term] += 1 }
    }
    return df
  }

  /// A sparse vector: (term id, weight) pairs sorted by term id.
  typealias SparseVector = [(term: Int, weight: Double)]

  /// Unit-length TF-IDF vectors of all sentences, IDF computed within the article.
  private func tfidfVectors() -> [SparseVector] {
    let n = Double(profiles.count)
    let idf = documentFrequencies().map { log((1 + n) / (1 + Double($0))) + 1 }
    return profiles.map { profile in
      // Term frequencies as runs of the sorted terms, so the sum below goes in term order
      // (a sum in dictionary order would differ in its last bits from run to run).
      let terms = profile.terms.sorted()
      var weighted: SparseVector = []
      weighted.reserveCapacity(profile.termSet.count)
      var index = 0
      while index < terms.count {
        let term = terms[index]
        var tf = 0.0
        while index < terms.count, terms[index] == term {
          tf += 1
          index += 1
        }
        weighted.append((term: term, weight: tf * idf[term]))
      }
      let norm = weighted.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
      return weighted.map { (term: $0.term, weight: $0.weight / max(norm, 1e-12)) }
    }
  }

  /// LexRank over TF-IDF cosine similarities of the first `maxSentences` sentences; later
  /// sentences get 0, and all get 0 when the weight is 0.
  private func centralityScores(_ vectors: [SparseVector]) -> [Double] {
    let n = min(vectors.count, max(0, configuration.maxSentences))
    var result = [Double](repeating: 0, count: vectors.count)
    guard n > 0, configuration.centralityWeight != 0 else { return result }
    var similarity = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) {
        let s = Self.dot(vectors[i], vectors[j])
        similarity[i * n + j] = s
        similarity[j * n + i] = s
      }
    }
    let ranks = LexRank.scores(
      similarity: similarity, count: n, threshold: configuration.similarityThreshold,
      damping: configuration.damping, maxIterations: configuration.maxIterations,
      tolerance: configuration.tolerance)
    for i in 0..<n { result[i] = ranks[i] }
    return result
  }

  /// Cosine of each sentence with the article's centroid (sum of all sentence vectors), scaled so
  /// the maximum is 1.
  ///
  /// Linear in the article's size.
  private func centroidScores(_ vectors: [SparseVector]) -> [Double] {
    var centroid = [Double](repeating: 0, count: vocabularySize)
    for vector in vectors {
      for entry in vector { centroid[entry.term] += entry.weight }
    }
    let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard norm > 0 else { return vectors.map { _ in 0 } }
    let raw = vectors.map { vector in
      vector.reduce(0) { $0 + $1.weight * centroid[$1.term] } / norm
    }
    let top = raw.max() ?? 0
    return top > 0 ? raw.map { $0 / top } : raw
  }

  /// Dot product of two sparse vectors sorted by term.
  private static func dot(_ a: SparseVector, _ b: SparseVector) -> Double {
    var i = 0
    var j = 0
    var sum = 0.0
    while i < a.count, j < b.count {
      if a[i].term == b[j].term {
        sum += a[i].weight * b[j].weight
        i += 1
        j += 1
      } else if a[i].term < b[j].term {
        i += 1
      } else {
        j += 1
      }
    }
    return sum
  }

  /// Recurring named entities: terms written capitalised inside a sentence somewhere and
  /// found in at least two sentences, weighted by log(document frequency); scaled to max 1.
  private func entityScores() -> [Double] {
    guard configuration.entityWeight != 0 else { return profiles.map { _ in 0 } }
    var entity = [Bool](repeating: false, count: vocabularySize)
    for profile in profiles {
      for term in profile.capitalizedTerms { entity[term] = true }
    }
    let df = documentFrequencies()
    let raw = profiles.map { profile in
      profile.termSet.reduce(0.0) { sum, term in
        entity[term] && df[term] >= 2 ? sum + log(Double(df[term])) : sum
      }
    }
    let top = raw.max() ?? 0
    return top > 0 ? raw.map { $0 / top } : raw
  }
}

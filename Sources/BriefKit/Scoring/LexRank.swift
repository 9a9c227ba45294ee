/// LexRank centrality (Erkan & Radev 2004): PageRank over the graph of sentences whose
/// similarity reaches a threshold.
enum LexRank {
  /// Stationary scores of the thresholded similarity graph, scaled so the maximum is 1
  /// (all 0 for no sentences).
  ///
  /// - Parameters:
  ///   - similarity: symmetric n×n matrix, row-major.
  ///   - threshold: minimum similarity for an edge (self-loops are ignored).
  ///   - damping: probability of following an edge rather than jumping uniformly.
  static func scores(
    similarity: [Double], count n: Int, threshold: Double, damping: Double,
    maxIterations: Int, tolerance: Double
  ) -> [Double] {
    guard n > 0 else { return [] }
    var neighbours = [[Int]](repeating: [], count: n)
    for i in 0..<n {
      for j in 0..<n where i != j && similarity[i * n + j] >= threshold {
        neighbours[i].append(j)
      }
    }
    let uniform = 1.0 / Double(n)
    var rank = [Double](repeating: uniform, count: n)
    for _ in 0..<max(1, maxIterations) {
      var next = [Double](repeating: (1 - damping) * uniform, count: n)
      var dangling = 0.0
      for i in 0..<n {
        if neighbours[i].isEmpty {
          dangling += rank[i]
          continue
        }
        let share = damping * rank[i] / Double(neighbours[i].count)
        for j in neighbours[i] { next[j] += share }
      }
      let spread = damping * dangling * uniform
      var change = 0.0
      for i in 0..<n {
        next[i] += spread
        change += abs(next[i] - rank[i])
      }
      rank = next
      if change < tolerance { break }
    }
    let top = rank.max() ?? 0
    return top > 0 ? rank.map { $0 / top } : rank
  }
}

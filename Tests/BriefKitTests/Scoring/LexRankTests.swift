import Testing

@testable import BriefKit

@Test func `the hub of a star graph is the most central sentence`() {
  // Sentence 0 is similar to 1, 2 and 3; those are not similar to each other.
  let n = 4
  var similarity = [Double](repeating: 0, count: n * n)
  for j in 1..<n {
    similarity[j] = 0.5
    similarity[j * n] = 0.5
  }
  let scores = LexRank.scores(
    similarity: similarity, count: n, threshold: 0.1, damping: 0.85, maxIterations: 100,
    tolerance: 1e-9)
  #expect(scores[0] == 1)
  #expect(scores[1..<n].allSatisfy { $0 < 1 && abs($0 - scores[1]) < 1e-9 })
}

@Test func `links below the threshold are ignored and isolated sentences tie`() {
  let similarity: [Double] = [1, 0.05, 0.05, 1]
  let scores = LexRank.scores(
    similarity: similarity, count: 2, threshold: 0.1, damping: 0.85, maxIterations: 100,
    tolerance: 1e-9)
  #expect(scores == [1, 1])
  #expect(
    LexRank.scores(
      similarity: [], count: 0, threshold: 0.1, damping: 0.85, maxIterations: 10, tolerance: 0
    ).isEmpty)
}

@Test func `LexRank alone ranks the off-topic sentence lowest`() {
  let input = sentences(article)
  let configuration = SentenceSelector.Configuration(
    centralityWeight: 1, centroidWeight: 0, positionWeight: 0, shortFactor: 1)
  let scored = SentenceSelector(language: .german, configuration: configuration)
    .score(from: input, title: nil)
  let lowest = scored.min { ($0.score, $0.sentenceIndex) < ($1.score, $1.sentenceIndex) }
  #expect(lowest?.sentenceIndex == 4)
}

/// A sentence segment with the selector's score.
public struct ScoredSentence: Sendable, Equatable, Codable {
  /// Position of the segment among all segments of the article (0-based).
  public var segmentIndex: Int
  /// Position among the article's sentence segments only (0-based).
  public var sentenceIndex: Int
  /// The segment as the segmenter returned it.
  public var segment: Segment
  /// The combined score in [0, 1]; higher is more important.
  public var score: Double

  public init(segmentIndex: Int, sentenceIndex: Int, segment: Segment, score: Double) {
    self.segmentIndex = segmentIndex
    self.sentenceIndex = sentenceIndex
    self.segment = segment
    self.score = score
  }
}

/// Scores sentence segments and selects the key ones. STUB: replaced by the scoring stage.
public struct SentenceSelector: Sendable {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  /// The `count` best sentences of `segments` (only `.sentence` segments are candidates),
  /// without near-duplicates, returned in document order.
  public func select(from segments: [Segment], title: String?, count: Int) -> [ScoredSentence] {
    []
  }
}

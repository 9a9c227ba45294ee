/// How long a brief may be: a number of sentences, a share of the article's sentences, a
/// number of characters, or several of these at once (the tightest wins).
public struct SelectionLimit: Sendable, Equatable {
  /// At most this many sentences; nil for no fixed count.
  public var count: Int?
  /// At most this fraction of the article's sentences, rounded to the nearest whole number and
  /// at least 1 (when the article has a sentence); nil for none.
  public var ratio: Double?
  /// At most this many characters (`Character`s of the markup-stripped sentences, added up):
  /// a sentence that does not fit is skipped, never cut;
  /// nil for no character limit.
  public var maxCharacters: Int?

  /// A limit; with every part nil, nothing limits the brief but the article's length.
  public init(count: Int? = nil, ratio: Double? = nil, maxCharacters: Int? = nil) {
    self.count = count
    self.ratio = ratio
    self.maxCharacters = maxCharacters
  }

  /// The most sentences allowed for an article of `sentenceCount` sentences.
  public func maxSentences(of sentenceCount: Int) -> Int {
    var limit = sentenceCount
    if let count { limit = min(limit, max(0, count)) }
    if let ratio, sentenceCount > 0 {
      let share = Int((ratio * Double(sentenceCount)).rounded())
      limit = min(limit, max(1, share))
    }
    return limit
  }
}

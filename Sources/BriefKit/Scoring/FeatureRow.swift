/// The features of one sentence, each in [0, 1], in a fixed order (`values`) that matches
/// `SentenceSelector.Configuration.featureWeights`.
struct FeatureRow: Sendable, Equatable {
  /// Lead prior `1 / (1 + i)^positionExponent` for the i-th sentence (0-based).
  var position = 0.0
  /// 1 for the first sentence.
  var lead = 0.0
  /// `i / (n - 1)`: 0 for the first sentence, 1 for the last.
  var relativePosition = 0.0
  /// LexRank centrality (0 unless its weight is non-zero).
  var centrality = 0.0
  /// Cosine with the article's TF-IDF centroid, scaled to max 1.
  var centroid = 0.0
  /// Share of the headline's terms in the sentence (0 without a headline).
  var title = 0.0
  /// Recurring capitalised terms (0 unless its weight is non-zero).
  var entity = 0.0
  /// Highest TF-IDF cosine with the first two sentences (itself excluded).
  var leadSimilarity = 0.0
  /// Share of the sentence's letters inside quotation marks.
  var quote = 0.0
  /// 1 when the sentence contains a number (figures, dates).
  var number = 0.0
  /// 1 when the sentence opens with a dateline (`Wien – `).
  var dateline = 0.0
  /// Words relative to twice `maxWords`, capped at 1.
  var length = 0.0

  /// The features in weight order.
  var values: [Double] {
    [
      position, lead, relativePosition, centrality, centroid, title, entity, leadSimilarity,
      quote, number, dateline, length,
    ]
  }

  /// The names of `values`, in order (for tuning dumps).
  static let names = [
    "position", "lead", "relativePosition", "centrality", "centroid", "title", "entity",
    "leadSimilarity", "quote", "number", "dateline", "length",
  ]
}

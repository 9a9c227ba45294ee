/// English stop words: function words that carry no topic, lower-cased.
///
/// Based on the Snowball English list.
enum EnglishStopWords {
  /// All stop words under their `CanonicalWordKey`s, for lookups by bytes.
  static let keys = CanonicalWordKey.table(of: words)

  /// All stop words.
  static let words: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
    "by", "can", "cannot", "could", "did", "do", "does", "doing", "down", "during", "each",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "itself", "me", "more", "most", "my", "myself", "no", "nor", "not", "of", "off",
    "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours", "yourself", "yourselves", "said", "says", "also", "just", "s", "t",
  ]

  /// Frequent, unambiguous English function words that the language detector counts
  /// (no word that is also common German, such as `in`, `was`, `so`, `die`).
  static let detectorCues: Set<String> = [
    "the", "and", "of", "to", "is", "that", "with", "for", "this", "are", "on", "by", "which",
    "it", "be", "as", "at", "from", "have", "has", "had", "not", "were", "been", "their",
    "they", "he", "she", "its", "would", "will", "said", "after", "but", "or", "an", "who",
  ]
}

/// English function words used by the segmenter's rules.
enum EnglishWords {
  /// Words that typically begin a sentence: articles, pronouns, determiners, conjunctions,
  /// sentence adverbs and prepositions.
  static let sentenceStarters: [String] = [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "here", "his", "her", "its", "their", "our", "my", "but", "and", "or",
    "so", "then", "however", "meanwhile", "in", "on", "at", "for", "with", "after", "before",
    "since", "while", "when", "if", "as", "what", "who", "why", "how", "where", "which", "no",
    "not", "all", "many", "some", "most", "both", "each", "every", "one", "today",
    "yesterday", "now", "also", "still", "yet", "although", "though", "because", "by",
    "from", "during", "under", "over", "according", "earlier", "later", "last",
    "next", "it's", "that's", "there's", "nor", "instead", "despite", "such", "nobody",
    "nothing", "none", "everyone", "everybody", "everything", "someone", "somebody",
    "something", "anyone", "anything", "few", "several", "another", "neither", "either",
    "thus", "indeed", "unlike",
  ]

  /// Words after which a line without final punctuation continues on the next line.
  static let continuationWords: [String] = [
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "from",
    "by", "as", "that", "which", "who", "whose", "than", "his", "her", "their", "its", "our",
    "this", "these", "those", "into", "onto", "about", "between", "during", "under",
  ]

  /// Words that may begin a sentence in lower case.
  static let lowercaseStarters: [String] = ["de", "van", "von"]
}

/// German function words used by the segmenter's rules.
enum GermanWords {
  /// Words that typically begin a sentence.
  ///
  /// Articles, pronouns, determiners, conjunctions, sentence adverbs and prepositions.
  /// Month names and nouns are deliberately absent.
  static let sentenceStarters: [String] = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "sein", "seine", "seiner", "ihre",
    "ihren", "unser", "unsere", "mein", "meine", "dies", "diese", "dieser", "dieses", "diesen",
    "jene", "jener", "jeder", "jede", "jedes", "alle", "viele", "einige", "manche", "kein",
    "keine", "beide", "auch", "aber", "und", "oder", "doch", "denn", "so", "dann", "da", "dort",
    "hier", "heute", "gestern", "morgen", "nun", "jetzt", "zudem", "außerdem", "danach",
    "damit", "deshalb", "daher", "darum", "trotzdem", "zuvor", "bereits", "schon", "noch",
    "wie", "was", "wer", "wo", "wann", "warum", "weshalb", "wenn", "als", "ob", "weil",
    "obwohl", "nachdem", "während", "bei", "mit", "nach", "in", "im", "am", "auf", "für",
    "von", "vor", "seit", "laut", "zum", "zur", "nicht", "nur", "erst", "inzwischen",
    "allerdings", "immerhin", "zunächst", "schließlich", "später", "anschließend", "dabei",
    "dafür", "dagegen", "darauf", "derzeit", "zwar", "sondern", "ebenfalls", "gleichzeitig",
    "unter", "über", "aus", "gegen", "ohne", "durch", "um", "bis", "ab", "zu", "an", "mehr",
    "bislang", "bisher", "damals", "seitdem", "sowohl", "weder", "je", "ja", "nein", "kaum",
    "vielleicht", "wohl", "offenbar", "insgesamt", "hinzu", "ebenso", "stattdessen",
  ]

  /// Words after which a line without final punctuation continues on the next line:
  /// articles, prepositions that are not verb particles, conjunctions, possessives.
  static let continuationWords: [String] = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "und", "oder", "sowie", "sondern", "dass", "ob", "weil", "wenn", "als", "wie", "aber",
    "im", "am", "vom", "zum", "zur", "beim", "ins", "für", "von", "bei", "seit", "gegen",
    "ohne", "durch", "um", "unter", "während", "wegen", "trotz", "zwischen", "sein", "seine",
    "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "unser", "unsere",
    "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "andere", "anderen",
    "möglichst", "sehr", "mit", "in", "über", "laut",
  ]

  /// Words that may begin a sentence in lower case (names of publications and brands).
  static let lowercaseStarters: [String] = ["taz", "dpa", "ntv", "n-tv", "de", "von", "van"]
}

import Testing

@testable import BriefKit

@Test(arguments: [
  ("aufeinanderfolgenden", "aufeinanderfolg"), ("häuser", "haus"), ("straße", "strass"),
  ("strasse", "strass"), ("quelle", "quell"), ("bauen", "bau"), ("treue", "treu"),
  ("system", "system"), ("kenntnissen", "kenntnis"), ("möglichkeiten", "moglich"),
  ("außenminister", "aussenminist"), ("lächeln", "lachel"), ("a", "a"), ("zu", "zu"),
  ("", ""), ("maßnahmen", "massnahm"), ("verträgen", "vertrag"),
])
func `the German stemmer handles umlauts, ß and the R1/R2 rules`(word: String, stem: String) {
  #expect(GermanStemmer().stem(word) == stem)
}

@Test(arguments: [
  ("skies", "sky"), ("news", "news"), ("dying", "die"), ("generously", "generous"),
  ("communism", "communism"), ("succeeded", "succeed"), ("proceeding", "proceed"),
  ("agreed", "agre"), ("hopping", "hop"), ("hoped", "hope"), ("caresses", "caress"),
  ("ties", "tie"), ("cries", "cri"), ("gas", "gas"), ("gaps", "gap"), ("yesterday", "yesterday"),
  ("enjoying", "enjoy"), ("by", "by"), ("at", "at"), ("", ""), ("evening", "evening"),
  ("rationalization", "ration"), ("archaeologist", "archaeolog"),
])
func `the English stemmer handles exceptional forms and Porter2 steps`(word: String, stem: String) {
  #expect(EnglishStemmer().stem(word) == stem)
}

@Test func `the tokenizer lower-cases runs of letters and digits and ignores Markdown`() {
  let tokens = Tokenizer.tokens(in: "Der **Außenminister** traf 2025 Lawrow_in Kuala-Lumpur.")
  #expect(
    tokens.map(\.lowercased) == [
      "der", "außenminister", "traf", "2025", "lawrow", "in", "kuala", "lumpur",
    ])
  #expect(tokens.map(\.isCapitalized) == [true, true, false, false, true, false, true, true])
}

@Test func `content terms drop stop words and stem words longer than three letters`() {
  let terms = TermAnalyzer(language: .german).terms(in: "Die Häuser und der Bau in Wien")
  #expect(terms == ["haus", "bau", "wien"])
}

@Test(arguments: [Language.german, .english])
func `stop words are found by their bytes as by their strings`(language: Language) {
  let analyzer = TermAnalyzer(language: language)
  let stopWords = language == .german ? GermanStopWords.words : EnglishStopWords.words
  let probes =
    Array(stopWords) + ["außenminister", "dass", "daß", "über", "uber", "the", "thé", ""]
  for word in probes {
    var bytes = Array(word.utf8)
    let byKey = bytes.withUnsafeMutableBufferPointer { bytes in
      CanonicalWordKey.withKey(UnsafeBufferPointer(bytes)) { analyzer.isStopWord(key: $0) }
    }
    #expect(byKey == analyzer.isStopWord(word), "\(word)")
    #expect(analyzer.foldedTerm(of: word) == SpellingVariants.fold(analyzer.term(of: word)))
  }
}

/// What the digest compares of one sentence to tell whether it restates another: its content
/// terms, which of them it writes in lower case, the numbers it states and (German) the verb it
/// ends in.
///
/// Shared terms alone do not make one fact: "Umweltministerin Steffi Lemke wird das Gesetz
/// vorstellen." and "„Das ist ein wichtiger Schritt“, sagte Umweltministerin Steffi Lemke."
/// share a name, "Drei weitere wurden schwer verletzt." and "31 weitere wurden verletzt, vier
/// von ihnen schwer." state other numbers, "Die Regierung will das Gesetz beschließen." and "Die
/// Regierung hat das Gesetz beschlossen." a plan and its outcome (`FactDeduplicator`).
struct FactWording: Sendable, Equatable {
  /// Content terms (stop words removed, stemmed, spelling variants folded), distinct, in order
  /// of first use.
  var terms: [String]
  /// The terms of words written in lower case and of letters only, somewhere after the first
  /// word: what the sentence says happened or how (verbs, adjectives, adverbs; in English
  /// common nouns too), not who or where (names, and in German nouns).
  var lowercaseTerms: Set<String>
  /// The numbers stated, in digits or in words (`31`, `drei` as `3`), digit groups joined
  /// without marks and leading zeros (`1.000` and `1,000` as `1000`).
  var numbers: Set<String>
  /// German only: the term of the last word when it is a content word written in lower case.
  ///
  /// German puts the main verb last in perfect, passive, modal and future clauses, so this is
  /// what the sentence says was done or is to be done (`beschlossen`, `beschließen`).
  var finalVerb: String?

  /// The wording of `text`, read by `analyzer` (its language's stop words and stemmer).
  init(_ text: String, analyzer: TermAnalyzer) {
    let numberWords =
      analyzer.language == .german ? GermanNumberWords.values : EnglishNumberWords.values
    var terms: [String] = []
    var seen = Set<String>()
    var lowercase = Set<String>()
    var numbers = Set<String>()
    var last: (term: String?, isLowercase: Bool) = (nil, false)
    for (position, token) in Tokenizer.tokens(in: text).enumerated() {
      let isLowercase = position > 0 && !token.isCapitalized && token.isAlphabetic
      // A number word is written in lower case but at the start ("Drei weitere", not "die Elf").
      if isLowercase || position == 0, let value = numberWords[token.lowercased] {
        numbers.insert(String(value))
      }
      let term =
        analyzer.isStopWord(token.lowercased)
        ? nil : SpellingVariants.fold(analyzer.term(of: token.lowercased))
      last = (term, isLowercase)
      guard let term else { continue }
      if seen.insert(term).inserted { terms.append(term) }
      if isLowercase { lowercase.insert(term) }
    }
    for number in NumberToken.tokens(in: text) {
      numbers.insert(TranslationChecks.withoutLeadingZeros(number.groups.joined()))
    }
    self.terms = terms
    self.lowercaseTerms = lowercase
    self.numbers = numbers
    self.finalVerb = analyzer.language == .german && last.isLowercase ? last.term : nil
  }
}

/// What the selector knows about one candidate sentence.
struct SentenceProfile: Sendable {
  /// Index among the article's sentence segments.
  var sentenceIndex: Int
  /// Index among all segments.
  var segmentIndex: Int
  /// Number of words (all tokens, stop words included).
  var wordCount: Int
  /// Content term ids (stop words removed, stemmed, spelling variants folded), with
  /// repetitions, in order.
  var terms: [Int]
  /// Distinct content term ids, sorted.
  var termSet: [Int]
  /// Term ids written capitalised somewhere other than at the sentence start.
  var capitalizedTerms: Set<Int>
  /// How the sentence opens, when it opens with an anaphoric word.
  var opener: AnaphoricOpeners.Strength?
  /// Share of the sentence's letters inside quotation marks, in [0, 1].
  var quoteShare: Double = 0
  /// German only: the term id of the last word when it is a content word written in lower case.
  ///
  /// German puts the verb last in perfect, passive and modal clauses ("Das Treffen wurde
  /// verschoben."), so two sentences ending in the same such word often report one event.
  var finalVerb: Int?
  /// Whether the sentence ends in anything but `.`, `!` or `…`: it introduces what follows,
  /// asks, or is a table row (`SentenceShape.isOpenEnded`).
  var isOpenEnded = false
  /// Whether the sentence goes on with a quote opened in the sentence before it (`Das Angebot
  /// ist unzureichend."`): like a pronoun subject, it needs the sentence before it.
  var continuesQuote = false
  /// Whether the sentence opens a quote that goes on in the sentence after it (`„Wir kennen uns
  /// gut.`): the first part of a quote, it needs the sentence after it.
  var opensQuote = false
  /// Whether the sentence is only the rest of a quote opened before it, no reporting clause
  /// after it (`Also keine Bewertungen, nur Danke.“`): it needs the sentence before it.
  var isQuoteTail = false

  /// Bytes of text per distinct word, roughly, in news text (about one in eight).
  static let bytesPerDistinctWord = 8

  /// Profiles of `segments`' sentence segments, in document order, with terms interned in
  /// `vocabulary` (term -> id; ids count up from 0).
  static func profiles(
    of segments: [Segment], analyzer: TermAnalyzer, vocabulary: inout [String: Int]
  ) -> [SentenceProfile] {
    var terms = TermVocabulary()
    // Ids already given (0, 1, 2 ...) stay as they are.
    for (term, _) in vocabulary.sorted(by: { $0.value < $1.value }) { _ = terms.id(of: term) }
    let profiles = profiles(of: segments, analyzer: analyzer, vocabulary: &terms)
    vocabulary = terms.dictionary
    return profiles
  }

  /// Profiles of `segments`' sentence segments, in document order, with terms interned in
  /// `vocabulary`.
  static func profiles(
    of segments: [Segment], analyzer: TermAnalyzer, vocabulary: inout TermVocabulary
  ) -> [SentenceProfile] {
    var profiles: [SentenceProfile] = []
    // Each distinct word is stemmed and folded once: its term id, or -1 for a stop word.
    // Room for one distinct word per `bytesPerDistinctWord` bytes of text spares regrowing.
    let bytes = segments.reduce(0) { $0 + ($1.kind == .sentence ? $1.text.utf8.count : 0) }
    var words = WordTable(capacity: bytes / bytesPerDistinctWord)
    var scratch: [Unicode.Scalar] = []
    scratch.reserveCapacity(64)
    let openers = AnaphoricOpeners.table(for: analyzer.language)
    for (segmentIndex, segment) in segments.enumerated() where segment.kind == .sentence {
      let quote = SentenceShape.quoteEdges(of: segment.text)
      var terms: [Int] = []
      // A word takes at least two bytes with the space after it: room for every term.
      terms.reserveCapacity(segment.text.utf8.count / 2)
      var capitalized: Set<Int> = []
      var wordCount = 0
      var secondCapitalized = false
      var last: (id: Int, isLowercase: Bool) = (-1, false)
      Tokenizer.forEachWord(in: segment.text) { word, isCapitalized, isAlphabetic in
        let position = wordCount
        wordCount += 1
        if position == 1 { secondCapitalized = isCapitalized }
        // Canonically equivalent spellings share one entry, as they would in a `String` key.
        let id = CanonicalWordKey.withKey(word) { key in
          words.value(for: key) {
            if analyzer.isStopWord(key: key) { return -1 }
            // Spelling variants of one name (Lawrow/Lavrov) count as one term.
            return vocabulary.id(of: analyzer.foldedTerm(of: word, scratch: &scratch))
          }
        }
        last = (id, !isCapitalized && isAlphabetic)
        guard id >= 0 else { return }
        terms.append(id)
        if position > 0, isCapitalized, isAlphabetic { capitalized.insert(id) }
      }
      profiles.append(
        SentenceProfile(
          sentenceIndex: profiles.count, segmentIndex: segmentIndex, wordCount: wordCount,
          terms: terms, termSet: distinctSorted(terms), capitalizedTerms: capitalized,
          opener: opener(
            of: segment.text, wordCount: wordCount, secondCapitalized: secondCapitalized,
            table: openers),
          quoteShare: SentenceShape.quoteShare(
            of: segment.text, startsInside: quote.continuesQuote),
          finalVerb: analyzer.language == .german && last.isLowercase && last.id >= 0
            ? last.id : nil,
          isOpenEnded: SentenceShape.isOpenEnded(segment.text),
          continuesQuote: quote.continuesQuote, opensQuote: quote.opensQuote,
          isQuoteTail: quote.isQuoteTail))
    }
    return profiles
  }

  /// The distinct values of `terms`, sorted.
  private static func distinctSorted(_ terms: [Int]) -> [Int] {
    var sorted = terms.sorted()
    var kept = 0
    for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
      sorted[kept] = sorted[index]
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }

  /// How `text` opens when it opens with an anaphoric word (as a profile's `opener`).
  static func opener(of text: String, language: Language) -> AnaphoricOpeners.Strength? {
    var wordCount = 0
    var secondCapitalized = false
    Tokenizer.forEachWord(in: text) { _, isCapitalized, _ in
      if wordCount == 1 { secondCapitalized = isCapitalized }
      wordCount += 1
    }
    return opener(
      of: text, wordCount: wordCount, secondCapitalized: secondCapitalized,
      table: AnaphoricOpeners.table(for: language))
  }

  /// Whether `text` leans on the sentence before it, so that alone, or after another sentence,
  /// its reader misses what it refers to.
  ///
  /// It opens with an anaphoric word (`Er`, `Damit`, `Diese Entscheidung`, `Das ist`) or goes
  /// on with a quote opened there.
  ///
  /// An article that `opener(of:language:)` reads as a pronoun (`Das` before a lower-case word)
  /// is one before a verb (`Das ist`, `Das zeigt`, `Das hatte`), but opens a noun phrase that
  /// names the subject before an adjective, which after it ends in -e (`Das erste Treffen
  /// fand in Riad statt.`, `Das neue Gesetz`): a word in -e that is no stop word is read as
  /// one. (A verb in -te is read so too: `Das bestätigte die Polizei.` does not lean here.)
  static func leansOnPrevious(_ text: String, language: Language) -> Bool {
    guard opener(of: text, language: language) != nil else {
      return SentenceShape.continuesQuote(text)
    }
    guard AnaphoricOpeners.table(for: language)[firstWord(of: text)] == .article else {
      return true
    }
    let words = Tokenizer.tokens(in: text).prefix(2)
    guard words.count == 2 else { return true }
    let next = words[1].lowercased
    return !next.hasSuffix("e") || TermAnalyzer(language: language).isStopWord(next)
  }

  /// The opener strength of a sentence, judged on its first word as written.
  private static func opener(
    of text: String, wordCount: Int, secondCapitalized: Bool,
    table: [String: AnaphoricOpeners.Strength]
  ) -> AnaphoricOpeners.Strength? {
    guard wordCount > 0, let strength = table[firstWord(of: text)] else { return nil }
    let nextCapitalized = wordCount > 1 && secondCapitalized
    switch strength {
    case .pronoun, .weak: return strength
    case .demonstrative: return nextCapitalized ? .weak : .pronoun
    case .article: return nextCapitalized ? nil : .pronoun
    }
  }

  /// The first word as written, as the opener sees it: after what is neither letter nor digit,
  /// the run of letters.
  static func firstWord(of text: String) -> String {
    asciiFirstWord(of: text)
      ?? String(text.drop { !$0.isLetter && !$0.isNumber }.prefix { $0.isLetter })
  }

  /// The first word as the opener sees it (after what is neither letter nor digit, the run
  /// of letters), read from the bytes when everything up to its end is ASCII; else nil.
  ///
  /// An ASCII scalar never joins the character before it (bar LF after CR, both skipped), so
  /// on ASCII, characters and scalars agree.
  static func asciiFirstWord(of text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
      var index = 0
      while index < bytes.count, bytes[index] < 0x80, !isLetter(bytes[index]),
        !(bytes[index] >= 0x30 && bytes[index] <= 0x39)
      {
        index += 1
      }
      let start = index
      while index < bytes.count, isLetter(bytes[index]) { index += 1 }
      guard index == bytes.count || bytes[index] < 0x80 else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
  }

  /// Cosine of the two sentences' binary term sets.
  func setCosine(_ other: SentenceProfile) -> Double {
    guard !termSet.isEmpty, !other.termSet.isEmpty else { return 0 }
    let shared = Double(sharedTerms(other))
    return shared / (Double(termSet.count) * Double(other.termSet.count)).squareRoot()
  }

  /// Share of the smaller term set found in the other; 0 when the smaller has under 2 terms.
  func containment(_ other: SentenceProfile) -> Double {
    let smaller = min(termSet.count, other.termSet.count)
    guard smaller >= 2 else { return 0 }
    return Double(sharedTerms(other)) / Double(smaller)
  }

  /// Number of distinct terms in both sentences (merge of sorted sets).
  func sharedTerms(_ other: SentenceProfile) -> Int {
    var i = 0
    var j = 0
    var shared = 0
    while i < termSet.count, j < other.termSet.count {
      if termSet[i] == other.termSet[j] {
        shared += 1
        i += 1
        j += 1
      } else if termSet[i] < other.termSet[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }
}

/// Turns text into content terms for similarity: words that are not stop words, stemmed when
/// longer than three characters.
struct TermAnalyzer: Sendable {
  /// The text's language: picks stop words and stemmer.
  let language: Language
  private let stopWords: Set<String>
  /// `stopWords` under their `CanonicalWordKey`s.
  private let stopWordKeys: WordTable
  private let stemmer: any Stemmer

  init(language: Language) {
    self.language = language
    switch language {
    case .german:
      stopWords = GermanStopWords.words
      stopWordKeys = GermanStopWords.keys
    case .english:
      stopWords = EnglishStopWords.words
      stopWordKeys = EnglishStopWords.keys
    }
    stemmer = language.stemmer
  }

  /// Whether a lower-cased word is a stop word.
  func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

  /// Whether the lower-cased word with the `CanonicalWordKey` `key` is a stop word, without
  /// making a `String`.
  func isStopWord(key: UnsafeBufferPointer<UInt8>) -> Bool { stopWordKeys.value(for: key) != nil }

  /// The term of a lower-cased word: its stem when longer than three characters.
  func term(of word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count > 3 else { return word }
    return String(String.UnicodeScalarView(stemmer.stem(scalars)))
  }

  /// The term of a lower-cased word with its spelling variants folded:
  /// `SpellingVariants.fold(term(of: word))` without the `String` in between.
  func foldedTerm(of word: String) -> String {
    var scalars = Array(word.unicodeScalars)
    return foldedTerm(of: &scalars)
  }

  /// The folded term of a lower-cased word given as valid UTF-8; `scalars` is scratch space
  /// (its contents are replaced), so that one buffer serves every word of a text.
  func foldedTerm(of word: UnsafeBufferPointer<UInt8>, scratch scalars: inout [Unicode.Scalar])
    -> String
  {
    scalars.removeAll(keepingCapacity: true)
    var index = 0
    while index < word.count {
      let (value, length) = UTF8Decoding.scalar(in: word, at: index)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      index += length
    }
    return foldedTerm(of: &scalars)
  }

  /// The folded term of the scalars of a lower-cased word, which serve as scratch space.
  private func foldedTerm(of scalars: inout [Unicode.Scalar]) -> String {
    if scalars.count > 3 { stemmer.stem(inPlace: &scalars) }
    return SpellingVariants.fold(&scalars)
  }

  /// The content terms of `text`, in order, with repetitions.
  func terms(in text: String) -> [String] {
    Tokenizer.tokens(in: text).compactMap { token in
      isStopWord(token.lowercased) ? nil : term(of: token.lowercased)
    }
  }
}

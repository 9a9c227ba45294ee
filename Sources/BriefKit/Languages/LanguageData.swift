/// The per-language tables the segmenter consults: abbreviations, sentence starters,
/// function words, quotation marks and boilerplate patterns.
///
/// The algorithms in `Segmentation/` know nothing about any particular language; everything
/// they need to know about German or English comes through one of these values.
public struct LanguageData: Sendable {
  /// Abbreviations (without their final period) that end a sentence only when a likely
  /// sentence starter follows: `z`, `bzw`, `Nr`, `ca`, `Mio`, `med`, `Jan`, `No` ...
  public var abbreviations: ByteWordSet
  /// Titles and other abbreviations that always precede a name and never end a sentence:
  /// `Dr`, `Prof`, `Mr`, `St` ...
  public var titles: ByteWordSet
  /// Abbreviations that often end a sentence (`usw`, `etc`): a capitalised word after
  /// them starts a new sentence.
  public var endingAbbreviations: ByteWordSet
  /// Abbreviations that stand before a number (`Nr. 5`, `Art. 3`, `No. 10`): only a number
  /// after them continues the sentence; a capitalised word starts a new one.
  public var numberAbbreviations: ByteWordSet
  /// Words that typically begin a sentence.
  ///
  /// Articles, pronouns, determiners, conjunctions, sentence adverbs. After an ordinal, initial, Roman numeral or abbreviation, only such
  /// a word signals a new sentence: `am 15. Die Behörde` versus `am 15. Januar`.
  public var sentenceStarters: ByteWordSet
  /// Function words (articles, prepositions, conjunctions) after which a line cannot end a
  /// heading or a sentence: a line ending in one continues on the next line.
  public var continuationWords: ByteWordSet
  /// Words that begin a sentence although written in lower case (`taz`, `eBay`-like names
  /// are recognised by their inner capital without a table).
  public var lowercaseStarters: ByteWordSet
  /// Whether a number followed by a period is usually an ordinal (`am 20. Januar`), as in
  /// German; when false a number with a period ends a sentence like any word.
  public var hasOrdinalPeriod: Bool
  /// Quotation marks that close a quotation when they follow final punctuation without a
  /// space (`Danke.“Die` in German, where `“` closes).
  public var closingQuotes: Set<Unicode.Scalar>
  /// Recognisers of page furniture.
  public var boilerplate: BoilerplatePatterns

  /// Language data from its tables.
  public init(
    abbreviations: ByteWordSet, titles: ByteWordSet, endingAbbreviations: ByteWordSet,
    numberAbbreviations: ByteWordSet,
    sentenceStarters: ByteWordSet, continuationWords: ByteWordSet,
    lowercaseStarters: ByteWordSet, hasOrdinalPeriod: Bool, closingQuotes: Set<Unicode.Scalar>,
    boilerplate: BoilerplatePatterns
  ) {
    self.abbreviations = abbreviations
    self.titles = titles
    self.endingAbbreviations = endingAbbreviations
    self.numberAbbreviations = numberAbbreviations
    self.sentenceStarters = sentenceStarters
    self.continuationWords = continuationWords
    self.lowercaseStarters = lowercaseStarters
    self.hasOrdinalPeriod = hasOrdinalPeriod
    self.closingQuotes = closingQuotes
    self.boilerplate = boilerplate
  }

  /// The tables for `language`.
  public static func forLanguage(_ language: Language) -> LanguageData {
    switch language {
    case .german: return german
    case .english: return english
    }
  }

  /// German tables.
  public static let german = LanguageData(
    abbreviations: ByteWordSet(GermanAbbreviations.common),
    titles: ByteWordSet(GermanAbbreviations.titles),
    endingAbbreviations: ByteWordSet(GermanAbbreviations.sentenceFinal),
    numberAbbreviations: ByteWordSet(GermanAbbreviations.beforeNumbers),
    sentenceStarters: ByteWordSet(GermanWords.sentenceStarters),
    continuationWords: ByteWordSet(GermanWords.continuationWords),
    lowercaseStarters: ByteWordSet(GermanWords.lowercaseStarters),
    hasOrdinalPeriod: true,
    closingQuotes: [
      "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\"", "'",
    ],
    boilerplate: GermanBoilerplate.patterns
  )

  /// English tables.
  public static let english = LanguageData(
    abbreviations: ByteWordSet(EnglishAbbreviations.common),
    titles: ByteWordSet(EnglishAbbreviations.titles),
    endingAbbreviations: ByteWordSet(EnglishAbbreviations.sentenceFinal),
    numberAbbreviations: ByteWordSet(EnglishAbbreviations.beforeNumbers),
    sentenceStarters: ByteWordSet(EnglishWords.sentenceStarters),
    continuationWords: ByteWordSet(EnglishWords.continuationWords),
    lowercaseStarters: ByteWordSet(EnglishWords.lowercaseStarters),
    hasOrdinalPeriod: false,
    closingQuotes: ["\u{201D}", "\u{2019}", "\u{00BB}", "\"", "'"],
    boilerplate: EnglishBoilerplate.patterns
  )
}

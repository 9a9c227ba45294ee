/// The phrases by which one language's page furniture is recognised.
///
/// All phrases are matched case-insensitively (see `ByteWordSet`) against a segment or a
/// whole line, never against arbitrary positions of running text, so a sentence that merely
/// mentions a newsletter stays a sentence.
public struct BoilerplatePatterns: Sendable {
  /// Whole segments that are furniture, compared after trimming final `.`, `:` and `!`:
  /// `Mehr Infos`, `Newsletter`, `Read more`.
  public var exactPhrases: ByteWordSet
  /// Segment beginnings that mark furniture, also matched after a leading `(`.
  ///
  /// `Lesen Sie auch`, `Quelle:`, `Foto:`, `Dieser Artikel wurde`, `Reporting by`.
  public var prefixes: [[UInt8]]
  /// Phrases that mark a short segment as furniture wherever they occur in it:
  /// `künstlich generiert`, `per E-Mail erhalten`.
  public var containedPhrases: [[UInt8]] {
    didSet { phraseStarts = BoilerplatePatterns.firstBytes(of: containedPhrases) }
  }
  /// For each byte value, whether a contained phrase starts with it (a quick pre-filter).
  private(set) var phraseStarts: [Bool] = []
  /// Navigation labels that introduce teaser links (`Mehr zum Thema`, `Read more`): the
  /// heading-like lines printed directly under one are link titles, not headings.
  public var teaserLabels: ByteWordSet
  /// News agencies and desk codes that make up credits in parentheses: `dpa`, `AFP`, `red`.
  public var agencies: ByteWordSet
  /// Section labels printed alone on a line near the top: `Politik`, `World`.
  public var sectionLabels: ByteWordSet
  /// Metadata keys printed before a value at the start of a line: `date 2025-02`, `Stand`.
  public var metadataKeys: ByteWordSet
  /// Beginnings of a byline printed on a line of its own (`Von`, `By`), case-folded.
  public var bylinePrefixes: [[UInt8]]

  /// Patterns from plain strings.
  public init(
    exactPhrases: [String], prefixes: [String], containedPhrases: [String],
    teaserLabels: [String], agencies: [String],
    sectionLabels: [String], metadataKeys: [String], bylineWords: [String]
  ) {
    self.exactPhrases = ByteWordSet(exactPhrases)
    self.prefixes = prefixes.map { ByteWordSet.folded(Array($0.utf8)) }
    let phrases = containedPhrases.map { ByteWordSet.folded(Array($0.utf8)) }
    self.containedPhrases = phrases
    self.phraseStarts = BoilerplatePatterns.firstBytes(of: phrases)
    self.teaserLabels = ByteWordSet(teaserLabels)
    self.agencies = ByteWordSet(agencies)
    self.sectionLabels = ByteWordSet(sectionLabels)
    self.metadataKeys = ByteWordSet(metadataKeys)
    self.bylinePrefixes = bylineWords.map { ByteWordSet.folded(Array($0.utf8)) }
  }

  /// A table of the byte values that begin one of `phrases`.
  private static func firstBytes(of phrases: [[UInt8]]) -> [Bool] {
    var table = [Bool](repeating: false, count: 256)
    for phrase in phrases {
      if let first = phrase.first { table[Int(first)] = true }
    }
    return table
  }

  /// Whether `bytes[range]` contains one of the contained phrases (case-insensitively), in
  /// one pass that tries the phrases only where a phrase's first byte occurs.
  func containsPhrase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      if phraseStarts[Int(ByteWordSet.fold(bytes, index))] {
        for phrase in containedPhrases
        where UTF8Scan.hasFoldedPrefix(bytes, index..<range.upperBound, phrase) {
          return true
        }
      }
      index += 1
    }
    return false
  }
}

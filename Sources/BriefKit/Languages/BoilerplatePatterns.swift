/// The phrases by which one language's page furniture is recognised.
///
/// All phrases are matched case-insensitively (see `ByteWordSet`) against a segment or a
/// whole line, never against arbitrary positions of running text, so a sentence that merely
/// mentions a newsletter stays a sentence.
public struct BoilerplatePatterns: Sendable {
  /// Whole segments that are furniture, compared after trimming final `.`, `:` and `!`:
  /// `Mehr Infos`, `Newsletter`, `Read more`.
  public var exactPhrases: ByteWordSet
  /// Segment beginnings that mark furniture: `Lesen Sie auch`, `Quelle:`, `Foto:`,
  /// `Dieser Artikel wurde`, `Reporting by`. Also matched after a leading `(`.
  public var prefixes: [[UInt8]]
  /// Phrases that mark a short segment as furniture wherever they occur in it:
  /// `künstlich generiert`, `per E-Mail erhalten`.
  public var containedPhrases: [[UInt8]]
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
    exactPhrases: [String], prefixes: [String], containedPhrases: [String], agencies: [String],
    sectionLabels: [String], metadataKeys: [String], bylineWords: [String]
  ) {
    self.exactPhrases = ByteWordSet(exactPhrases)
    self.prefixes = prefixes.map { ByteWordSet.folded(Array($0.utf8)) }
    self.containedPhrases = containedPhrases.map { ByteWordSet.folded(Array($0.utf8)) }
    self.agencies = ByteWordSet(agencies)
    self.sectionLabels = ByteWordSet(sectionLabels)
    self.metadataKeys = ByteWordSet(metadataKeys)
    self.bylinePrefixes = bylineWords.map { ByteWordSet.folded(Array($0.utf8)) }
  }
}

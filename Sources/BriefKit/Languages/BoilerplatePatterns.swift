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
  public var prefixes: FoldedPhrases
  /// Phrases that mark a short segment as furniture wherever a word of it starts with
  /// them: `künstlich generiert`, `per E-Mail erhalten`.
  public var containedPhrases: FoldedPhrases
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
  /// Beginnings of a photo credit (`Foto:`, `©`, `Photo:`), also after a leading `(`: a short
  /// paragraph that ends in one is a photo caption.
  public var photoCredits: FoldedPhrases

  /// Patterns from plain strings.
  public init(
    exactPhrases: [String], prefixes: [String], containedPhrases: [String],
    teaserLabels: [String], agencies: [String],
    sectionLabels: [String], metadataKeys: [String], bylineWords: [String],
    photoCredits: [String]
  ) {
    self.exactPhrases = ByteWordSet(exactPhrases)
    self.prefixes = FoldedPhrases(prefixes)
    self.containedPhrases = FoldedPhrases(containedPhrases)
    self.teaserLabels = ByteWordSet(teaserLabels)
    self.agencies = ByteWordSet(agencies)
    self.sectionLabels = ByteWordSet(sectionLabels)
    self.metadataKeys = ByteWordSet(metadataKeys)
    self.bylinePrefixes = bylineWords.map { ByteWordSet.folded(Array($0.utf8)) }
    self.photoCredits = FoldedPhrases(photoCredits)
  }
}

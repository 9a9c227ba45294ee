/// The phrases by which one language's page furniture is recognised.
///
/// All phrases are matched case-insensitively (see `ByteWordSet`) against a segment or a
/// whole line, never against arbitrary positions of running text, so a sentence that merely
/// mentions a newsletter stays a sentence.
///
/// A final class of constants: the line classifier and the splitter are values that hold the
/// patterns and are copied per line, and a copy retains one reference, not each table's arrays
/// (some seventy of them, which made unoptimised builds a quarter slower per added table).
public final class BoilerplatePatterns: Sendable {
  /// Whole segments that are furniture, compared after trimming final `.`, `:` and `!`:
  /// `Mehr Infos`, `Newsletter`, `Read more`.
  public let exactPhrases: ByteWordSet
  /// Segment beginnings that mark furniture, also matched after a leading `(`.
  ///
  /// `Lesen Sie auch`, `Quelle:`, `Foto:`, `Dieser Artikel wurde`, `Reporting by`.
  public let prefixes: FoldedPhrases
  /// Phrases that mark a short segment as furniture wherever a word of it starts with
  /// them: `künstlich generiert`, `per E-Mail erhalten`.
  public let containedPhrases: FoldedPhrases
  /// Labels that open a block of furniture lines.
  ///
  /// Teaser links (`Mehr zum Thema`, `Read more`) or a press contact (`Pressekontakt:`). A
  /// short line that is one of them, or starts with one, makes the short lines printed directly
  /// under it (link titles, bullets, address and phone lines) furniture too.
  public let blockLabels: FoldedPhrases
  /// Phrases that address the reader (`Erhalten Sie jeden`, `stimmen Sie der`): a short
  /// segment that holds one, wherever a word starts with it, and is not a question, is
  /// furniture (newsletter and consent notices).
  public let readerPrompts: FoldedPhrases
  /// First words of a call to action (`Jetzt`, `Hier`, `Sign`): with a last word from
  /// `actionEnds`, a short segment is furniture (`Hier anmelden`, `Jetzt für 1 Euro testen
  /// und weiterlesen.`, `Sign up here.`).
  public let actionStarts: ByteWordSet
  /// Last words of a call to action (`anmelden`, `weiterlesen`, `here`).
  public let actionEnds: ByteWordSet
  /// Words that, last on a line of at most three words, mark a subscription label (`SZ
  /// Plus`, `F.A.Z. PLUS`); a trailing `+` does too (`SPIEGEL+`).
  public let premiumWords: ByteWordSet
  /// First words of a navigation label (`Mehr`, `More`): followed by a section label (`Mehr
  /// Sport`) or by a word of `navigationLinks` (`Mehr aus Bayern`), a short line is furniture.
  public let navigationLeads: ByteWordSet
  /// Second words of a navigation label that link to more of a topic or place (`aus`, `zu`,
  /// `from`, `on`).
  public let navigationLinks: ByteWordSet
  /// Engagement words that, with a count before or after them, are a widget (`Kommentare (3)`,
  /// `12 Likes`, `Teilen (12)`).
  public let counterWords: ByteWordSet
  /// Words that name an app (`App`, `app`): with the start or the end of a call to action, a
  /// short line without a full stop is an app plug (`Hier geht's zur App`).
  public let appNames: ByteWordSet
  /// Names of app stores and platforms (`App Store`, `Google Play`, `iOS`, `Android`): they
  /// name an app as `appNames` do, and a short line that names two and ends in one is an app
  /// plug (`Die neue App für iOS und Android`).
  public let appStores: ByteWordSet
  /// News agencies and desk codes that make up credits in parentheses: `dpa`, `AFP`, `red`.
  public let agencies: ByteWordSet
  /// Section labels printed alone on a line near the top: `Politik`, `World`.
  public let sectionLabels: ByteWordSet
  /// Metadata keys printed before a value at the start of a line: `date 2025-02`, `Stand`.
  public let metadataKeys: ByteWordSet
  /// Beginnings of a byline printed on a line of its own (`Von`, `By`), case-folded.
  public let bylinePrefixes: [[UInt8]]
  /// Beginnings of a photo credit (`Foto:`, `©`, `Photo:`), also after a leading `(`: a short
  /// paragraph that ends in one is a photo caption.
  public let photoCredits: FoldedPhrases

  /// Patterns from plain strings.
  public init(
    exactPhrases: [String], prefixes: [String], containedPhrases: [String],
    blockLabels: [String], readerPrompts: [String], actionStarts: [String],
    actionEnds: [String], premiumWords: [String], navigationLeads: [String],
    navigationLinks: [String], counterWords: [String], appNames: [String],
    appStores: [String], agencies: [String],
    sectionLabels: [String], metadataKeys: [String], bylineWords: [String],
    photoCredits: [String]
  ) {
    self.exactPhrases = ByteWordSet(exactPhrases)
    self.prefixes = FoldedPhrases(prefixes)
    self.containedPhrases = FoldedPhrases(containedPhrases)
    self.blockLabels = FoldedPhrases(blockLabels)
    self.readerPrompts = FoldedPhrases(readerPrompts)
    self.actionStarts = ByteWordSet(actionStarts)
    self.actionEnds = ByteWordSet(actionEnds)
    self.premiumWords = ByteWordSet(premiumWords)
    self.navigationLeads = ByteWordSet(navigationLeads)
    self.navigationLinks = ByteWordSet(navigationLinks)
    self.counterWords = ByteWordSet(counterWords)
    self.appNames = ByteWordSet(appNames)
    self.appStores = ByteWordSet(appStores)
    self.agencies = ByteWordSet(agencies)
    self.sectionLabels = ByteWordSet(sectionLabels)
    self.metadataKeys = ByteWordSet(metadataKeys)
    self.bylinePrefixes = bylineWords.map { ByteWordSet.folded(Array($0.utf8)) }
    self.photoCredits = FoldedPhrases(photoCredits)
  }
}

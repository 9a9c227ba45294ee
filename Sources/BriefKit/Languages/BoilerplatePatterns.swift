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
    didSet { (phraseStarts, phraseBuckets) = Self.firstPairs(of: containedPhrases) }
  }
  /// For each raw byte pair (`first << 8 | second`), 1 + the index in `phraseBuckets` of
  /// the contained phrases that may start there once case-folded, or 0 (a quick filter).
  private(set) var phraseStarts: [UInt16] = []
  /// The contained phrases grouped by their folded first two bytes.
  private(set) var phraseBuckets: [[[UInt8]]] = []
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
    (self.phraseStarts, self.phraseBuckets) = Self.firstPairs(of: phrases)
    self.teaserLabels = ByteWordSet(teaserLabels)
    self.agencies = ByteWordSet(agencies)
    self.sectionLabels = ByteWordSet(sectionLabels)
    self.metadataKeys = ByteWordSet(metadataKeys)
    self.bylinePrefixes = bylineWords.map { ByteWordSet.folded(Array($0.utf8)) }
  }

  /// The table of raw byte pairs and the buckets of phrases for `phraseStarts`.
  private static func firstPairs(of phrases: [[UInt8]]) -> ([UInt16], [[[UInt8]]]) {
    var buckets: [[[UInt8]]] = []
    var bucketOfPair: [Int: Int] = [:]
    var table = [UInt16](repeating: 0, count: 1 << 16)
    for first in 0..<256 {
      for second in 0..<256 {
        let pair: [UInt8] = [UInt8(first), UInt8(second)]
        let folded = (ByteWordSet.fold(pair, 0), ByteWordSet.fold(pair, 1))
        let matching = phrases.filter {
          $0.count == 1 ? $0[0] == folded.0 : $0.count > 1 && ($0[0], $0[1]) == folded
        }
        guard !matching.isEmpty else { continue }
        let key = Int(folded.0) << 8 | Int(folded.1)
        let bucket =
          bucketOfPair[key]
          ?? {
            buckets.append(matching)
            return buckets.count - 1
          }()
        bucketOfPair[key] = bucket
        table[first << 8 | second] = UInt16(bucket + 1)
      }
    }
    return (table, buckets)
  }

  /// Whether `bytes[range]` contains one of the contained phrases (case-insensitively), in
  /// one pass that tries the phrases only where a phrase's first two bytes occur.
  func containsPhrase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !containedPhrases.isEmpty, !range.isEmpty else { return false }
    return bytes.withUnsafeBufferPointer { raw in
      phraseStarts.withUnsafeBufferPointer { table in
        for index in range {
          let next = index + 1 < range.upperBound ? Int(raw[index + 1]) : 0
          let bucket = Int(table[Int(raw[index]) << 8 | next])
          guard bucket > 0 else { continue }
          for phrase in phraseBuckets[bucket - 1]
          where UTF8Scan.hasFoldedPrefix(bytes, index..<range.upperBound, phrase) {
            return true
          }
        }
        return false
      }
    }
  }
}

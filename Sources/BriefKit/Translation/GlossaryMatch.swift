/// One occurrence of a glossary entry in a text.
public struct GlossaryMatch: Sendable, Equatable {
  /// The entry found.
  public var entry: GlossaryEntry
  /// Unicode-scalar offsets of the occurrence in the (NFC) text, inflection included.
  public var range: Range<Int>
  /// True when the occurrence is the genitive `-s` form ("Lawrows"), rendered "Lavrov's".
  public var isGenitive: Bool

  public init(entry: GlossaryEntry, range: Range<Int>, isGenitive: Bool) {
    self.entry = entry
    self.range = range
    self.isGenitive = isGenitive
  }

  /// The English form for this occurrence: the entry's, plus `'s` for a genitive.
  public var english: String {
    isGenitive ? entry.english + "'s" : entry.english
  }
}

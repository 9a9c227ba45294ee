/// A translation that was kept but failed a post-check; the brief may mark the line.
public struct TranslationWarning: Sendable, Equatable {
  /// What was found.
  public enum Kind: Sendable, Equatable {
    /// These numbers of the source (as written there) are not in the translation.
    case missingNumbers([String])
    /// The source quotes someone but the translation has no quotation marks.
    case quotesDropped
  }

  /// Index of the sentence in the input to `TranslationEngine.translate`.
  public var index: Int
  /// What was found.
  public var kind: Kind

  public init(index: Int, kind: Kind) {
    self.index = index
    self.kind = kind
  }
}

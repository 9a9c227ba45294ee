/// Splits an article's text into sentences, headings and boilerplate. STUB.
public struct Segmenter: Sendable {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  /// All segments of `text` in document order (see `Segment` for the invariants).
  public func segments(in text: String) -> [Segment] { [] }
}

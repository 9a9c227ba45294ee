/// Splits an article's text into sentences, headings and boilerplate.
///
/// The convention is `docs/SEGMENTATION-RULES.md`. The text is cut into blocks at safe
/// paragraph breaks (`SafeBreak`, after at least `blockBytes`), and each block gets two
/// passes over its UTF-8 bytes:
/// 1. `LineClassifier` reads the lines: furniture lines, headings, list items and running
///    text, and where running text continues across a line break (a line break alone is not
///    a boundary).
/// 2. `SentenceSplitter` finds the sentence boundaries inside each block of running text,
///    and `BoilerplateRecognizer` names the kind of each piece.
///
/// `segments(in:)` and `SegmentStream` share this core, so a text fed in chunks of any size
/// gives the same segments as the whole text.
///
/// Invariants: segments come in document order, do not overlap, carry no surrounding
/// whitespace, `text` equals the bytes of `range`, and together they hold every
/// non-whitespace character of the input exactly once. Time is linear in the input.
public struct Segmenter: Sendable {
  /// The language whose tables (`LanguageData`) the rules use.
  public let language: Language
  /// Limits of the rules.
  public let configuration: Configuration
  let data: LanguageData

  /// A segmenter for `language` with the default configuration.
  public init(language: Language) {
    self.init(language: language, configuration: Configuration())
  }

  /// A segmenter for `language` with `configuration`.
  public init(language: Language, configuration: Configuration) {
    self.language = language
    self.configuration = configuration
    self.data = LanguageData.forLanguage(language)
  }

  /// All segments of `text` in document order (see `Segment` for the invariants).
  public func segments(in text: String) -> [Segment] {
    var segments: [Segment] = []
    var stream = SegmentStream(segmenter: self)
    func collect(_ kind: SegmentKind, _ range: Range<Int>, _ bytes: ArraySlice<UInt8>) {
      segments.append(
        Segment(text: String(decoding: bytes, as: UTF8.self), range: range, kind: kind))
    }
    var contiguous = text
    contiguous.withUTF8 { stream.append($0, emit: collect) }
    stream.finish(emit: collect)
    return segments
  }
}

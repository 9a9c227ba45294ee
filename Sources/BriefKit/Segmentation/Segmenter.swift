/// Splits an article's text into sentences, headings and boilerplate.
///
/// The convention is `docs/SEGMENTATION-RULES.md`. Two passes over the UTF-8 bytes:
/// 1. `LineClassifier` reads the lines: furniture lines, headings, list items and running
///    text, and where running text continues across a line break (a line break alone is not
///    a boundary).
/// 2. `SentenceSplitter` finds the sentence boundaries inside each block of running text,
///    and `BoilerplateRecognizer` names the kind of each piece.
///
/// Invariants: segments come in document order, do not overlap, carry no surrounding
/// whitespace, `text` equals the bytes of `range`, and together they hold every
/// non-whitespace character of the input exactly once. Time is linear in the input.
public struct Segmenter: Sendable {
  /// The language whose tables (`LanguageData`) the rules use.
  public let language: Language
  /// Limits of the rules.
  public let configuration: Configuration
  private let data: LanguageData

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
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return [] }
    let recognizer = BoilerplateRecognizer(
      bytes: bytes, patterns: data.boilerplate, configuration: configuration)
    let lines = LineClassifier(
      bytes: bytes, data: data, configuration: configuration, recognizer: recognizer
    ).lines()
    let splitter = SentenceSplitter(
      bytes: bytes, data: data, configuration: configuration, recognizer: recognizer)
    var segments: [Segment] = []
    func emit(_ range: Range<Int>, _ kind: SegmentKind) {
      let trimmed = UTF8Scan.trimmed(bytes, range)
      guard !trimmed.isEmpty else { return }
      let text = String(decoding: bytes[trimmed], as: UTF8.self)
      segments.append(Segment(text: text, range: trimmed, kind: kind))
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      var start = line.range.lowerBound
      if let end = line.metadataEnd {
        emit(start..<end, .boilerplate)
        start = end
      }
      switch line.role {
      case .heading:
        emit(start..<line.range.upperBound, .heading)
      case .boilerplate:
        for piece in splitter.sentences(in: start..<line.range.upperBound) {
          emit(piece, .boilerplate)
        }
      case .listItem, .body:
        var last = index
        while line.role == .body, lines[last].joinsNext, last + 1 < lines.count {
          last += 1
        }
        for piece in splitter.sentences(in: start..<lines[last].range.upperBound) {
          emit(piece, recognizer.isFurniture(piece) ? .boilerplate : .sentence)
        }
        index = last
      }
      index += 1
    }
    return segments
  }
}

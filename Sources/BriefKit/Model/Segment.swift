/// One segment of an article's text: a sentence, heading or boilerplate item.
///
/// Invariant: `text` is exactly `source[range]` (UTF-8 byte offsets into the text the
/// segmenter was given), with no leading or trailing whitespace. Segments of one text are
/// returned in document order, do not overlap, and together hold every non-whitespace
/// character of the text exactly once.
public struct Segment: Sendable, Equatable, Hashable, Codable {
  /// The segment's text, verbatim (line breaks and markup kept).
  public var text: String
  /// UTF-8 byte offsets of `text` in the segmented text.
  public var range: Range<Int>
  /// Sentence, heading or boilerplate.
  public var kind: SegmentKind

  public init(text: String, range: Range<Int>, kind: SegmentKind) {
    self.text = text
    self.range = range
    self.kind = kind
  }
}

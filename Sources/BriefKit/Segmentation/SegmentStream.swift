/// Segments a text that arrives in chunks, emitting segments as soon as the block that holds
/// them is complete.
///
/// Chunks may be cut anywhere, even inside a UTF-8 sequence: the stream gathers at least
/// `Segmenter.Configuration.blockBytes`, cuts at the next `SafeBreak` and segments the
/// block, so memory stays bounded by a block plus a chunk for texts that have paragraph
/// breaks. The segments are the same as `Segmenter.segments(in:)` of the whole text (which
/// is built on this stream), with byte ranges counted from the start of the text.
public struct SegmentStream {
  private let segmenter: Segmenter
  private let safeBreak: SafeBreak
  /// Bytes not yet segmented, from `blockStart` on (earlier bytes are dropped lazily).
  private var buffer: [UInt8] = []
  /// Where the pending block starts in `buffer`.
  private var blockStart = 0
  /// Where the search for a safe break resumes in `buffer`.
  private var searchFrom = 0
  /// How many bytes of the text were dropped from the front of `buffer`.
  private var dropped = 0
  /// How many non-blank lines the segmented blocks held.
  private var linesBefore = 0

  /// A stream that segments with `segmenter`.
  public init(segmenter: Segmenter) {
    self.segmenter = segmenter
    self.safeBreak = SafeBreak(data: segmenter.data, configuration: segmenter.configuration)
  }

  /// Adds the next bytes of the text (UTF-8) and emits the segments of every block that is
  /// now complete, in document order.
  ///
  /// `emit` receives the kind, the byte range in the whole text, and the segment's bytes.
  public mutating func append(
    _ chunk: UnsafeBufferPointer<UInt8>,
    emit: (SegmentKind, Range<Int>, ArraySlice<UInt8>) -> Void
  ) {
    if blockStart > 0 && blockStart >= buffer.count / 2 {
      buffer.removeSubrange(0..<blockStart)
      dropped += blockStart
      searchFrom -= blockStart
      blockStart = 0
    }
    buffer.append(contentsOf: chunk)
    while true {
      let from = max(searchFrom, blockStart + segmenter.configuration.blockBytes)
      guard from < buffer.count else { return }
      switch safeBreak.first(in: buffer, from: from, lower: blockStart) {
      case .found(let cut):
        segmentBlock(upTo: cut, emit: emit)
      case .needMore(let resume):
        searchFrom = resume
        return
      }
    }
  }

  /// Emits the segments of the rest of the text; the stream is empty afterwards.
  public mutating func finish(emit: (SegmentKind, Range<Int>, ArraySlice<UInt8>) -> Void) {
    segmentBlock(upTo: buffer.count, emit: emit)
    buffer = []
    dropped = 0
    blockStart = 0
    searchFrom = 0
    linesBefore = 0
  }

  /// Segments `buffer[blockStart..<cut]` and starts the next block at `cut`.
  private mutating func segmentBlock(
    upTo cut: Int, emit: (SegmentKind, Range<Int>, ArraySlice<UInt8>) -> Void
  ) {
    let block = Array(buffer[blockStart..<cut])
    let base = dropped + blockStart
    linesBefore += segmenter.segmentBlock(block, firstLineIndex: linesBefore) { kind, range in
      emit(kind, base + range.lowerBound..<base + range.upperBound, block[range])
    }
    blockStart = cut
    searchFrom = cut
  }
}

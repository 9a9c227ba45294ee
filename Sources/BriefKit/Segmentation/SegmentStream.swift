/// Segments a text that arrives in chunks, emitting segments as soon as the block that holds
/// them is complete.
///
/// Chunks may be cut anywhere, even inside a UTF-8 sequence: the stream gathers at least
/// `Segmenter.Configuration.blockBytes`, cuts at the next `SafeBreak` and segments the
/// block, so memory stays bounded by a block plus a chunk (a text without safe breaks is cut
/// anyway before `maximumBlockBytes`). The segments are the same as
/// `Segmenter.segments(in:)` of the whole text (which is built on this stream), with byte
/// ranges counted from the start of the text.
///
/// The blocks are independent of each other (`TextBlock`): `append(_:blocks:)` hands them out
/// unsegmented, so that a caller can segment them in parallel with
/// `Segmenter.segments(of:emit:)` and write the results in order.
public struct SegmentStream {
  private let segmenter: Segmenter
  private let safeBreak: SafeBreak
  /// Bytes not yet cut into blocks, from `blockStart` on (earlier bytes are dropped lazily).
  private var buffer: [UInt8] = []
  /// Where the pending block starts in `buffer`.
  private var blockStart = 0
  /// Where the search for a safe break resumes in `buffer`.
  private var searchFrom = 0
  /// How many bytes of the text were dropped from the front of `buffer`.
  private var dropped = 0
  /// How many non-blank lines the earlier blocks held, counted up to the number of lines
  /// for which it matters (`Configuration.sectionLabelLines`).
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
    let segmenter = self.segmenter
    append(chunk) { segmenter.segments(of: $0, emit: emit) }
  }

  /// Emits the segments of the rest of the text; the stream is empty afterwards.
  public mutating func finish(emit: (SegmentKind, Range<Int>, ArraySlice<UInt8>) -> Void) {
    let segmenter = self.segmenter
    finish { segmenter.segments(of: $0, emit: emit) }
  }

  /// Adds the next bytes of the text (UTF-8) and hands out every block that is now complete,
  /// in document order, unsegmented.
  public mutating func append(_ chunk: UnsafeBufferPointer<UInt8>, blocks: (TextBlock) -> Void) {
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
      // A block that would grow past `maximumBlockBytes` is cut by `forcedCut()`. Both
      // triggers depend on the text alone (not on how it arrives): the first safe break lies
      // beyond the limit, or none lies before it.
      let limit = blockStart + max(segmenter.configuration.maximumBlockBytes, 8)
      switch safeBreak.first(in: buffer, from: from, lower: blockStart) {
      case .found(let cut):
        blocks(cutBlock(upTo: cut <= limit ? cut : forcedCut(before: limit)))
      case .needMore(let resume):
        searchFrom = resume
        guard resume >= limit else { return }
        blocks(cutBlock(upTo: forcedCut(before: limit)))
      }
    }
  }

  /// Where to cut the pending block that may not reach `limit`: after the last blank line
  /// in the second half before `limit`, else after the last line feed there, else after the
  /// last space, else before the last character that starts there (else at `limit`).
  private func forcedCut(before limit: Int) -> Int {
    let half = blockStart + (limit - blockStart) / 2
    var lineFeed: Int?
    var space: Int?
    var index = limit - 1
    while index > half {
      switch buffer[index] {
      case 0x0A:
        var previous = index - 1
        while previous > blockStart, buffer[previous] == 0x20 || buffer[previous] == 0x09 {
          previous -= 1
        }
        if buffer[previous] == 0x0A { return index + 1 }
        lineFeed = lineFeed ?? index + 1
      case 0x20: space = space ?? index + 1
      default: break
      }
      index -= 1
    }
    if let cut = lineFeed ?? space { return cut }
    var cut = limit - 1
    while cut > half, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
    return cut > half ? cut : limit
  }

  /// Hands out the rest of the text as the last block; the stream is empty afterwards.
  public mutating func finish(blocks: (TextBlock) -> Void) {
    blocks(cutBlock(upTo: buffer.count))
    buffer = []
    dropped = 0
    blockStart = 0
    searchFrom = 0
    linesBefore = 0
  }

  /// `buffer[blockStart..<cut]` as a block; the next block starts at `cut`.
  private mutating func cutBlock(upTo cut: Int) -> TextBlock {
    let block = TextBlock(
      bytes: Array(buffer[blockStart..<cut]), offset: dropped + blockStart,
      firstLineIndex: linesBefore)
    let limit = segmenter.configuration.sectionLabelLines
    if linesBefore < limit {
      linesBefore += LineClassifier.nonBlankLineCount(block.bytes, limit: limit - linesBefore)
    }
    blockStart = cut
    searchFrom = cut
    return block
  }
}

/// A piece of a text cut at a safe break (see `SegmentStream`), segmented on its own by
/// `Segmenter.segments(of:emit:)`.
public struct TextBlock: Sendable {
  /// The block's bytes (UTF-8).
  public let bytes: [UInt8]
  /// Where the block starts in the whole text, in bytes.
  public let offset: Int
  /// How many non-blank lines come before the block, counted up to
  /// `Configuration.sectionLabelLines` (only the lines at the top of a text may be section
  /// labels).
  let firstLineIndex: Int
}

extension Segmenter {
  /// Segments `block`, calling `emit` with each segment's kind, its byte range in the whole
  /// text and its bytes, in document order.
  public func segments(
    of block: TextBlock, emit: (SegmentKind, Range<Int>, ArraySlice<UInt8>) -> Void
  ) {
    let base = block.offset
    let bytes = block.bytes
    segmentBlock(bytes, firstLineIndex: block.firstLineIndex) { kind, range in
      emit(kind, base + range.lowerBound..<base + range.upperBound, bytes[range])
    }
  }
}

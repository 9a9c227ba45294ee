import BriefKit
import Foundation

/// `brief split` on a regular file of plain UTF-8 text (.txt, .md) without holding it in
/// memory: the file is read in chunks, normalised losslessly chunk by chunk, cut into blocks
/// by a `SegmentStream`, segmented a batch of blocks at a time on all cores, and written as it
/// goes.
///
/// A first pass (`StreamingTextCheck`) makes sure the text is valid UTF-8 that
/// `TextDecoder` would accept without a warning; anything else (pipes, HTML, UTF-16,
/// Windows-1252, binary or blank input, errors) is left to the whole-file path, so the
/// output and messages are the same either way.
struct StreamingSplit {
  /// Bytes read per system call.
  static let chunkBytes = 1 << 18
  /// Bytes of text segmented in parallel at a time (several blocks of
  /// `Segmenter.Configuration.blockBytes`).
  static let batchBytes = 1 << 19
  /// Normalised bytes gathered before the language is detected (more than the detector's
  /// 4 KB sample, so the sample is the same as for the whole text) and a metadata block is
  /// looked for (`MetadataHeader.maximumBytes`).
  static let languageSampleBytes = max(8_192, MetadataHeader.maximumBytes)

  let path: String
  let kinds: Bool
  let language: Language?

  /// Splits the file and returns true, or returns false (having written nothing) when the
  /// input needs the whole-file path.
  func run() throws(CLIError) -> Bool {
    let format = ArticleFormat(fileExtension: (path as NSString).pathExtension) ?? .text
    guard format == .text || format == .markdown else { return false }
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
    guard descriptor >= 0 else { return false }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
    let origin = lseek(descriptor, 0, SEEK_CUR)
    guard origin >= 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: Self.chunkBytes)
    guard let bomLength = Self.check(descriptor, &chunk),
      lseek(descriptor, origin + off_t(bomLength), SEEK_SET) >= 0
    else {
      _ = lseek(descriptor, origin, SEEK_SET)
      return false
    }
    try split(descriptor, &chunk)
    return true
  }

  /// Reads the file once: the length of its UTF-8 BOM (0 or 3) when it is plain UTF-8 text,
  /// else nil.
  private static func check(_ descriptor: Int32, _ chunk: inout [UInt8]) -> Int? {
    var textCheck = StreamingTextCheck()
    var bomLength: Int?
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count >= 0 else { return nil }
      if count == 0 { break }
      let bytes = chunk[0..<count]
      var skip = 0
      if bomLength == nil {
        // A first read shorter than a BOM is treated like a missing BOM: rare, and safe,
        // because a partial BOM is not valid UTF-8 and fails the check.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bomLength = skip
      }
      chunk.withUnsafeBufferPointer {
        textCheck.checkOnTwoCores(UnsafeBufferPointer(rebasing: $0[skip..<count]))
      }
    }
    return textCheck.isPlainText ? bomLength : nil
  }

  /// Reads, normalises, segments and writes the text from the current file position.
  ///
  /// The normalised text is cut into blocks (`SegmentStream`); blocks are gathered up to
  /// `batchBytes` and segmented on all cores, and their lines are written in order.
  private func split(_ descriptor: Int32, _ chunk: inout [UInt8]) throws(CLIError) {
    var normalizer = LosslessNormalizer()
    var normalized: [UInt8] = []
    normalized.reserveCapacity(Self.chunkBytes)
    var stream: SegmentStream?
    var segmenter: Segmenter?
    var output = BufferedOutput()
    var batch: [TextBlock] = []
    var batchBytes = 0
    let kinds = self.kinds
    func writeBatch() {
      guard let segmenter, !batch.isEmpty else { return }
      let pieces = Parallel.map(batch) { block in
        var lines: [UInt8] = []
        lines.reserveCapacity(block.bytes.count + block.bytes.count / 4)
        segmenter.segments(of: block) { kind, _, text in
          BufferedOutput.appendSegment(kind, text, kinds: kinds, to: &lines)
        }
        return lines
      }
      for lines in pieces { output.append(lines) }
      batch.removeAll(keepingCapacity: true)
      batchBytes = 0
    }
    func add(_ block: TextBlock) {
      batch.append(block)
      batchBytes += block.bytes.count
      if batchBytes >= Self.batchBytes { writeBatch() }
    }
    var atEnd = false
    while !atEnd {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count >= 0 else { throw CLIError(path: path, reason: "cannot be read") }
      atEnd = count == 0
      chunk.withUnsafeBufferPointer {
        normalizer.normalize(UnsafeBufferPointer(rebasing: $0[0..<count]), into: &normalized)
      }
      if atEnd { normalizer.finish(into: &normalized) }
      if stream == nil {
        guard atEnd || normalized.count >= Self.languageSampleBytes else { continue }
        var start = String(decoding: normalized, as: UTF8.self)
        // A metadata block ends within the first `MetadataHeader.maximumBytes`: all here.
        if let (_, block, body) = MetadataHeader.split(start) {
          output.appendMetadataBlock(block, kinds: kinds)
          normalized.removeFirst(block.utf8.count)
          start = String(body)
        }
        let chosen = language ?? LanguageDetector.detect(start)
        segmenter = Segmenter(language: chosen)
        stream = segmenter.map(SegmentStream.init)
      }
      normalized.withUnsafeBufferPointer { stream?.append($0, blocks: add) }
      normalized.removeAll(keepingCapacity: true)
    }
    stream?.finish(blocks: add)
    writeBatch()
    output.flush()
  }
}

extension StreamingTextCheck {
  /// Checks `bytes` as `check(_:)` does, the two halves at the same time (split at a
  /// character boundary, see `absorb(_:)`) when there are enough bytes to be worth it.
  mutating func checkOnTwoCores(_ bytes: UnsafeBufferPointer<UInt8>) {
    var boundary = bytes.count / 2
    while boundary < bytes.count && bytes[boundary] & 0xC0 == 0x80 { boundary += 1 }
    guard bytes.count >= 1 << 16, boundary < bytes.count else {
      check(bytes)
      return
    }
    // Each half is checked into its own state, and the states are read only afterwards.
    nonisolated(unsafe) var first = self
    nonisolated(unsafe) var second = StreamingTextCheck()
    nonisolated(unsafe) let bytes = bytes
    let middle = boundary
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      if half == 0 {
        first.check(UnsafeBufferPointer(rebasing: bytes[..<middle]))
      } else {
        second.check(UnsafeBufferPointer(rebasing: bytes[middle...]))
      }
    }
    first.absorb(second)
    self = first
  }
}

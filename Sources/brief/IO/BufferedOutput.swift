import BriefKit
import Foundation

/// Standard output through a fixed-size byte buffer: few system calls for many small lines.
struct BufferedOutput {
  /// Bytes collected before they are written.
  static let capacity = 1 << 20
  private var buffer: [UInt8] = []

  init() {
    buffer.reserveCapacity(Self.capacity)
  }

  /// Appends one byte.
  mutating func append(_ byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= Self.capacity { flush() }
  }

  /// Appends bytes as they are.
  mutating func append(_ bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.capacity { flush() }
  }

  /// Appends one line of `brief split`: the kind and a tab when `kinds` is set, then the
  /// segment's text on one line.
  mutating func appendSegment(_ kind: SegmentKind, _ text: some Collection<UInt8>, kinds: Bool) {
    Self.appendSegment(kind, text, kinds: kinds, to: &buffer)
    if buffer.count >= Self.capacity { flush() }
  }

  /// Appends each non-blank line of a metadata block (`MetadataHeader`) as a boilerplate
  /// segment.
  mutating func appendMetadataBlock(_ block: Substring, kinds: Bool) {
    for line in block.split(whereSeparator: \.isNewline)
    where !line.allSatisfy(\.isWhitespace) {
      appendSegment(.boilerplate, line.utf8, kinds: kinds)
    }
  }

  /// Appends one line of `brief split` to `buffer` (see `appendSegment(_:_:kinds:)`).
  static func appendSegment(
    _ kind: SegmentKind, _ text: some Collection<UInt8>, kinds: Bool, to buffer: inout [UInt8]
  ) {
    if kinds {
      buffer.append(contentsOf: kind.rawValue.utf8)
      buffer.append(UInt8(ascii: "\t"))
    }
    appendOnOneLine(text, to: &buffer)
    buffer.append(UInt8(ascii: "\n"))
  }

  /// `text` on one line, as `appendOnOneLine(_:to:)` writes it.
  static func onOneLine(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    appendOnOneLine(text.utf8, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends text on one line to `buffer`: every run of whitespace that holds a line break
  /// becomes one space; other characters are kept as they are.
  static func appendOnOneLine(_ bytes: some Collection<UInt8>, to buffer: inout [UInt8]) {
    let copied = bytes.withContiguousStorageIfAvailable { raw in
      guard let base = raw.baseAddress,
        memchr(base, 0x0A, raw.count) == nil && memchr(base, 0x0D, raw.count) == nil
      else { return false }
      buffer.append(contentsOf: raw)
      return true
    }
    if copied == true { return }
    if copied == nil && !bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      buffer.append(contentsOf: bytes)
      return
    }
    var pendingBreak = false
    for byte in bytes {
      switch byte {
      case 0x0A, 0x0D:
        while let last = buffer.last, last == 0x20 || last == 0x09 { buffer.removeLast() }
        pendingBreak = true
      case 0x20, 0x09:
        if !pendingBreak { buffer.append(byte) }
      default:
        if pendingBreak {
          buffer.append(0x20)
          pendingBreak = false
        }
        buffer.append(byte)
      }
    }
  }

  /// Writes what is buffered to standard output; a failed write ends the run with status 74
  /// (`StandardStream.outputFailed(_:)`).
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    StandardStream.writeOut(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

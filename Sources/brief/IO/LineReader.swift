import Foundation

/// Reads lines from a file descriptor in fixed-size chunks: memory bounded by the longest line
/// kept (`maximumLineBytes`) however long the stream, time linear in its length.
///
/// A stream that starts with a UTF-16 byte-order mark is decoded to UTF-8 as it is read, so
/// its lines are split after decoding (a `0A 00` pair is one line feed, not a line feed and a
/// stray NUL). Everything else is passed through as bytes.
struct LineReader {
  /// One line of the stream.
  enum Line: Equatable {
    /// A line without its terminating LF (and CR).
    case complete([UInt8])
    /// A line longer than `maximumLineBytes`, skipped without being kept; `length` is its
    /// length in bytes (as decoded), without the terminating LF.
    case tooLong(length: Int)
  }

  /// The longest line kept, in bytes (16 MiB: a JSON line holding the longest text briefed,
  /// 2 MiB, with room for escapes and HTML markup).
  static let maximumLineBytes = 16 << 20

  /// The descriptor read from.
  let descriptor: Int32
  private let chunkSize: Int
  private let maximumLineBytes: Int
  /// Decoded bytes; the unread ones are `buffer[start...]`.
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next line feed resumes: `buffer[start..<scanned]` holds none.
  private var scanned = 0
  /// Length of an over-long line being skipped, so far; nil when none is.
  private var skipping: Int?
  private var finished = false
  private var decoder = StreamDecoder()
  private var chunk: [UInt8]
  /// The `errno` of a read that failed (the stream then ends there); nil when none did.
  private(set) var readError: Int32?

  /// Reads from `descriptor` (default: standard input) in chunks of `chunkSize` bytes, keeping
  /// lines of at most `maximumLineBytes`; `prefix` holds bytes already read from the start of
  /// the stream (`JSONLinesSniffer`), read before the descriptor's.
  init(
    descriptor: Int32 = STDIN_FILENO, chunkSize: Int = 1 << 16,
    maximumLineBytes: Int = LineReader.maximumLineBytes, prefix: [UInt8] = []
  ) {
    self.descriptor = descriptor
    self.chunkSize = chunkSize
    self.maximumLineBytes = maximumLineBytes
    chunk = [UInt8](repeating: 0, count: chunkSize)
    if !prefix.isEmpty { decoder.decode(prefix[...], into: &buffer) }
  }

  /// The failure of a read that ended the stream early, as reported for the input `name`;
  /// nil when every read succeeded.
  func readFailure(name: String) -> CLIError? {
    readError.map {
      CLIError(path: name, reason: "cannot be read (\(String(cString: strerror($0))))")
    }
  }

  /// True when a complete line is buffered or the descriptor has bytes ready to read now:
  /// the next `nextLine()` will not wait for a slow producer.
  var hasWaitingInput: Bool {
    if finished || buffer[start...].contains(UInt8(ascii: "\n")) { return true }
    var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
  }

  /// The next line, or nil at the end of the stream.
  ///
  /// Each byte is scanned once and moved at most once more (when the buffer is compacted), so
  /// a line of any length costs time linear in its length.
  mutating func nextLine() -> Line? {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        return take(upTo: newline, skipping: 1)
      }
      scanned = buffer.count
      if let length = skipping {
        skipping = length + buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        (start, scanned) = (0, 0)
      } else if buffer.count - start > maximumLineBytes {
        skipping = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        (start, scanned) = (0, 0)
      }
      if finished {
        guard skipping != nil || start < buffer.count else { return nil }
        return take(upTo: buffer.count, skipping: 0)
      }
      if start > 0 && start >= buffer.count - start {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
      }
      fill()
    }
  }

  /// The line `buffer[start..<end]`, or the over-long line it ends; moves past it and
  /// `terminator` more bytes.
  private mutating func take(upTo end: Int, skipping terminator: Int) -> Line {
    defer {
      start = end + terminator
      scanned = start
    }
    if let length = skipping {
      self.skipping = nil
      return .tooLong(length: length + end - start)
    }
    var lineEnd = end
    if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
    guard end - start <= maximumLineBytes else { return .tooLong(length: lineEnd - start) }
    return .complete(Array(buffer[start..<lineEnd]))
  }

  /// Reads one chunk and decodes it onto the buffer; marks the end of the stream.
  private mutating func fill() {
    let chunkSize = self.chunkSize
    let descriptor = self.descriptor
    var count: Int
    repeat {
      count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
    } while count < 0 && errno == EINTR
    if count < 0 { readError = errno }
    if count <= 0 {
      finished = true
      decoder.finish(into: &buffer)
    } else {
      decoder.decode(chunk[0..<count], into: &buffer)
    }
  }
}

extension LineReader {
  /// Every complete line left, as UTF-8 text; over-long lines are left out.
  mutating func remainingLines() -> [Line] {
    var lines: [Line] = []
    while let line = nextLine() { lines.append(line) }
    return lines
  }
}

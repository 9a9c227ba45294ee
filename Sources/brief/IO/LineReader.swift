import Foundation

/// Reads lines from a file descriptor in fixed-size chunks: constant memory however long the
/// stream, one line held at a time.
struct LineReader: Sequence, IteratorProtocol {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  private let chunkSize: Int

  /// Reads from `descriptor` (default: standard input) in chunks of `chunkSize` bytes.
  init(descriptor: Int32 = STDIN_FILENO, chunkSize: Int = 1 << 16) {
    self.descriptor = descriptor
    self.chunkSize = chunkSize
  }

  /// True when a complete line is buffered or the descriptor has bytes ready to read now:
  /// the next `next()` will not wait for a slow producer.
  var hasWaitingInput: Bool {
    if buffer[start...].contains(UInt8(ascii: "\n")) || finished { return true }
    var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
  }

  /// The next line without its terminating LF (and CR), or nil at the end of the stream.
  mutating func next() -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[start..<newline])
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        start = newline + 1
        return line
      }
      if finished {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      buffer.removeFirst(start)
      start = 0
      var chunk = [UInt8](repeating: 0, count: chunkSize)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
      if count <= 0 {
        finished = true
      } else {
        buffer.append(contentsOf: chunk[0..<count])
      }
    }
  }
}

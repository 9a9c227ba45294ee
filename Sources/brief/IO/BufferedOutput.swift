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

  /// Appends text on one line: every run of whitespace that holds a line break becomes one
  /// space; other characters are kept as they are.
  mutating func appendOnOneLine(_ bytes: some Collection<UInt8>) {
    if !bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      append(bytes)
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
    if buffer.count >= Self.capacity { flush() }
  }

  /// Writes what is buffered to standard output.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

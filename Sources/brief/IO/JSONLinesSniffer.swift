import BriefKit
import Foundation

/// Tells a JSON-lines feed from one article by its first line, for inputs whose name says
/// nothing (standard input, `<(curl ...)`, `/dev/stdin`, a file without an article
/// extension).
///
/// A feed is recognised when its first non-blank line (after a UTF-8 BOM) is a JSON object
/// with a `"text"` field, the one field every article line needs. Anything else is an article.
enum JSONLinesSniffer {
  /// The bytes read from the start of an input to decide, and the decision.
  struct Peek {
    /// Every byte read so far; the reader of the input goes on from here.
    var bytes: [UInt8]
    /// Whether the input is a JSON-lines feed.
    var isJSONLines: Bool
  }

  /// Bytes asked for per read.
  static let chunkBytes = 1 << 16

  /// Reads from `descriptor` until its first non-blank line is known (at most
  /// `LineReader.maximumLineBytes` bytes, a first line that long being a feed's over-long
  /// line when it opens with `{`) and says whether the input is a JSON-lines feed.
  ///
  /// - Throws: a `CLIError` naming `name` when the input cannot be read.
  static func peek(_ descriptor: Int32, name: String) throws(CLIError) -> Peek {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkBytes)
    // Decided again only when a read brings a line end (or on the first bytes), so a long
    // first line is not scanned from its start after every chunk.
    var mayDecide = true
    while true {
      switch mayDecide ? decision(bytes) : nil {
      case .some(let isJSONLines): return Peek(bytes: bytes, isJSONLines: isJSONLines)
      case .none:
        if bytes.count > LineReader.maximumLineBytes {
          return Peek(bytes: bytes, isJSONLines: true)
        }
      }
      let count = chunk.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw CLIError(path: name, reason: "cannot be read (\(String(cString: strerror(errno))))")
      }
      if count == 0 {
        return Peek(bytes: bytes, isJSONLines: decision(bytes, atEnd: true) ?? false)
      }
      mayDecide = bytes.isEmpty || chunk[0..<count].contains(0x0A)
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Whether `bytes`, the start of an input, open a JSON-lines feed; nil when more bytes are
  /// needed to tell (and `atEnd` is false).
  static func decision(_ bytes: [UInt8], atEnd: Bool = false) -> Bool? {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    guard start < bytes.count else { return atEnd ? false : nil }
    guard bytes[start] == UInt8(ascii: "{") else { return false }
    guard let end = bytes[start...].firstIndex(of: 0x0A) ?? (atEnd ? bytes.count : nil) else {
      return nil
    }
    guard let object = JSONValue.parse(bytes[start..<end]) else { return false }
    return object["text"] != nil
  }
}

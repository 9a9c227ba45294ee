/// The `.lossless` form of `TextNormalizer` for UTF-8 that arrives in chunks.
///
/// CRLF and lone CR become LF; U+0085, U+2028 and U+2029 become LF; no-break and typographic
/// spaces become a plain space; every other byte is copied. A chunk may end inside a CRLF
/// pair or a UTF-8 sequence: the tail is held back until the next chunk (or `finish`), so
/// the output of any chunking equals `TextNormalizer.normalize(text, form: .lossless)` of the
/// whole text. Linear: runs without CR or the lead bytes of the replaced scalars (`C2`, `E2`,
/// `E3`) are copied in bulk.
public struct LosslessNormalizer: Sendable {
  /// A CR or an incomplete UTF-8 sequence at the end of the last chunk.
  private var pending: [UInt8] = []

  /// A normaliser at the start of a text.
  public init() {}

  /// Appends the normalised form of `chunk` (after what was held back) to `output`.
  public mutating func normalize(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    guard !pending.isEmpty else {
      pending = Self.rewrite(chunk, into: &output)
      return
    }
    let joined = pending + Array(chunk)
    pending = joined.withUnsafeBufferPointer { Self.rewrite($0, into: &output) }
  }

  /// Appends what was held back (a final CR becomes LF; a truncated sequence is kept).
  public mutating func finish(into output: inout [UInt8]) {
    if pending == [0x0D] {
      output.append(0x0A)
    } else {
      output.append(contentsOf: pending)
    }
    pending = []
  }

  /// Rewrites `bytes` into `output`, returning the tail it could not decide yet.
  private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8])
    -> [UInt8]
  {
    var runStart = 0
    var index = 0
    while true {
      index = ByteScanner.firstIndex(
        in: bytes, from: index, equalToAnyOf: [0x0D, 0xC2, 0xE2, 0xE3])
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == 0x0D {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        guard index + 1 < bytes.count else { return [0x0D] }
        output.append(0x0A)
        index += bytes[index + 1] == 0x0A ? 2 : 1
        runStart = index
        continue
      }
      let length = UTF8Scan.scalarLength(byte)
      if index + length > bytes.count {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        return Array(bytes[index...])
      }
      let replacement = Self.replacement(bytes, at: index, length: length)
      if let replacement {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(replacement)
        runStart = index + length
      }
      index += length
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    return []
  }

  /// The byte that replaces the scalar at `index`: a space or a line feed, or nil to keep it.
  private static func replacement(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int
  ) -> UInt8? {
    let lead = bytes[index]
    if length == 2, lead == 0xC2 {
      switch bytes[index + 1] {
      case 0x85: return 0x0A
      case 0xA0: return 0x20
      default: return nil
      }
    }
    guard length == 3, lead == 0xE2 || lead == 0xE3 else { return nil }
    let value =
      (UInt32(lead) & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6
      | (UInt32(bytes[index + 2]) & 0x3F)
    switch value {
    case 0x2028, 0x2029: return 0x0A
    case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
    default: return nil
    }
  }

  /// `bytes` normalised `chunkSize` bytes at a time, as a stream would deliver them: the same
  /// result as one call over the whole buffer, whatever the chunk size.
  public static func normalized(_ bytes: [UInt8], chunkSize: Int) -> [UInt8] {
    var normalizer = LosslessNormalizer()
    var output: [UInt8] = []
    let step = max(1, chunkSize)
    bytes.withUnsafeBufferPointer { buffer in
      for start in stride(from: 0, to: buffer.count, by: step) {
        let end = min(buffer.count, start + step)
        normalizer.normalize(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: &output)
      }
    }
    normalizer.finish(into: &output)
    return output
  }
}

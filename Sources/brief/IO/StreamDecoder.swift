/// Turns a byte stream, chunk by chunk, into UTF-8: a stream that opens with a UTF-16
/// byte-order mark is transcoded (the mark dropped, unpaired surrogates as U+FFFD, an odd last
/// byte dropped, as `TextDecoder` does for a whole file); any other stream passes through
/// unchanged.
///
/// A chunk may end anywhere, even inside a code unit or a surrogate pair.
struct StreamDecoder {
  private enum Mode {
    /// Fewer than two bytes seen: the mark is not yet known.
    case undecided
    case passThrough
    case utf16(bigEndian: Bool)
  }

  private var mode = Mode.undecided
  /// Bytes held back: the first byte of the stream, or an odd byte of UTF-16.
  private var held: [UInt8] = []
  /// A high surrogate waiting for its low half.
  private var highSurrogate: UInt16?

  /// Appends the decoded form of `bytes` to `output`.
  mutating func decode(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) {
    switch mode {
    case .passThrough:
      output.append(contentsOf: bytes)
    case .undecided:
      held.append(contentsOf: bytes)
      guard held.count >= 2 else { return }
      let first = held
      held = []
      if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) {
        mode = .utf16(bigEndian: first[0] == 0xFE)
        decode(first[2...], into: &output)
      } else {
        mode = .passThrough
        output.append(contentsOf: first)
      }
    case .utf16(let bigEndian):
      var bytes = bytes
      if let odd = held.first {
        held = []
        guard let next = bytes.popFirst() else {
          held = [odd]
          return
        }
        append(unit(odd, next, bigEndian: bigEndian), to: &output)
      }
      var index = bytes.startIndex
      while index + 1 < bytes.endIndex {
        append(unit(bytes[index], bytes[index + 1], bigEndian: bigEndian), to: &output)
        index += 2
      }
      if index < bytes.endIndex { held = [bytes[index]] }
    }
  }

  /// Appends what is held back at the end of the stream: a lone first byte as it is, an
  /// unpaired high surrogate as U+FFFD; an odd byte of UTF-16 is dropped.
  mutating func finish(into output: inout [UInt8]) {
    if case .undecided = mode { output.append(contentsOf: held) }
    held = []
    if highSurrogate != nil { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
    highSurrogate = nil
  }

  private func unit(_ first: UInt8, _ second: UInt8, bigEndian: Bool) -> UInt16 {
    bigEndian
      ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
  }

  private mutating func append(_ unit: UInt16, to output: inout [UInt8]) {
    if let high = highSurrogate {
      highSurrogate = nil
      if UTF16.isTrailSurrogate(unit) {
        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
        output.append(contentsOf: (Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
        return
      }
      output.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }
    if UTF16.isLeadSurrogate(unit) {
      highSurrogate = unit
      return
    }
    output.append(contentsOf: (Unicode.Scalar(unit) ?? "\u{FFFD}").utf8)
  }
}

import Foundation

/// Normalises decoded text so that later stages see one spelling of the same text.
///
/// - CRLF and lone CR become LF; U+0085, U+2028 and U+2029 become LF.
/// - No-break and typographic spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) become
///   a plain space.
/// - Soft hyphens (U+00AD), zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and bidi
///   formatting characters (`BidiControls`: an override left open would turn the text after
///   it around) are removed.
/// - Control characters (C0 other than tab and line breaks, DEL, C1 other than U+0085) are
///   removed; form feed and vertical tab become LF. (Text with more than a few is refused as
///   binary before it gets here: `TextDecoder`.)
/// - The result is in Unicode NFC.
///
/// Everything else is kept: runs of spaces and blank lines are not collapsed, because the
/// segmenter needs the line structure.
///
/// The `.lossless` form (for `brief split`) only rewrites whitespace as whitespace: line
/// breaks and space variants as above, but no removals and no NFC, so every non-whitespace
/// character of the input survives unchanged.
/// Linear: one pass over the UTF-8 bytes; NFC runs only on lines that may need it.
public enum TextNormalizer {
  /// How far normalisation goes.
  public enum Form: Sendable, Equatable {
    /// Everything listed above: for briefs.
    case full
    /// Whitespace rewritten as whitespace only: for showing the text as it is.
    case lossless
  }

  /// LF line breaks and NBSP as space; in the `.full` form also NFC, with soft hyphens,
  /// zero-width and bidi formatting characters removed.
  public static func normalize(_ text: String, form: Form = .full) -> String {
    var contiguous = text
    let normalized: String? = contiguous.withUTF8 { bytes in
      nextSpecial(in: bytes, from: 0, form: form) < bytes.count
        ? normalizeBytes(bytes, form: form) : nil
    }
    return normalized ?? text
  }

  /// What happens to one scalar.
  private enum Rewrite {
    case keep, remove, space, lineFeed
  }

  private static func rewrite(_ value: UInt32, form: Form) -> Rewrite {
    switch value {
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
    case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return form == .full ? .remove : .keep
    case _ where BidiControls.contains(value): return form == .full ? .remove : .keep
    case 0x0085, 0x2028, 0x2029: return .lineFeed
    case 0x000B, 0x000C: return form == .full ? .lineFeed : .keep
    case 0x0000...0x0008, 0x000E...0x001F, 0x007F, 0x0080...0x0084, 0x0086...0x009F:
      return form == .full ? .remove : .keep
    default: return .keep
    }
  }

  /// Rewrites line breaks, spaces and invisible characters, then applies NFC where needed.
  ///
  /// ASCII runs are copied in bulk; only CR and non-ASCII bytes are looked at one by one.
  private static func normalizeBytes(_ bytes: UnsafeBufferPointer<UInt8>, form: Form) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    // Offsets in `output` of scalars that NFC might change.
    var unstable: [Int] = []
    // Bytes from `runStart` to `index` are copied unchanged when the run ends.
    var runStart = 0
    var index = 0
    while true {
      index = nextSpecial(in: bytes, from: index, form: form)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == 0x0D {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(0x0A)
        index += index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        runStart = index
        continue
      }
      let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      let end = min(index + length, bytes.count)
      let value = scalarValue(bytes, from: index, length: end - index)
      let action = rewrite(value, form: form)
      if action == .keep {
        if !isNFCStable(value) { unstable.append(output.count + index - runStart) }
        index = end
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      switch action {
      case .keep, .remove: break
      case .space: output.append(0x20)
      case .lineFeed: output.append(0x0A)
      }
      index = end
      runStart = end
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    guard form == .full else { return String(decoding: output, as: UTF8.self) }
    return composed(output, lines: lines(around: unstable, in: output))
  }

  /// The index of the next CR or non-ASCII byte (in the `.full` form also of the next ASCII
  /// control character other than tab and LF), or `bytes.count`.
  private static func nextSpecial(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, form: Form
  ) -> Int {
    guard form == .full else {
      return ByteScanner.firstIndex(
        in: bytes, from: start,
        wordMayMatch: {
          ByteScanner.hasNonASCII(in: $0) || ByteScanner.hasByte(in: $0, equalTo: 0x0D)
        },
        matches: { $0 >= 0x80 || $0 == 0x0D })
    }
    return ByteScanner.firstIndex(
      in: bytes, from: start,
      wordMayMatch: {
        ByteScanner.hasNonASCII(in: $0) || ByteScanner.hasByte(in: $0, below: 0x20)
          || ByteScanner.hasByte(in: $0, equalTo: 0x7F)
      },
      matches: { $0 >= 0x7F || ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) })
  }

  /// The lines (byte ranges without their LF) that contain the given offsets, in order.
  private static func lines(around offsets: [Int], in bytes: [UInt8]) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    for offset in offsets {
      if let last = lines.last, last.contains(offset) { continue }
      var start = offset
      while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
      var end = offset
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      lines.append(start..<end)
    }
    return lines
  }

  /// Applies NFC to the given lines of `bytes`.
  ///
  /// NFC never combines across a line break, so normalising line by line equals normalising the
  /// whole text.
  private static func composed(_ bytes: [UInt8], lines: [Range<Int>]) -> String {
    guard !lines.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
    var result = ""
    result.reserveCapacity(bytes.count)
    var done = 0
    for line in lines {
      result += String(decoding: bytes[done..<line.lowerBound], as: UTF8.self)
      result += String(decoding: bytes[line], as: UTF8.self).precomposedStringWithCanonicalMapping
      done = line.upperBound
    }
    result += String(decoding: bytes[done...], as: UTF8.self)
    return result
  }

  /// The scalar value of a UTF-8 sequence (valid input assumed; Strings are valid UTF-8).
  private static func scalarValue(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int
  ) -> UInt32 {
    let lead = UInt32(bytes[start])
    guard length > 1 else { return lead }
    var value = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07
    for offset in 1..<max(length, 1) {
      value = value << 6 | (UInt32(bytes[start + offset]) & 0x3F)
    }
    return value
  }

  /// True for scalars that are unchanged by NFC and never compose with a neighbour in text made
  /// only of such scalars.
  ///
  /// Latin (below the combining marks at U+0300), general punctuation, currency signs and arrows.
  /// Anything else sends its line through NFC.
  static func isNFCStable(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x0300, 0x2010..<0x2070, 0x20A0..<0x20D0, 0x2190..<0x2200: return true
    default: return false
    }
  }
}

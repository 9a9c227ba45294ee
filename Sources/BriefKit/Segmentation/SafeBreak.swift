/// Finds paragraph breaks where a text can be cut into blocks without changing its
/// segmentation.
///
/// A break is safe when the line before the blank line ends in `.` or `!` after a plain
/// word (letters and hyphens, at least two letters, the last one lower case, not an
/// abbreviation, title or ordinal) and the line after it starts with an ASCII capital. Then
/// the whole-text run also ends a sentence there (rules 3 and 5 of SEGMENTATION-RULES.md),
/// neither line's role depends on the other, and every rule that looks across the break
/// looks no further than the first letter of the next line. The one rule with a wider view,
/// a line printed twice, is judged within a block.
struct SafeBreak {
  let data: LanguageData
  let configuration: Segmenter.Configuration

  /// The outcome of a search.
  enum Outcome: Equatable {
    /// A safe break: the start of the line after the blank line.
    case found(Int)
    /// None up to the end of the bytes; a later search resumes at the given index.
    case needMore(resume: Int)
  }

  /// The first safe break whose first line feed is at or after `from`, never looking back
  /// before `lower` (the start of the block).
  ///
  /// Linear in the bytes searched; a break that needs bytes beyond the end yields
  /// `.needMore` with the index to resume at.
  func first(in bytes: [UInt8], from: Int, lower: Int) -> Outcome {
    var index = from
    while index < bytes.count {
      guard bytes[index] == 0x0A else {
        index += 1
        continue
      }
      var next = index + 1
      var lineFeeds = 1
      while next < bytes.count {
        let length = UTF8Scan.whitespaceLength(bytes, next)
        if length == 0 { break }
        if bytes[next] == 0x0A { lineFeeds += 1 }
        next += length
      }
      // The scalar at the end may be incomplete: decide only with a byte to spare.
      guard next + 3 < bytes.count else { return .needMore(resume: index) }
      if lineFeeds >= 2, isSafe(lineFeed: index, lineStart: next, in: bytes, lower: lower) {
        return .found(next)
      }
      index = next
    }
    return .needMore(resume: bytes.count)
  }

  /// Whether the blank line between the line ending before `lineFeed` and the line starting
  /// at `lineStart` is a safe break.
  private func isSafe(lineFeed: Int, lineStart: Int, in bytes: [UInt8], lower: Int) -> Bool {
    guard bytes[lineStart] >= 0x41 && bytes[lineStart] <= 0x5A else { return false }
    var end = lineFeed
    while end > lower {
      let previous = UTF8Scan.previousStart(bytes, end)
      if UTF8Scan.whitespaceLength(bytes, previous) == 0 { break }
      end = previous
    }
    guard end > lower, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x21 else { return false }
    var runStart = end - 1
    while runStart > lower {
      let byte = bytes[runStart - 1]
      guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { break }
      runStart -= 1
    }
    var wordStart = runStart
    var letters = 0
    var endsLowercase = false
    while wordStart > lower, runStart - wordStart < configuration.maximumTokenLength {
      let previous = UTF8Scan.previousStart(bytes, wordStart)
      if bytes[previous] != 0x2D {
        guard UTF8Scan.isLetter(bytes, previous) else { break }
        if letters == 0 { endsLowercase = UTF8Scan.letterCase(bytes, previous) == .lower }
        letters += 1
      }
      wordStart = previous
    }
    guard letters >= 2, endsLowercase, isTokenStart(wordStart, in: bytes, lower: lower) else {
      return false
    }
    var coreStart = wordStart
    while bytes[coreStart] == 0x2D { coreStart += 1 }
    let core = coreStart..<runStart
    return !data.abbreviations.contains(bytes, core) && !data.titles.contains(bytes, core)
      && !data.endingAbbreviations.contains(bytes, core)
      && !data.numberAbbreviations.contains(bytes, core)
  }

  /// Whether whitespace, or one opening quote or bracket after whitespace, precedes `index`.
  private func isTokenStart(_ index: Int, in bytes: [UInt8], lower: Int) -> Bool {
    guard index > lower else { return true }
    let previous = UTF8Scan.previousStart(bytes, index)
    if UTF8Scan.whitespaceLength(bytes, previous) > 0 { return true }
    let isOpener: Bool
    switch bytes[previous] {
    case 0x22, 0x27, 0x28, 0x5B: isOpener = true
    case 0xC2, 0xE2:
      switch UTF8Scan.scalar(bytes, previous).0 {
      case "\u{201E}", "\u{201C}", "\u{00AB}", "\u{00BB}", "\u{201A}", "\u{2018}": isOpener = true
      default: isOpener = false
      }
    default: isOpener = false
    }
    guard isOpener else { return false }
    return previous == lower
      || UTF8Scan.whitespaceLength(bytes, UTF8Scan.previousStart(bytes, previous)) > 0
  }
}

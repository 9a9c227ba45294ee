/// Finds sentence boundaries inside one block of running text (a paragraph, a list item or
/// a furniture line), where line breaks are plain whitespace.
///
/// One left-to-right pass over the bytes: at each run of final punctuation (`.`, `!`, `?`,
/// `…`) the closing quotes, brackets and footnote marks that follow are attached, and the
/// rules in `SentenceSplitter+Rules.swift` decide whether a new sentence starts. Each
/// decision looks at most `maximumTokenLength` bytes around the punctuation, so the pass is
/// linear in the length of the block.
struct SentenceSplitter {
  let bytes: [UInt8]
  let data: LanguageData
  let configuration: Segmenter.Configuration
  let recognizer: BoilerplateRecognizer

  /// The final punctuation run found at one position.
  struct Terminator {
    /// Where the run starts and ends.
    var start: Int
    var end: Int
    /// The number of `.` in the run.
    var periods = 0
    /// Whether the run holds `!`, `?` or `…` (or several periods: an ellipsis).
    var isStrong = false
    /// Where the attached closing marks end (the candidate boundary).
    var boundary: Int
  }

  /// The sentence ranges of `block`, trimmed of whitespace, in order, covering every
  /// non-whitespace byte of the block once.
  func sentences(in block: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = block.lowerBound
    var index = block.lowerBound
    let end = block.upperBound
    while index < end {
      if index == start, let furnitureEnd = leadingFurnitureEnd(from: start, end: end) {
        appendTrimmed(start..<furnitureEnd, to: &pieces)
        start = furnitureEnd
        index = furnitureEnd
        continue
      }
      index = nextCandidate(from: index, end: end)
      guard index < end else { break }
      if recognizer.mayBeInTweetLink(period: index, end: end),
        let link = recognizer.tweetLink(aroundPeriod: index, pieceStart: start, end: end)
      {
        index = splitTweet(at: link, pieceStart: &start, end: end, into: &pieces)
        continue
      }
      guard let terminator = terminator(at: index, end: end) else {
        index += 1
        continue
      }
      if terminator.boundary < end,
        isBoundary(terminator, pieceStart: start, end: end)
      {
        appendTrimmed(start..<terminator.boundary, to: &pieces)
        start = terminator.boundary
      }
      index = terminator.end
    }
    appendTrimmed(start..<end, to: &pieces)
    return pieces
  }

  /// The end of the furniture that opens a piece before a capitalised sentence: a credit in
  /// parentheses (`(sda) Am Tag ...`, `(AFP) Die Polizei ...`, `(dpa)Berlin – ...`) or a
  /// tweet's hashtags (`leadingHashtagsEnd`); nil when there is none.
  private func leadingFurnitureEnd(from index: Int, end: Int) -> Int? {
    var open = index
    while open < end, UTF8Scan.whitespaceLength(bytes, open) > 0 {
      open += UTF8Scan.whitespaceLength(bytes, open)
    }
    guard open < end else { return nil }
    switch bytes[open] {
    case 0x28:
      guard let close = recognizer.creditEnd(at: open, end: end) else { return nil }
      return opensCapitalised(after: close, end: end) ? close : nil
    case 0x23: return leadingHashtagsEnd(at: open, end: end)
    default: return nil
    }
  }

  /// Whether a capitalised word follows `index` (after whitespace and opening marks).
  func opensCapitalised(after index: Int, end: Int) -> Bool {
    var next = index
    while next < end, UTF8Scan.whitespaceLength(bytes, next) > 0 {
      next += UTF8Scan.whitespaceLength(bytes, next)
    }
    let word = wordStart(from: next, end: end)
    return word < end && UTF8Scan.letterCase(bytes, word) == .upper
  }

  /// The first `.`, `!`, `?` or lead byte of `…` at or after `index` (before `end`), or
  /// `end`.
  private func nextCandidate(from index: Int, end: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      index
        + ByteScanner.firstIndex(
          in: UnsafeBufferPointer(rebasing: buffer[index..<end]), from: 0,
          equalToAnyOf: [0x2E, 0x21, 0x3F, 0xE2])
    }
  }

  func appendTrimmed(_ range: Range<Int>, to pieces: inout [Range<Int>]) {
    let trimmed = UTF8Scan.trimmed(bytes, range)
    if !trimmed.isEmpty { pieces.append(trimmed) }
  }

  /// Whether the byte at `index` starts `…` (U+2026).
  @inline(__always)
  func isEllipsis(_ index: Int, end: Int) -> Bool {
    bytes[index] == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  /// The run of final punctuation starting at `index`, with its closing marks, or nil.
  func terminator(at index: Int, end: Int) -> Terminator? {
    let first = bytes[index]
    guard first == 0x2E || first == 0x21 || first == 0x3F || isEllipsis(index, end: end) else {
      return nil
    }
    var run = Terminator(start: index, end: index, boundary: index)
    var cursor = index
    while cursor < end {
      let byte = bytes[cursor]
      if byte == 0x2E {
        run.periods += 1
        cursor += 1
      } else if byte == 0x21 || byte == 0x3F {
        run.isStrong = true
        cursor += 1
      } else if isEllipsis(cursor, end: end) {
        run.isStrong = true
        cursor += 3
      } else {
        break
      }
    }
    if run.periods >= 2 { run.isStrong = true }
    run.end = cursor
    run.boundary = closersEnd(from: cursor, end: end)
    return run
  }

  /// The end of the closing quotes, brackets, emphasis marks and footnote marks (`[3]`)
  /// directly after final punctuation at `index`.
  func closersEnd(from index: Int, end: Int) -> Int {
    var cursor = index
    while cursor < end {
      let byte = bytes[cursor]
      if byte == 0x29 || byte == 0x5D || byte == 0x2A || byte == 0x5F {  // ) ] * _
        cursor += 1
      } else if byte == 0x5B, let footnoteEnd = footnoteEnd(from: cursor, end: end) {
        cursor = footnoteEnd
      } else if byte == 0x22 || byte == 0x27 {  // " ' close unless a word follows at once
        let next = cursor + 1
        if next < end, UTF8Scan.isLetter(bytes, next) || UTF8Scan.isDigit(bytes, next) {
          break
        }
        cursor += 1
      } else if byte >= 0xC2 {
        let (scalar, length) = UTF8Scan.scalar(bytes, cursor)
        guard data.closingQuotes.contains(scalar) else { break }
        cursor += length
      } else {
        break
      }
    }
    return min(cursor, end)
  }

  /// The end of a footnote mark `[12]` starting at `index`, or nil.
  private func footnoteEnd(from index: Int, end: Int) -> Int? {
    var cursor = index + 1
    while cursor < end, cursor - index <= 4, UTF8Scan.isDigit(bytes, cursor) { cursor += 1 }
    guard cursor > index + 1, cursor < end, bytes[cursor] == 0x5D else { return nil }
    return cursor + 1
  }
}

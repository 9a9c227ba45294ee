/// Splits a text into its non-blank lines and decides what each line is: furniture, a
/// heading, a list item, or running text, and whether running text continues on the next
/// line (SEGMENTATION-RULES.md, rules 1, 2 and 9).
struct LineClassifier {
  /// One non-blank line.
  struct Line {
    /// The line without surrounding whitespace.
    var range: Range<Int>
    /// Whether a blank line (or the start of the text) comes before it.
    var blankBefore: Bool
    /// Whether a blank line (or the end of the text) comes after it.
    var blankAfter = true
    /// The end of a metadata field at its start (`date 2025-02`), if any.
    var metadataEnd: Int?
    /// What the line is.
    var role = Role.body
    /// Whether running text goes on into the next line (only for `.body`).
    var joinsNext = false
  }

  /// What a line is.
  enum Role: Equatable { case boilerplate, heading, listItem, body }

  let bytes: [UInt8]
  let data: LanguageData
  let configuration: Segmenter.Configuration
  let recognizer: BoilerplateRecognizer

  /// The non-blank lines of the text in order, classified.
  func lines() -> [Line] {
    var lines = rawLines()
    let repeated = repeatedLines(lines)
    for index in lines.indices {
      let range = lines[index].range
      var content = range
      if !recognizer.isFurnitureLine(range), let end = recognizer.metadataEnd(range) {
        lines[index].metadataEnd = end
        content = UTF8Scan.trimmed(bytes, end..<range.upperBound)
      }
      if content.isEmpty || recognizer.isFurnitureLine(content) || recognizer.isByline(content)
        || (index < configuration.sectionLabelLines && recognizer.isSectionLabel(content))
        || repeated.contains(index)
      {
        lines[index].role = .boilerplate
      } else if isListItem(content) {
        lines[index].role = .listItem
      }
    }
    for index in lines.indices.reversed() where lines[index].role == .body {
      decideRunningText(&lines, index)
    }
    markTeaserLinks(&lines)
    return lines
  }

  /// Heading-like lines printed directly (no blank line) under a teaser label are link
  /// titles: `Mehr zum Thema` / `EZB: Lagarde bleibt bis 2027` are both furniture.
  private func markTeaserLinks(_ lines: inout [Line]) {
    var inTeasers = false
    for index in lines.indices {
      if lines[index].blankBefore { inTeasers = false }
      if lines[index].role == .boilerplate {
        inTeasers = inTeasers || recognizer.isTeaserLabel(lines[index].range)
      } else if inTeasers && lines[index].role == .heading {
        lines[index].role = .boilerplate
      } else {
        inTeasers = false
      }
    }
  }

  /// The indices of lines ending in final punctuation that occur more than once (a photo
  /// caption printed twice), found by hashing each line once.
  private func repeatedLines(_ lines: [Line]) -> Set<Int> {
    var firstByHash: [UInt64: Int] = [:]
    var repeated = Set<Int>()
    for index in lines.indices {
      let range = lines[index].range
      guard range.count >= configuration.minimumRepeatedLineBytes, endsFinal(range) else {
        continue
      }
      let hash = ByteWordSet.hash(bytes, range)
      guard let first = firstByHash[hash] else {
        firstByHash[hash] = index
        continue
      }
      if bytes[lines[first].range] == bytes[range] {
        repeated.insert(first)
        repeated.insert(index)
      }
    }
    return repeated
  }

  /// Heading or running text, and whether running text continues into the next line.
  private func decideRunningText(_ lines: inout [Line], _ index: Int) {
    let line = lines[index]
    let next = index + 1 < lines.count ? index + 1 : nil
    let nextIsText = next.map { lines[$0].role == .body || lines[$0].role == .heading } ?? false
    let nextStartsBlock = next.map { lines[$0].metadataEnd != nil } ?? true
    if endsFinal(line.range) {
      if isQuestionHeading(line, hasNext: nextIsText) {
        lines[index].role = .heading
      } else {
        lines[index].joinsNext =
          nextIsText && !nextStartsBlock
          && lines[index + 1].role == .body
      }
      return
    }
    if let next, nextIsText, !nextStartsBlock, continues(line, into: lines[next]) {
      lines[index].joinsNext = true
      if lines[next].role == .heading { lines[next].role = .body }
    } else if isHeadingLike(line.range) {
      lines[index].role = .heading
    }
  }

  /// All non-blank lines with their blank-line neighbourhood.
  private func rawLines() -> [Line] {
    var lines: [Line] = []
    var start = 0
    var blankBefore = true
    while start <= bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      let range = UTF8Scan.trimmed(bytes, start..<end)
      if range.isEmpty {
        blankBefore = true
        if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
      } else {
        if !lines.isEmpty && !blankBefore { lines[lines.count - 1].blankAfter = false }
        lines.append(Line(range: range, blankBefore: blankBefore))
        blankBefore = false
      }
      start = end + 1
    }
    return lines
  }

  /// The last byte of `range` that is not a closing quote, bracket or emphasis mark.
  private func lastSignificant(_ range: Range<Int>) -> Int? {
    var end = range.upperBound
    while end > range.lowerBound {
      let previous = UTF8Scan.previousStart(bytes, end)
      let byte = bytes[previous]
      let isCloser: Bool
      if byte >= 0xC2 {
        isCloser = data.closingQuotes.contains(UTF8Scan.scalar(bytes, previous).0)
      } else {
        isCloser =
          byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
          || byte == 0x2A || byte == 0x5F || byte == 0x20
      }
      if !isCloser { return previous }
      end = previous
    }
    return nil
  }

  /// Whether the line ends in final punctuation (`.`, `!`, `?`, `…`), closing marks aside.
  func endsFinal(_ range: Range<Int>) -> Bool {
    guard let last = lastSignificant(range) else { return false }
    let byte = bytes[last]
    return byte == 0x2E || byte == 0x21 || byte == 0x3F
      || (byte == 0xE2 && last + 2 < bytes.count && bytes[last + 2] == 0xA6)
  }

  /// Whether a line without final punctuation goes on in `next`: it ends in a comma, colon,
  /// semicolon or hyphen, or in a function word (`der`, `und`, `in`), or the next line starts
  /// in lower case (unless both lines are single words), or (directly wrapped, no blank line)
  /// it holds a comma and ends in lower case.
  private func continues(_ line: Line, into next: Line) -> Bool {
    guard let last = lastSignificant(line.range) else { return false }
    switch bytes[last] {
    case 0x2C, 0x3A, 0x3B, 0x2D: return true
    default: break
    }
    var wordStart = last + 1
    while wordStart > line.range.lowerBound {
      let previous = UTF8Scan.previousStart(bytes, wordStart)
      guard UTF8Scan.isLetter(bytes, previous) else { break }
      wordStart = previous
    }
    if data.continuationWords.contains(bytes, wordStart..<last + 1) { return true }
    var first = next.range.lowerBound
    while first < next.range.upperBound, !UTF8Scan.isLetter(bytes, first),
      !UTF8Scan.isDigit(bytes, first), first - next.range.lowerBound < 8
    {
      first += UTF8Scan.scalarLength(bytes[first])
    }
    if first < next.range.upperBound, UTF8Scan.letterCase(bytes, first) == .lower {
      // A column of single words (`spielen` / `spielt` / `spiele`) is a list, not a sentence.
      return recognizer.wordCount(line.range, limit: 2) > 1
        || recognizer.wordCount(next.range, limit: 2) > 1
    }
    if !next.blankBefore, wordStart <= last, UTF8Scan.letterCase(bytes, wordStart) == .lower {
      return line.range.contains { bytes[$0] == 0x2C }
    }
    return false
  }

  /// A short line without final punctuation and without a sentence boundary inside; not one
  /// that introduces more (`:`, `,`, `;`, `-` at the end) or holds a clause after a comma
  /// (`..., diesen Konflikt zu beenden`): that is a sentence without its final punctuation.
  private func isHeadingLike(_ range: Range<Int>) -> Bool {
    guard range.count <= configuration.maximumHeadingBytes,
      recognizer.wordCount(range, limit: configuration.maximumHeadingWords + 1)
        <= configuration.maximumHeadingWords,
      let last = lastSignificant(range)
    else { return false }
    switch bytes[last] {
    case 0x3A, 0x2C, 0x3B, 0x2D: return false
    default: break
    }
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      if bytes[index] == 0x2C && bytes[index + 1] == 0x20
        && UTF8Scan.letterCase(bytes, index + 2) == .lower
      {
        return false
      }
      index += 1
    }
    return !hasInnerBoundary(range)
  }

  /// A question standing alone as a short paragraph before more text.
  private func isQuestionHeading(_ line: Line, hasNext: Bool) -> Bool {
    guard hasNext, line.blankBefore, line.blankAfter, let last = lastSignificant(line.range),
      bytes[last] == 0x3F,
      recognizer.wordCount(line.range, limit: configuration.maximumQuestionHeadingWords + 1)
        <= configuration.maximumQuestionHeadingWords
    else { return false }
    return !hasInnerBoundary(line.range.lowerBound..<last)
  }

  /// Whether `.`, `!` or `?` followed by a space and a parenthesis, or anything but a
  /// lower-case letter (perhaps after an opening quote), occurs inside `range`.
  private func hasInnerBoundary(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      let byte = bytes[index]
      if (byte == 0x2E || byte == 0x21 || byte == 0x3F) && bytes[index + 1] == 0x20 {
        if bytes[index + 2] == 0x28 { return true }  // a parenthesis after a sentence
        var word = index + 2
        while word < range.upperBound, word - index < 6, !UTF8Scan.isLetter(bytes, word),
          !UTF8Scan.isDigit(bytes, word), UTF8Scan.whitespaceLength(bytes, word) == 0
        {
          word += UTF8Scan.scalarLength(bytes[word])
        }
        if word < range.upperBound, UTF8Scan.letterCase(bytes, word) != .lower { return true }
      }
      index += 1
    }
    return false
  }

  /// A bullet (`•`, `-`, `*`, `–`) or a list number (`1.`, `2)`) and a space at the start.
  private func isListItem(_ range: Range<Int>) -> Bool {
    let first = bytes[range.lowerBound]
    var markerEnd = range.lowerBound
    if first == 0x2D || first == 0x2A {
      markerEnd += 1
    } else if first >= 0xC2 {
      let (scalar, length) = UTF8Scan.scalar(bytes, range.lowerBound)
      switch scalar {
      case "\u{2022}", "\u{25E6}", "\u{25AA}", "\u{2023}", "\u{25BA}", "\u{25A0}", "\u{00B7}",
        "\u{2013}", "\u{2014}", "\u{25CF}", "\u{27A2}":
        markerEnd += length
      default: return false
      }
    } else {
      while markerEnd < range.upperBound, markerEnd - range.lowerBound < 3,
        UTF8Scan.isDigit(bytes, markerEnd)
      {
        markerEnd += 1
      }
      guard markerEnd > range.lowerBound, markerEnd < range.upperBound,
        bytes[markerEnd] == 0x2E || bytes[markerEnd] == 0x29
      else { return false }
      markerEnd += 1
    }
    return markerEnd < range.upperBound && UTF8Scan.whitespaceLength(bytes, markerEnd) > 0
  }
}

/// The shapes of single lines: final punctuation, heading-like, question, list item.
extension LineClassifier {
  /// The last byte of `range` that is not a closing quote, bracket or emphasis mark.
  func lastSignificant(_ range: Range<Int>) -> Int? {
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

  /// A short line without final punctuation and without a sentence boundary inside.
  ///
  /// Boundaries are those the splitter finds, so that `Nr. 047/2025` or `Freiburg i. Br.`
  /// keep a headline whole. Not a line that introduces more (`:`, `,`, `;`, `-` at the end).
  /// At the end of the text, a line that holds a clause after a comma (`..., diesen Konflikt
  /// zu beenden`) is a sentence without its final punctuation; before more text it is a
  /// headline (`Der Mann, der Berlin zum Klingen brachte`).
  func isHeadingLike(_ range: Range<Int>, atEnd: Bool) -> Bool {
    guard isShortLine(range), !introducesMore(range) else { return false }
    var index = range.lowerBound
    while atEnd, index + 2 < range.upperBound {
      if bytes[index] == 0x2C && bytes[index + 1] == 0x20
        && UTF8Scan.letterCase(bytes, index + 2) == .lower
      {
        return false
      }
      index += 1
    }
    return splitter.sentences(in: range).count == 1
  }

  /// Whether the line ends in one full stop (closing marks aside) after an ordinary word, as
  /// a sentence does (`… versprach schnelle Hilfe.`); not after an abbreviation, initial or
  /// number (`Freiburg i. Br.`, `Tel. 0761 201-1340.`), nor in an ellipsis.
  func endsInFullStopAfterWord(_ range: Range<Int>) -> Bool {
    guard let last = lastSignificant(range), bytes[last] == 0x2E, last > range.lowerBound,
      bytes[last - 1] != 0x2E
    else { return false }
    return splitter.tokenKind(before: last, pieceStart: range.lowerBound) == .word
      && UTF8Scan.isLetter(bytes, UTF8Scan.previousStart(bytes, last))
  }

  /// Whether the line ends in `:`, `,`, `;` or `-` (closing marks aside): it introduces more.
  func introducesMore(_ range: Range<Int>) -> Bool {
    guard let last = lastSignificant(range) else { return true }
    switch bytes[last] {
    case 0x3A, 0x2C, 0x3B, 0x2D: return true
    default: return false
    }
  }

  /// At most `maximumHeadingWords` words and `maximumHeadingBytes` bytes.
  func isShortLine(_ range: Range<Int>) -> Bool {
    range.count <= configuration.maximumHeadingBytes
      && recognizer.wordCount(range, limit: configuration.maximumHeadingWords + 1)
        <= configuration.maximumHeadingWords
  }

  /// A question standing alone as a short paragraph before more text.
  func isQuestionHeading(_ line: Line, hasNext: Bool) -> Bool {
    guard hasNext, line.blankBefore, line.blankAfter, let last = lastSignificant(line.range),
      bytes[last] == 0x3F,
      recognizer.wordCount(line.range, limit: configuration.maximumQuestionHeadingWords + 1)
        <= configuration.maximumQuestionHeadingWords
    else { return false }
    return !hasInnerBoundary(line.range.lowerBound..<last)
  }

  /// Whether `.`, `!` or `?` followed by a space and a parenthesis, or anything but a
  /// lower-case letter (perhaps after an opening quote), occurs inside `range`.
  func hasInnerBoundary(_ range: Range<Int>) -> Bool {
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
  func isListItem(_ range: Range<Int>) -> Bool {
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

  /// `range` after its leading Markdown: line markers (`> `, `- `, `* `, `+ `, `#`s and a
  /// space), then emphasis and link openers (`**`, `__`, `*`, `_`, `[`, `![`), so that furniture
  /// in Markdown (`**Lesen Sie auch:**`, `> Lesen Sie auch`, `[Lesen Sie auch: …](…)`) is
  /// recognised by its words.
  func withoutLeadingMarkup(_ range: Range<Int>) -> Range<Int> {
    var start = withoutLineMarkers(range)
    while start < range.upperBound {
      let byte = bytes[start]
      if byte == 0x2A || byte == 0x5F || byte == 0x5B {
        start += 1
      } else if byte == 0x21, start + 1 < range.upperBound, bytes[start + 1] == 0x5B {
        start += 2
      } else {
        break
      }
    }
    return start..<range.upperBound
  }

  /// Whether the whole line is one Markdown link or image (`[Titel](url)`, `![Foto](url)`),
  /// line markers and emphasis around it aside: a teaser link or an embedded picture.
  func isLinkLine(_ range: Range<Int>) -> Bool {
    var index = withoutLineMarkers(range)
    while index < range.upperBound, bytes[index] == 0x2A || bytes[index] == 0x5F { index += 1 }
    if index + 1 < range.upperBound, bytes[index] == 0x21 { index += 1 }
    guard index < range.upperBound, bytes[index] == 0x5B,
      let close = bytes[index..<range.upperBound].firstIndex(of: 0x5D),
      close + 1 < range.upperBound, bytes[close + 1] == 0x28,
      let end = bytes[(close + 2)..<range.upperBound].firstIndex(of: 0x29), end > close + 2,
      !bytes[(close + 2)..<end].contains(where: { $0 == 0x20 || $0 == 0x09 })
    else { return false }
    return bytes[(end + 1)..<range.upperBound].allSatisfy {
      $0 == 0x2A || $0 == 0x5F || $0 == 0x20 || $0 == 0x09
    }
  }

  /// A Markdown thematic break: three or more `-`, `*` or `_` of one kind, perhaps spaced
  /// (`---`, `***`, `* * *`).
  func isThematicBreak(_ range: Range<Int>) -> Bool {
    let mark = bytes[range.lowerBound]
    guard mark == 0x2D || mark == 0x2A || mark == 0x5F else { return false }
    var marks = 0
    for index in range {
      if bytes[index] == mark {
        marks += 1
      } else if bytes[index] != 0x20 && bytes[index] != 0x09 {
        return false
      }
    }
    return marks >= 3
  }

  /// A breadcrumb trail: a few short words joined by at least two ` > `, ` » ` or ` › `
  /// (`Startseite > Politik > Inland`), without final punctuation.
  func isBreadcrumb(_ range: Range<Int>) -> Bool {
    guard range.count <= configuration.maximumFurnitureLineBytes, !endsFinal(range),
      recognizer.wordCount(range, limit: configuration.maximumHeadingWords + 1)
        <= configuration.maximumHeadingWords
    else { return false }
    var separators = 0
    var index = range.lowerBound + 1
    while index + 1 < range.upperBound {
      if bytes[index - 1] == 0x20 {
        let (scalar, length) = UTF8Scan.scalar(bytes, index)
        if scalar == ">" || scalar == "\u{BB}" || scalar == "\u{203A}",
          index + length < range.upperBound, bytes[index + length] == 0x20
        {
          separators += 1
        }
        index += length
      } else {
        index += 1
      }
    }
    return separators >= 2
  }

  /// A line that is only a date, perhaps with a weekday, a time or a short source before a
  /// separator (`14. Februar 2025`, `12.03.2024, 14:32 Uhr`, `dpa | 15.02.2025`), as
  /// `ArticleDateFinder` reads one; no sentence before it (`Er trat zurück. (APA, 18.3.2016)`).
  func isDateLine(_ range: Range<Int>) -> Bool {
    guard range.count <= configuration.maximumDateLineBytes,
      UTF8Scan.isDigit(bytes, range.lowerBound) || UTF8Scan.isLetter(bytes, range.lowerBound)
    else { return false }
    for index in range {
      if UTF8Scan.isDigit(bytes, index) { break }
      if bytes[index] == 0x2E || bytes[index] == 0x21 || bytes[index] == 0x3F { return false }
    }
    let line = String(decoding: bytes[range], as: UTF8.self)
    return ArticleDateFinder.metadataDate(in: DateToken.tokens(in: Substring(line))) != nil
  }

  /// The start of `range` after Markdown line markers: `> `, `- `, `* `, `+ ` and heading
  /// `#`s followed by a space, repeatedly (`> - item`).
  private func withoutLineMarkers(_ range: Range<Int>) -> Int {
    var start = range.lowerBound
    while start < range.upperBound {
      var end = start
      if bytes[start] == 0x23 {
        while end < range.upperBound, bytes[end] == 0x23, end - start < 6 { end += 1 }
      } else if bytes[start] == 0x3E || bytes[start] == 0x2D || bytes[start] == 0x2A
        || bytes[start] == 0x2B
      {
        end = start + 1
      }
      guard end > start, end < range.upperBound, UTF8Scan.whitespaceLength(bytes, end) > 0
      else { break }
      start = end + UTF8Scan.whitespaceLength(bytes, end)
    }
    return start
  }
}

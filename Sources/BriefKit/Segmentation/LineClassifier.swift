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

  /// How many bytes at each end of a long line go into its hash for `repeatedLines`.
  static let repeatedLineSample = 48
  /// How a line that is a web address begins.
  static let webAddressStarts = [Array("www.".utf8), Array("http://".utf8), Array("https://".utf8)]
  /// The longest speaker label of an interview (`ZEIT ONLINE:`), in bytes.
  static let maximumSpeakerLabelBytes = 40

  /// What a line is.
  enum Role: Equatable { case boilerplate, heading, listItem, body }

  let bytes: [UInt8]
  let data: LanguageData
  let configuration: Segmenter.Configuration
  let recognizer: BoilerplateRecognizer
  /// How many non-blank lines came before this text in earlier blocks of the same document
  /// (for the section labels at the top).
  let firstLineIndex: Int
  /// The sentence splitter over the same text, for lines judged by their sentences.
  ///
  /// Made once: a splitter holds the language's tables, and making one per line cost more
  /// than the judging.
  let splitter: SentenceSplitter

  init(
    bytes: [UInt8], data: LanguageData, configuration: Segmenter.Configuration,
    recognizer: BoilerplateRecognizer, firstLineIndex: Int = 0
  ) {
    self.bytes = bytes
    self.data = data
    self.configuration = configuration
    self.recognizer = recognizer
    self.firstLineIndex = firstLineIndex
    splitter = SentenceSplitter(
      bytes: bytes, data: data, configuration: configuration, recognizer: recognizer)
  }

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
      let nearTop = firstLineIndex + index < configuration.sectionLabelLines
      let markupFree = content.isEmpty ? content : withoutLeadingMarkup(content)
      if content.isEmpty || recognizer.isFurnitureLine(content) || recognizer.isByline(content)
        || (markupFree != content && recognizer.isFurnitureLine(markupFree))
        || isLinkLine(content) || isThematicBreak(content) || isBreadcrumb(content)
        || isDateLine(content)
        || (standsAlone(lines[index], after: index > 0 ? lines[index - 1] : nil)
          && isCaption(content))
        || (nearTop && recognizer.isSectionLabel(content)) || repeated.contains(index)
      {
        lines[index].role = .boilerplate
      } else if isListItem(content) {
        lines[index].role = .listItem
      }
    }
    markTableRows(&lines)
    let speakers = repeatedSpeakerLabels(lines)
    for index in lines.indices.reversed() where lines[index].role == .body {
      decideRunningText(&lines, index, speakers: speakers)
    }
    markLabelledBlocks(&lines)
    return lines
  }

  /// Marks the short lines printed directly (no blank line) under a block label as furniture.
  ///
  /// Link titles under `Mehr zum Thema` (headings, bullets, a short question), the address,
  /// phone and e-mail lines under `Pressekontakt:`. A sentence ends the block: one that goes
  /// on into the next line, or a line that ends in a full stop after a word (`… und versprach
  /// schnelle Hilfe.`), which a link title does not.
  private func markLabelledBlocks(_ lines: inout [Line]) {
    var inBlock = false
    for index in lines.indices {
      if lines[index].blankBefore { inBlock = false }
      let line = lines[index]
      if line.role == .boilerplate {
        inBlock = inBlock || recognizer.isBlockLabel(line.range)
      } else if inBlock
        && (line.role != .body
          || isShortLine(line.range) && !endsInFullStopAfterWord(line.range)
            && (!line.joinsNext || endsFinal(line.range)))
      {
        lines[index].role = .boilerplate
        lines[index].joinsNext = false
      } else {
        inBlock = false
      }
    }
  }

  /// The rows of a table or list printed without bullets under the line that introduces it
  /// (`Die wichtigsten Indizes im Überblick:` / `Dax 23.108,45 +1,80 %` / …): two or more
  /// lines directly below a line ending in `:`, each short, without final punctuation and
  /// not running on into the next, are list items, a segment each (rule 9); the introducing
  /// line then ends where its line ends.
  private func markTableRows(_ lines: inout [Line]) {
    for index in lines.indices where lines[index].role == .body {
      guard let last = lastSignificant(lines[index].range), bytes[last] == 0x3A else { continue }
      var end = index + 1
      while end < lines.count, !lines[end].blankBefore, isTableRow(lines[end]),
        end == index + 1 || !continues(lines[end - 1], into: lines[end])
      {
        end += 1
      }
      guard end - index > 2 else { continue }
      for row in index + 1..<end { lines[row].role = .listItem }
    }
  }

  /// A line that may be a row of a table: running text or a list item, short, without final
  /// punctuation and not introducing more (`:`, `,`, `;`, `-` at its end).
  private func isTableRow(_ line: Line) -> Bool {
    (line.role == .body || line.role == .listItem) && !endsFinal(line.range)
      && isShortLine(line.range) && !introducesMore(line.range)
  }

  /// The speaker labels (`ZEIT ONLINE`, `Otto`, see `speakerLabel`) that open more than one
  /// line: the turns of an interview.
  private func repeatedSpeakerLabels(_ lines: [Line]) -> Set<[UInt8]> {
    var seen = Set<[UInt8]>()
    var repeated = Set<[UInt8]>()
    for line in lines {
      guard let label = speakerLabel(line.range) else { continue }
      let key = Array(bytes[label])
      if !seen.insert(key).inserted { repeated.insert(key) }
    }
    return repeated
  }

  /// The label before `: ` at the start of a line, one to three words of letters (also with
  /// `-`, `.` or `'`), as an interview names who speaks (`ZEIT ONLINE: Was müsste …`).
  func speakerLabel(_ range: Range<Int>) -> Range<Int>? {
    var index = range.lowerBound
    var words = 1
    while index < range.upperBound, index - range.lowerBound < Self.maximumSpeakerLabelBytes {
      let byte = bytes[index]
      if byte == 0x3A {
        guard index > range.lowerBound, index + 1 < range.upperBound,
          UTF8Scan.whitespaceLength(bytes, index + 1) > 0
        else { return nil }
        return range.lowerBound..<index
      }
      if byte == 0x20 {
        words += 1
        guard words <= 3 else { return nil }
      } else if !(UTF8Scan.isLetter(bytes, index) || byte == 0x2D || byte == 0x2E || byte == 0x27) {
        return nil
      }
      index += UTF8Scan.scalarLength(byte)
    }
    return nil
  }

  /// The indices of lines ending in final punctuation that occur more than once (a photo
  /// caption printed twice), found by hashing each line's length and its first and last
  /// `repeatedLineSample` bytes; lines with equal hashes are compared in full.
  private func repeatedLines(_ lines: [Line]) -> Set<Int> {
    var firstByHash: [UInt64: Int] = [:]
    var repeated = Set<Int>()
    for index in lines.indices {
      let range = lines[index].range
      guard range.count >= configuration.minimumRepeatedLineBytes, endsFinal(range) else {
        continue
      }
      let sample = Self.repeatedLineSample
      let hash =
        range.count <= 2 * sample
        ? ByteWordSet.hash(bytes, range)
        : ByteWordSet.hash(bytes, range.lowerBound..<range.lowerBound + sample)
          ^ ByteWordSet.hash(bytes, range.upperBound - sample..<range.upperBound) &* 31
          ^ UInt64(range.count)
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
  ///
  /// `speakers` are the interview labels (`ZEIT ONLINE:`) that open more than one line: a
  /// question after one is the interview's text, not a sub-heading.
  private func decideRunningText(_ lines: inout [Line], _ index: Int, speakers: Set<[UInt8]>) {
    let line = lines[index]
    let next = index + 1 < lines.count ? index + 1 : nil
    let nextIsText = next.map { lines[$0].role == .body || lines[$0].role == .heading } ?? false
    let nextStartsBlock = next.map { lines[$0].metadataEnd != nil } ?? true
    if endsFinal(line.range) {
      let spoken = speakerLabel(line.range).map { speakers.contains(Array(bytes[$0])) } ?? false
      if !spoken && isQuestionHeading(line, hasNext: nextIsText) {
        lines[index].role = .heading
      } else {
        lines[index].joinsNext =
          nextIsText && !nextStartsBlock
          && lines[index + 1].role == .body
      }
      return
    }
    // Running text closed by its credit ends there.
    if endsFinalBeforeFurniture(line.range) { return }
    if let next, nextIsText, !nextStartsBlock, continues(line, into: lines[next]) {
      lines[index].joinsNext = true
      if lines[next].role == .heading { lines[next].role = .body }
    } else if isHeadingLike(line.range, atEnd: next == nil) {
      lines[index].role = .heading
    }
  }

  /// Whether the line ends in final punctuation once the furniture that closes it is set
  /// aside: a credit or photo credit glued to its last sentence (`verschieben.(dpa)`,
  /// `verschieben. dpa/lno`, `traf Macron.Foto: dpa`).
  private func endsFinalBeforeFurniture(_ range: Range<Int>) -> Bool {
    // Only the line's end matters, and furniture is short: split just the last bytes.
    var tail = max(range.lowerBound, range.upperBound - 2 * configuration.maximumFurnitureLineBytes)
    while tail < range.upperBound, bytes[tail] & 0xC0 == 0x80 { tail += 1 }
    var pieces = splitter.sentences(in: tail..<range.upperBound)
    guard pieces.count > 1, let last = pieces.last, recognizer.isFurniture(last) else {
      return false
    }
    while pieces.count > 1, let last = pieces.last, recognizer.isFurniture(last) {
      pieces.removeLast()
    }
    return pieces.last.map(endsFinal) ?? false
  }

  /// Whether `line` (after `previous`, if any) may be a caption by where it stands: a
  /// paragraph between blank lines, or in text whose paragraphs are single lines (seed 004) a
  /// line that ends without final punctuation (in its credit: the test that rules out almost
  /// every line at once), opens with a capital, and that no sentence runs on into from the
  /// line before (that line ends in final punctuation, is furniture or does not `continue`
  /// into it).
  private func standsAlone(_ line: Line, after previous: Line?) -> Bool {
    if line.blankBefore && line.blankAfter { return true }
    guard !endsFinal(line.range) else { return false }
    let opening = splitter.wordStart(from: line.range.lowerBound, end: line.range.upperBound)
    guard opening < line.range.upperBound, UTF8Scan.letterCase(bytes, opening) == .upper else {
      return false
    }
    guard let previous, !line.blankBefore else { return true }
    return previous.role == .boilerplate || endsFinal(previous.range)
      || !continues(previous, into: line)
  }

  /// Whether a paragraph line is a photo caption: one or two sentences of at most
  /// `maximumCaptionWords` words, then a photo credit (`Feuerwehrleute sichern einen Damm.
  /// Foto: dpa`), also in Markdown emphasis.
  private func isCaption(_ range: Range<Int>) -> Bool {
    guard range.count <= configuration.maximumFurnitureLineBytes else { return false }
    let pieces = splitter.sentences(in: range)
    guard (2...3).contains(pieces.count), let credit = pieces.last,
      recognizer.isPhotoCredit(credit)
    else { return false }
    let words = pieces.dropLast().reduce(0) {
      $0 + recognizer.wordCount($1, limit: configuration.maximumCaptionWords + 1)
    }
    return words <= configuration.maximumCaptionWords
  }

  /// All non-blank lines with their blank-line neighbourhood.
  private func rawLines() -> [Line] {
    var lines: [Line] = []
    var start = 0
    var blankBefore = true
    while start <= bytes.count {
      let end = Self.lineEnd(bytes, from: start)
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

  /// The number of non-blank lines of `bytes` (as `lines()` finds them), counting at most
  /// `limit`.
  static func nonBlankLineCount(_ bytes: [UInt8], limit: Int) -> Int {
    var count = 0
    var start = 0
    while start <= bytes.count && count < limit {
      let end = lineEnd(bytes, from: start)
      if !UTF8Scan.trimmed(bytes, start..<end).isEmpty { count += 1 }
      start = end + 1
    }
    return count
  }

  /// The index of the first line feed at or after `start`, or `bytes.count`.
  private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
    guard start < bytes.count else { return bytes.count }
    return bytes.withUnsafeBufferPointer { buffer in
      ByteScanner.firstIndex(in: buffer, from: start, equalToAnyOf: SIMD4(repeating: 0x0A))
    }
  }

  /// Whether a line without final punctuation goes on in `next` (never into a line that opens
  /// with a credit, `(dpa) Die …`): it ends in a comma, colon,
  /// semicolon or hyphen, or in a function word (`der`, `und`, `in`), or the next line starts
  /// in lower case (unless both lines are single words), or (directly wrapped, no blank line)
  /// it holds a comma and ends in lower case.
  private func continues(_ line: Line, into next: Line) -> Bool {
    guard let last = lastSignificant(line.range),
      recognizer.creditEnd(at: next.range.lowerBound, end: next.range.upperBound) == nil
    else { return false }
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
    // A web address on a line of its own (`www.freiburg.de/presse`) is not a sentence's rest.
    if Self.webAddressStarts.contains(where: { bytes[next.range].starts(with: $0) }) {
      return false
    }
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
}

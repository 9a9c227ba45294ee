/// The boundary rules: whether final punctuation ends a sentence, judged from the token
/// before it and the word after it (SEGMENTATION-RULES.md, rules 3 to 6).
extension SentenceSplitter {
  /// What the token before a period is.
  enum TokenKind {
    /// An ordinary word, decimal, time, score, year or domain: a capitalised word after it
    /// starts a new sentence.
    case word
    /// An ordinal or a day.month date (`15`, `31.12`) in a language that writes ordinals with
    /// a period; only a likely sentence starter after it starts a new sentence.
    case ordinal
    /// A list number at the start of a segment (`1.`, `• 3.`): never a boundary.
    case enumerator
    /// An abbreviation, initial or Roman numeral: only a likely sentence starter follows a
    /// real sentence end.
    case abbreviation
    /// An abbreviation that often ends a sentence (`usw.`).
    case endingAbbreviation
    /// A title before a name (`Dr.`): never a boundary.
    case title
    /// An abbreviation before a number (`Nr.`, `Art.`): a boundary unless a number follows.
    case numberAbbreviation
  }

  /// Whether a new sentence starts after `terminator`.
  func isBoundary(_ terminator: Terminator, pieceStart: Int, end: Int) -> Bool {
    let after = terminator.boundary
    if UTF8Scan.whitespaceLength(bytes, after) == 0 {
      return isGluedBoundary(terminator, end: end)
    }
    var next = after
    while next < end {
      let length = UTF8Scan.whitespaceLength(bytes, next)
      if length == 0 { break }
      next += length
    }
    guard next < end else { return true }
    if startsContinuation(next) { return false }
    if isClosingCredit(from: next, end: end) { return true }
    let word = wordStart(from: next, end: end)
    if terminator.isStrong {
      return bytes[next] == 0x28 || opensSentence(word, end: end, strict: false)
    }
    switch tokenKind(before: terminator.start, pieceStart: pieceStart) {
    case .word:
      return bytes[next] == 0x28 || opensSentence(word, end: end, strict: false)
    case .ordinal, .abbreviation: return opensSentence(word, end: end, strict: true)
    case .endingAbbreviation:
      return word < end && UTF8Scan.letterCase(bytes, word) == .upper
    case .numberAbbreviation:
      // A number, also in Roman numerals, continues it: `Az. XI ZR 26/24`, `Art. III`.
      return word < end && UTF8Scan.letterCase(bytes, word) == .upper
        && !isRomanNumeralWord(at: word, end: end)
    case .enumerator, .title: return false
    }
  }

  /// Whether the rest of the piece from `index` is one credit without parentheses, agency
  /// names or desk codes joined by slashes (`bek/jha`, `mmü/dpa/Reuters`): it closes the
  /// sentence before it.
  func isClosingCredit(from index: Int, end: Int) -> Bool {
    let rest = UTF8Scan.trimmed(bytes, index..<end)
    guard !rest.isEmpty, rest.count <= configuration.maximumCreditBytes,
      !rest.contains(where: { UTF8Scan.whitespaceLength(bytes, $0) > 0 })
    else { return false }
    return recognizer.isAgencyList(rest)
  }

  /// Whether the word at `index` is a Roman numeral (`XI`, `IV`, `III`) that ends at a
  /// non-letter.
  func isRomanNumeralWord(at index: Int, end: Int) -> Bool {
    var cursor = index
    while cursor < end, cursor - index < 8 {
      switch bytes[cursor] {
      case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: cursor += 1
      default:
        return cursor > index && !UTF8Scan.isLetter(bytes, cursor)
      }
    }
    return cursor > index && cursor == end
  }

  /// Whether the text at `index` cannot begin a sentence: a comma, semicolon, colon,
  /// closing bracket or dash.
  func startsContinuation(_ index: Int) -> Bool {
    switch bytes[index] {
    case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x2D: return true
    case 0xE2:  // – —
      return index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    default: return false
    }
  }

  /// The first letter or digit at or after `index`, skipping opening quotes, brackets and
  /// emphasis marks (at most `maximumTokenLength` bytes); `end` when there is none.
  func wordStart(from index: Int, end: Int) -> Int {
    var cursor = index
    let limit = min(end, index + configuration.maximumTokenLength)
    while cursor < limit {
      if UTF8Scan.isDigit(bytes, cursor) || UTF8Scan.isLetter(bytes, cursor) { return cursor }
      let byte = bytes[cursor]
      let isOpener: Bool
      switch byte {
      case 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F, 0xC2, 0xE2: isOpener = true  // " ' ( [ * _ « „
      default: isOpener = false
      }
      if !isOpener { return cursor }
      if byte >= 0xC2, UTF8Scan.whitespaceLength(bytes, cursor) > 0 { return cursor }
      cursor += UTF8Scan.scalarLength(byte)
    }
    return min(cursor, end)
  }

  /// Whether the word at `index` begins a sentence.
  ///
  /// Strictly: a capitalised likely sentence
  /// starter (`Die`, `Er`, `Dort`). Otherwise: any capital, digit or symbol, or a lower-case
  /// word written as a sentence start (`iOS`, `eBay`, `taz`).
  func opensSentence(_ index: Int, end: Int, strict: Bool) -> Bool {
    guard index < end else { return !strict }
    let letterCase = UTF8Scan.letterCase(bytes, index)
    let wordEnd = UTF8Scan.letterRunEnd(bytes, from: index, limit: configuration.maximumTokenLength)
    if strict {
      return letterCase == .upper && data.sentenceStarters.contains(bytes, index..<wordEnd)
    }
    switch letterCase {
    case .upper, .caseless: return true
    case .none: return true
    case .lower:
      if data.lowercaseStarters.contains(bytes, index..<wordEnd) { return true }
      var cursor = index
      while cursor < wordEnd {
        if UTF8Scan.letterCase(bytes, cursor) == .upper { return true }
        cursor += UTF8Scan.scalarLength(bytes[cursor])
      }
      return false
    }
  }

  /// A period with no space after it: a boundary only when a closing quote was attached and
  /// a capital follows (`Danke.“Die`), or between a word and a capitalised word
  /// (`weiter.Nato-Generalsekretär`, `Bundestag.Die`, `EU.Die`), never inside abbreviations,
  /// initials, numbers or domains.
  func isGluedBoundary(_ terminator: Terminator, end: Int) -> Bool {
    let after = terminator.boundary
    guard after < end else { return true }
    // `![Foto](url)` opens a Markdown image: no exclamation there.
    if bytes[after] == 0x5B, bytes[after - 1] == 0x21 { return false }
    // A credit glued to the sentence it closes: `verschieben.(dpa)`, `Prozent.bek/jha` (but
    // not a domain's end: `SZ.de/kar`, `ntv.de/dpa`).
    if recognizer.creditEnd(at: after, end: end) != nil { return true }
    if isClosingCredit(from: after, end: end), terminator.start > 0,
      UTF8Scan.letterCase(bytes, UTF8Scan.previousStart(bytes, terminator.start)) == .lower,
      UTF8Scan.letterRunEnd(bytes, from: after, limit: 8) - after >= 3
    {
      return true
    }
    if terminator.boundary > terminator.end {
      return UTF8Scan.letterCase(bytes, after) == .upper
    }
    let word = wordStart(from: after, end: end)
    guard word < end, UTF8Scan.letterCase(bytes, word) == .upper else { return false }
    if word > after { return true }  // an opening quote: `Ende."Die`
    if terminator.isStrong { return true }
    guard let next = word + 1 < end ? word + UTF8Scan.scalarLength(bytes[word]) : nil,
      next < end, UTF8Scan.letterCase(bytes, next) == .lower
    else { return false }
    // The word before must be letters: a word in lower case or capitalised (at least three
    // letters) or an acronym in capitals (at least two), and no abbreviation.
    var start = terminator.start
    var letters = 0
    var capitals = 0
    while start > 0 && terminator.start - start < configuration.maximumTokenLength {
      let previous = UTF8Scan.previousStart(bytes, start)
      guard UTF8Scan.isLetter(bytes, previous) else { break }
      start = previous
      letters += 1
      if UTF8Scan.letterCase(bytes, start) == .upper { capitals += 1 }
    }
    let capitalised = UTF8Scan.letterCase(bytes, start) == .upper
    let shaped =
      capitals == 0 || capitals == 1 && capitalised
      ? letters >= 3 : capitals == letters && letters >= 2
    guard shaped,
      start == 0 || UTF8Scan.isWhitespace(before: start, bytes)
        || !UTF8Scan.isLetter(bytes, UTF8Scan.previousStart(bytes, start))
          && bytes[UTF8Scan.previousStart(bytes, start)] != 0x2E
    else { return false }
    let before = start..<terminator.start
    if data.abbreviations.contains(bytes, before) || data.titles.contains(bytes, before) {
      return false
    }
    // A domain continues with another period before the next space: `www.Bild.de`.
    var cursor = word
    let limit = min(end, word + configuration.maximumTokenLength)
    while cursor < limit, UTF8Scan.whitespaceLength(bytes, cursor) == 0 {
      if bytes[cursor] == 0x2E, cursor + 1 < end, UTF8Scan.isLetter(bytes, cursor + 1) {
        return false
      }
      cursor += 1
    }
    return true
  }
}

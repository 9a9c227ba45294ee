/// Classification of the token before a period (SEGMENTATION-RULES.md, rules 4 and 5).
extension SentenceSplitter {
  /// What the token ending at `period` (exclusive) is, looking back at most
  /// `maximumTokenLength` bytes to the previous whitespace.
  func tokenKind(before period: Int, pieceStart: Int) -> TokenKind {
    var start = period
    while start > pieceStart, period - start < configuration.maximumTokenLength {
      let previous = UTF8Scan.previousStart(bytes, start)
      if UTF8Scan.whitespaceLength(bytes, previous) > 0 { break }
      start = previous
    }
    if start > pieceStart && !UTF8Scan.isWhitespace(before: start, bytes) { return .word }
    // Strip opening marks, signs and trailing closing marks: `(7.)`, `„Nr`, `-3`, `nicht!)`.
    let stripped = UTF8Scan.alphanumericCore(bytes, start..<period)
    var coreStart = stripped.lowerBound
    let coreEnd = stripped.upperBound
    // After a closing bracket or quote (`(31.).`, `"nicht".`) the period ends a sentence.
    guard coreStart < coreEnd, (coreEnd..<period).allSatisfy({ bytes[$0] == 0x2E }) else {
      return .word
    }
    // After a slash only the last part counts: `Wien/St.`, `Amstetten/St.`.
    var slash = coreEnd
    while slash > coreStart, bytes[slash - 1] != 0x2F { slash -= 1 }
    if slash > coreStart, slash < coreEnd { coreStart = slash }
    let core = coreStart..<coreEnd
    if isNumber(core) {
      if isEnumerator(tokenStart: start, pieceStart: pieceStart) { return .enumerator }
      return data.hasOrdinalPeriod && isOrdinal(core) ? .ordinal : .word
    }
    if data.hasOrdinalPeriod, let number = hyphenatedNumber(core), isOrdinal(number) {
      return .ordinal
    }
    if data.titles.contains(bytes, core) { return .title }
    if data.endingAbbreviations.contains(bytes, core) { return .endingAbbreviation }
    if data.numberAbbreviations.contains(bytes, core) || isStreetAbbreviation(core) {
      return .numberAbbreviation
    }
    if data.abbreviations.contains(bytes, core) { return .abbreviation }
    if isSingleLetter(core) || isInitialism(core) || isRomanNumeral(core) { return .abbreviation }
    return .word
  }

  /// Whether only bullets, brackets and whitespace stand between the piece start and the
  /// token: a list number (`1. Keine Gewalt.`, `• 3. Seien Sie ...`).
  private func isEnumerator(tokenStart: Int, pieceStart: Int) -> Bool {
    var cursor = pieceStart
    while cursor < tokenStart {
      if UTF8Scan.isLetter(bytes, cursor) || UTF8Scan.isDigit(bytes, cursor) { return false }
      cursor += UTF8Scan.scalarLength(bytes[cursor])
    }
    return true
  }

  /// The digits after the last hyphen of a word that ends in a number (`Weltranglisten-19`,
  /// `U-21`), when letters come before that hyphen; nil otherwise.
  private func hyphenatedNumber(_ core: Range<Int>) -> Range<Int>? {
    var hyphen = core.upperBound
    while hyphen > core.lowerBound, UTF8Scan.isDigit(bytes, hyphen - 1) { hyphen -= 1 }
    guard hyphen < core.upperBound, hyphen - 1 > core.lowerBound, bytes[hyphen - 1] == 0x2D,
      UTF8Scan.isLetter(bytes, UTF8Scan.previousStart(bytes, hyphen - 1))
    else { return nil }
    return hyphen..<core.upperBound
  }

  /// Digits, optionally grouped by periods (`1.000.000`, `31.12`).
  private func isNumber(_ core: Range<Int>) -> Bool {
    for index in core where !(UTF8Scan.isDigit(bytes, index) || bytes[index] == 0x2E) {
      return false
    }
    return true
  }

  /// An ordinal (`15`, at most `maximumOrdinalDigits` digits) or a day.month date (`31.12`).
  private func isOrdinal(_ core: Range<Int>) -> Bool {
    var groups = 0
    var digits = 0
    for index in core {
      if bytes[index] == 0x2E {
        if digits == 0 || digits > 2 { return false }
        groups += 1
        digits = 0
      } else {
        digits += 1
      }
    }
    if groups == 0 { return digits <= configuration.maximumOrdinalDigits }
    return groups == 1 && digits >= 1 && digits <= 2
  }

  /// A street name abbreviated before its house number: `Goethestr`, `Hauptstr` (a name of
  /// at least two letters, then `str`).
  private func isStreetAbbreviation(_ core: Range<Int>) -> Bool {
    guard core.count >= 5, UTF8Scan.letterCase(bytes, core.lowerBound) == .upper else {
      return false
    }
    return bytes[(core.upperBound - 3)..<core.upperBound].elementsEqual("str".utf8)
      && UTF8Scan.isLetter(bytes, core.upperBound - 4)
  }

  /// One letter: an initial (`K.`) or part of a spaced abbreviation (`z. B.`, `a. M.`).
  private func isSingleLetter(_ core: Range<Int>) -> Bool {
    UTF8Scan.scalarLength(bytes[core.lowerBound]) == core.count
      && UTF8Scan.isLetter(bytes, core.lowerBound)
  }

  /// Letters in groups of one or two joined by periods: `u.a`, `z.B`, `U.S`, `e.V`, `d.h`.
  private func isInitialism(_ core: Range<Int>) -> Bool {
    var groupLength = 0
    var groups = 1
    var index = core.lowerBound
    while index < core.upperBound {
      if bytes[index] == 0x2E {
        if groupLength == 0 { return false }
        groups += 1
        groupLength = 0
        index += 1
        continue
      }
      guard UTF8Scan.isLetter(bytes, index) else { return false }
      groupLength += 1
      if groupLength > 2 { return false }
      index += UTF8Scan.scalarLength(bytes[index])
    }
    return groups >= 2 && groupLength > 0
  }

  /// A Roman numeral of two to seven capitals from `IVXLC` (`XIV`, `II`).
  private func isRomanNumeral(_ core: Range<Int>) -> Bool {
    guard core.count >= 2 && core.count <= 7 else { return false }
    for index in core {
      switch bytes[index] {
      case 0x49, 0x56, 0x58, 0x4C, 0x43: continue
      default: return false
      }
    }
    return true
  }
}

/// Recognises page furniture (navigation, player residue, credits, disclaimers, metadata)
/// from one language's `BoilerplatePatterns`.
///
/// Every check looks at a whole segment or line, never at arbitrary positions of a long
/// paragraph; phrases contained anywhere are searched only in text of at most
/// `maximumBoilerplateBytes`.
struct BoilerplateRecognizer {
  let bytes: [UInt8]
  let patterns: BoilerplatePatterns
  let configuration: Segmenter.Configuration

  /// Whether the whole line `range` is furniture: short enough, and furniture by its wording
  /// or shape (see `isFurniture`).
  func isFurnitureLine(_ range: Range<Int>) -> Bool {
    range.count <= configuration.maximumFurnitureLineBytes && isFurniture(range)
  }

  /// Whether the segment or line `range` is furniture by its wording or shape.
  func isFurniture(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    if patterns.exactPhrases.contains(bytes, withoutFinalMarks(range)) { return true }
    let inner = bytes[range.lowerBound] == 0x28 ? range.lowerBound + 1..<range.upperBound : range
    if patterns.prefixes.startsWithPhrase(bytes, inner, wholeWord: true) { return true }
    if isTimecode(range) || isCredit(range) || isCallToAction(range) || isPremiumLabel(range)
      || isNavigationLabel(range) || isCounter(range) || isTweetResidue(range)
    {
      return true
    }
    guard range.count <= configuration.maximumBoilerplateBytes else { return false }
    return patterns.containedPhrases.occurs(in: bytes, range)
      || (!isQuestion(range) && patterns.readerPrompts.occurs(in: bytes, range))
  }

  /// A subscription label of at most `maximumPremiumLabelWords` words: its last word is one of
  /// `premiumWords` (`SZ Plus`, `F.A.Z. PLUS`), or it ends in `+` after a letter (`SPIEGEL+`).
  private func isPremiumLabel(_ range: Range<Int>) -> Bool {
    // The last word first: it rules out almost every sentence at once.
    let last = range.upperBound - 1
    let endsLikeLabel: Bool
    if bytes[last] == 0x2B, last > range.lowerBound {
      endsLikeLabel = UTF8Scan.isLetter(bytes, UTF8Scan.previousStart(bytes, last))
    } else {
      var lastStart = range.upperBound
      while lastStart > range.lowerBound, UTF8Scan.whitespaceLength(bytes, lastStart - 1) == 0 {
        lastStart -= 1
      }
      endsLikeLabel =
        lastStart > range.lowerBound
        && patterns.premiumWords.contains(bytes, lastStart..<range.upperBound)
    }
    let limit = configuration.maximumPremiumLabelWords
    return endsLikeLabel && wordCount(range, limit: limit + 1) <= limit
  }

  /// Whether the segment ends in `?` (closing quotes and brackets aside).
  private func isQuestion(_ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound {
      let byte = bytes[end - 1]
      if byte == 0x3F { return true }
      guard byte == 0x20 || byte == 0x22 || byte == 0x29 || byte >= 0x80 else { return false }
      end -= 1
    }
    return false
  }

  /// The end of a credit in parentheses (`(dpa)`, `(APA/red)`) that starts at `open`, or nil.
  func creditEnd(at open: Int, end: Int) -> Int? {
    guard open < end, bytes[open] == 0x28 else { return nil }
    var close = open + 1
    let limit = min(end, open + configuration.maximumCreditBytes)
    while close < limit, bytes[close] != 0x29, bytes[close] != 0x28 { close += 1 }
    guard close < limit, bytes[close] == 0x29, isFurniture(open..<close + 1) else { return nil }
    return close + 1
  }

  /// Whether the segment `range` is a photo credit (`Foto: dpa`, `(Foto: picture alliance)`).
  func isPhotoCredit(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= configuration.maximumBoilerplateBytes else {
      return false
    }
    let inner = bytes[range.lowerBound] == 0x28 ? range.lowerBound + 1..<range.upperBound : range
    return patterns.photoCredits.startsWithPhrase(bytes, inner, wholeWord: false)
  }

  /// Whether `range` is a label that opens a block of furniture lines (`Mehr zum Thema`,
  /// `Lesen Sie mehr zum Thema`, `Pressekontakt:`): at most `maximumBlockLabelWords` words
  /// that start with one of `blockLabels`, or a navigation label (`Mehr Sport`).
  func isBlockLabel(_ range: Range<Int>) -> Bool {
    let limit = configuration.maximumBlockLabelWords
    return wordCount(range, limit: limit + 1) <= limit
      && patterns.blockLabels.startsWithPhrase(bytes, range, wholeWord: true)
      || isNavigationLabel(range)
  }

  /// Whether `range` is a section label (`Politik`).
  func isSectionLabel(_ range: Range<Int>) -> Bool {
    patterns.sectionLabels.contains(bytes, withoutFinalMarks(range))
  }

  /// Whether `range` is a byline: a byline word, then a few words starting with a capital
  /// and no final punctuation (`Von Anna Muster`, `By Jane Doe and John Roe`).
  func isByline(_ range: Range<Int>) -> Bool {
    for prefix in patterns.bylinePrefixes where UTF8Scan.hasFoldedPrefix(bytes, range, prefix) {
      let rest = range.lowerBound + prefix.count
      guard rest < range.upperBound, UTF8Scan.whitespaceLength(bytes, rest) > 0 else { continue }
      let body = UTF8Scan.trimmed(bytes, rest..<range.upperBound)
      guard !body.isEmpty, UTF8Scan.letterCase(bytes, body.lowerBound) == .upper else { continue }
      let last = bytes[body.upperBound - 1]
      if last == 0x2E || last == 0x21 || last == 0x3F { continue }
      return wordCount(body, limit: configuration.maximumBylineWords + 1)
        <= configuration.maximumBylineWords
    }
    return false
  }

  /// The end of a metadata field at the start of `range`, or nil.
  ///
  /// `date 2025-02`, `Stand: 3.2.2025`: a metadata key, written in lower case or followed
  /// by a colon, then one or more values made of digits and `.-:/,TZ+`.
  func metadataEnd(_ range: Range<Int>) -> Int? {
    let keyEnd = UTF8Scan.letterRunEnd(bytes, from: range.lowerBound, limit: 32)
    guard keyEnd > range.lowerBound, keyEnd < range.upperBound,
      patterns.metadataKeys.contains(bytes, range.lowerBound..<keyEnd)
    else { return nil }
    var cursor = keyEnd
    if bytes[cursor] == 0x3A {
      cursor += 1
    } else if UTF8Scan.letterCase(bytes, range.lowerBound) != .lower {
      return nil
    }
    var valueEnd: Int?
    while cursor < range.upperBound {
      var tokenStart = cursor
      while tokenStart < range.upperBound, UTF8Scan.whitespaceLength(bytes, tokenStart) > 0 {
        tokenStart += UTF8Scan.whitespaceLength(bytes, tokenStart)
      }
      var tokenEnd = tokenStart
      var hasDigit = false
      while tokenEnd < range.upperBound, tokenEnd - tokenStart < 40 {
        let byte = bytes[tokenEnd]
        if UTF8Scan.isDigit(bytes, tokenEnd) {
          hasDigit = true
        } else if !(byte == 0x2E || byte == 0x2D || byte == 0x3A || byte == 0x2F || byte == 0x2C
          || byte == 0x54 || byte == 0x5A || byte == 0x2B)
        {
          break
        }
        tokenEnd += 1
      }
      let atTokenEnd =
        tokenEnd == range.upperBound || UTF8Scan.whitespaceLength(bytes, tokenEnd) > 0
      guard hasDigit, atTokenEnd else { break }
      valueEnd = tokenEnd
      cursor = tokenEnd
    }
    return valueEnd
  }

  /// `range` without trailing whitespace, `.`, `:` and `!`.
  func withoutFinalMarks(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound {
      let byte = bytes[end - 1]
      if byte == 0x2E || byte == 0x3A || byte == 0x21 || byte == 0x20 {
        end -= 1
      } else {
        break
      }
    }
    return range.lowerBound..<end
  }

  /// Player residue: digits and colons only (`00:00`, `1:23:45`).
  private func isTimecode(_ range: Range<Int>) -> Bool {
    guard range.count <= 8 else { return false }
    var colons = 0
    for index in range {
      if bytes[index] == 0x3A {
        colons += 1
      } else if !UTF8Scan.isDigit(bytes, index) {
        return false
      }
    }
    return colons > 0
  }

  /// A short parenthesis that credits agencies or desks: `(dpa)`, `(APA/red)`,
  /// `(dpa/AFP/bearbeitet von ank)`; or agencies alone, joined by slashes (`dpa/lno`, `AFP`).
  private func isCredit(_ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= configuration.maximumCreditBytes else { return false }
    guard bytes[range.lowerBound] == 0x28, bytes[range.upperBound - 1] == 0x29 else {
      return isAgencyList(range)
    }
    let inner = range.lowerBound + 1..<range.upperBound - 1
    var wordEnd = inner.lowerBound
    while wordEnd < inner.upperBound, UTF8Scan.isLetter(bytes, wordEnd) || bytes[wordEnd] == 0x2E {
      wordEnd += UTF8Scan.scalarLength(bytes[wordEnd])
    }
    if patterns.agencies.contains(bytes, inner.lowerBound..<wordEnd) { return true }
    for index in inner {
      let byte = bytes[index]
      if byte == 0x2E || byte == 0x21 || byte == 0x3F { return false }
    }
    return inner.contains { bytes[$0] == 0x2F }
  }

  /// Whether `range`, final marks aside, is agency names joined by slashes and nothing else;
  /// with at least one slash, desk codes (two to four small letters: `bek/jha`,
  /// `mmü/dpa/Reuters`) count as names too.
  func isAgencyList(_ range: Range<Int>) -> Bool {
    let names = withoutFinalMarks(range)
    let joined = names.contains { bytes[$0] == 0x2F }
    var start = names.lowerBound
    for index in names.lowerBound...names.upperBound
    where index == names.upperBound || bytes[index] == 0x2F {
      guard
        patterns.agencies.contains(bytes, start..<index)
          || joined && isDeskCode(start..<index)
      else { return false }
      start = index + 1
    }
    return !names.isEmpty
  }

  /// Two to four letters, all small: an editor's code in a credit (`bek`, `jha`, `mmü`).
  private func isDeskCode(_ range: Range<Int>) -> Bool {
    var letters = 0
    var index = range.lowerBound
    while index < range.upperBound {
      guard UTF8Scan.letterCase(bytes, index) == .lower else { return false }
      letters += 1
      index += UTF8Scan.scalarLength(bytes[index])
    }
    return (2...4).contains(letters)
  }

  /// The number of whitespace-separated words in `range`, counting at most `limit`.
  func wordCount(_ range: Range<Int>, limit: Int) -> Int {
    var count = 0
    var inWord = false
    var index = range.lowerBound
    while index < range.upperBound {
      let space = UTF8Scan.whitespaceLength(bytes, index)
      if space > 0 {
        inWord = false
        index += space
        continue
      }
      if !inWord {
        count += 1
        if count >= limit { return count }
        inWord = true
      }
      index += 1
    }
    return count
  }
}

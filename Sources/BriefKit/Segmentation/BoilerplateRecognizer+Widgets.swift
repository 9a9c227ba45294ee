/// Page widgets that stand alone like short headings: calls to action and app plugs
/// (`Hier anmelden`, `Jetzt bei Google Play`), navigation labels (`Mehr Sport`) and engagement
/// counters (`Kommentare (3)`).
///
/// Each check tests a first or last word (or byte) before it counts anything, so that a
/// sentence is ruled out at once.
extension BoilerplateRecognizer {
  /// A short call to action or app plug, at most `maximumCallToActionWords` words.
  ///
  /// A first word from `actionStarts` and a last word from `actionEnds` (`Hier anmelden`,
  /// `Jetzt für 1 Euro testen und weiterlesen.`). Without a final `.` or `?`, one of the two
  /// suffices when the segment names an app or store (`Hier geht's zur App`, `Im App Store
  /// herunterladen`, `Download our app`); so does ending in one of two stores named (`Die neue
  /// App für iOS und Android`). A headline about an app (`Apple wirft Parler aus dem App
  /// Store`) has neither; a sentence about one (`Nutzer können die App jetzt herunterladen.`)
  /// ends in a full stop.
  func isCallToAction(_ range: Range<Int>) -> Bool {
    // The first word and the final byte first: they rule out almost every sentence at once.
    let firstEnd = UTF8Scan.letterRunEnd(bytes, from: range.lowerBound, limit: 32)
    let starts =
      firstEnd > range.lowerBound && firstEnd <= range.upperBound
      && patterns.actionStarts.contains(bytes, range.lowerBound..<firstEnd)
    let endsSentence = bytes[range.upperBound - 1] == 0x2E || bytes[range.upperBound - 1] == 0x3F
    guard starts || !endsSentence else { return false }
    let limit = configuration.maximumCallToActionWords
    guard wordCount(range, limit: limit + 1) <= limit else { return false }
    let words = wordRanges(withoutFinalMarks(range))
    guard let last = words.last else { return false }
    let ends = patterns.actionEnds.contains(bytes, last)
    if starts && ends { return true }
    guard !endsSentence else { return false }
    var names = 0
    var stores = 0
    var endsInStore = false
    var index = 0
    while index < words.count {
      let pair =
        index + 1 < words.count ? words[index].lowerBound..<words[index + 1].upperBound : 0..<0
      let width = !pair.isEmpty && patterns.appStores.contains(bytes, pair) ? 2 : 1
      if width == 2 || patterns.appStores.contains(bytes, words[index]) {
        stores += 1
        endsInStore = index + width == words.count
      } else if patterns.appNames.contains(bytes, words[index]) {
        names += 1
      }
      index += width
    }
    return (starts || ends) && names + stores > 0 || endsInStore && stores >= 2
  }

  /// A navigation label of at most `maximumNavigationLabelWords` words and no final `.`, `!`
  /// or `?`: a word from `navigationLeads`, then a section label alone (`Mehr Sport`, `More
  /// politics`), or a word from `navigationLinks` and words ending in a capital or a number
  /// (`Mehr aus Bayern`, `Mehr zu Olympia 2026`, `More from BBC Sport`).
  ///
  /// A headline that starts with `Mehr` goes on with another word (`Mehr Geld für Pflegekräfte
  /// gefordert`, `Mehr als 100 Tote`), runs longer, or ends in a verb, participle or pronoun
  /// (`Mehr aus Afrika importiert`, `Mehr von allem`).
  func isNavigationLabel(_ range: Range<Int>) -> Bool {
    // The final byte, then the first word: they rule out almost every sentence at once.
    let final = bytes[range.upperBound - 1]
    guard final != 0x2E, final != 0x21, final != 0x3F else { return false }
    let leadEnd = UTF8Scan.letterRunEnd(
      bytes, from: range.lowerBound, limit: patterns.navigationLeads.maximumLength + 1)
    guard leadEnd > range.lowerBound, leadEnd < range.upperBound,
      UTF8Scan.whitespaceLength(bytes, leadEnd) > 0,
      patterns.navigationLeads.contains(bytes, range.lowerBound..<leadEnd)
    else { return false }
    let limit = configuration.maximumNavigationLabelWords
    guard wordCount(range, limit: limit + 1) <= limit else { return false }
    let words = wordRanges(withoutFinalMarks(range))
    guard words.count >= 2, let last = words.last else { return false }
    if words.count == 2 { return patterns.sectionLabels.contains(bytes, last) }
    return patterns.navigationLinks.contains(bytes, words[1])
      && (UTF8Scan.letterCase(bytes, last.lowerBound) == .upper
        || UTF8Scan.isDigit(bytes, last.lowerBound))
  }

  /// An engagement counter: a word from `counterWords` and a count before or after it, the
  /// count perhaps in parentheses (`Kommentare (3)`, `3 Kommentare`, `Teilen (12)`, `12 Likes`,
  /// `Comments: 4`).
  func isCounter(_ range: Range<Int>) -> Bool {
    // A digit or `)` at one end first: it rules out almost every sentence at once.
    var label = range
    if UTF8Scan.isDigit(bytes, range.lowerBound) {
      var end = range.lowerBound
      while end < range.upperBound, isCountByte(end) { end += 1 }
      guard end < range.upperBound, UTF8Scan.whitespaceLength(bytes, end) > 0 else {
        return false
      }
      label = end..<range.upperBound
    } else {
      var start = range.upperBound
      let closed = bytes[start - 1] == 0x29
      if closed { start -= 1 }
      while start > range.lowerBound, isCountByte(start - 1) { start -= 1 }
      guard start < range.upperBound - (closed ? 1 : 0), UTF8Scan.isDigit(bytes, start) else {
        return false
      }
      if closed {
        guard start > range.lowerBound, bytes[start - 1] == 0x28 else { return false }
        start -= 1
      }
      label = range.lowerBound..<start
    }
    let words = withoutFinalMarks(UTF8Scan.trimmed(bytes, label))
    return patterns.counterWords.contains(bytes, words)
  }

  /// A digit or a thousands separator (`.`, `,`) of a count.
  private func isCountByte(_ index: Int) -> Bool {
    UTF8Scan.isDigit(bytes, index) || bytes[index] == 0x2E || bytes[index] == 0x2C
  }

  /// The words of `range`, split at whitespace, each without the marks around it (quotes,
  /// brackets, commas), so that `„App“,` is the word `App`.
  private func wordRanges(_ range: Range<Int>) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let space = UTF8Scan.whitespaceLength(bytes, index)
      if space > 0 {
        index += space
        continue
      }
      var end = index
      while end < range.upperBound, UTF8Scan.whitespaceLength(bytes, end) == 0 {
        end += UTF8Scan.scalarLength(bytes[end])
      }
      let word = UTF8Scan.alphanumericCore(bytes, index..<end)
      if !word.isEmpty { words.append(word) }
      index = end
    }
    return words
  }
}

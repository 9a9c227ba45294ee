/// Finds an explicit publication date in the metadata lines at the start of an article.
///
/// Looks only at the first `searchLength` characters, line by line, and accepts a date only
/// on a metadata-like line: one that starts with a keyword (`Stand:`, `Veröffentlicht am`,
/// `date`, `Published`, `Updated:` …) followed by the date within a few tokens, or a line
/// that is a date with at most a weekday before it, a byline ending in a separator
/// (`dpa | 15.02.2025`) before it, and only a time of day after it. Dates inside sentences
/// ("Das Treffen am 20. Januar 2025 …") are ignored.
///
/// Recognised forms: `2025-02-15`, `2025-02`, `15.02.2025`, `15.02.25`, `15. Februar 2025`,
/// `Februar 2025`, `Feb 15, 2025`, `February 15th, 2025`, `15 February 2025`.
public enum ArticleDateFinder {
  /// Characters from the start of the text that are searched.
  ///
  /// Default 400.
  static let searchLength = 400
  /// The longest line read as a byline at the end (`Von Stefan Huber, 14.03.2025 - 11:32 Uhr`):
  /// a byline stands on a line of its own, so the tail of a long paragraph is not tokenised.
  static let maximumBylineLineLength = 120
  /// How many tokens after a keyword the date may start.
  ///
  /// Default 6.
  static let keywordReach = 6
  /// Most tokens a byline may have before the date.
  ///
  /// Default 8.
  static let maximumBylineTokens = 8

  /// The first publication date found, as ISO 8601 (`2025-02` or `2025-02-15`), or nil.
  ///
  /// When the start names none, a dated byline among the last `searchLength` characters
  /// (`Von Stefan Huber, 14.03.2025 - 11:32 Uhr`) gives the date.
  public static func date(in text: String) -> String? {
    if let lines = DateToken.lines(ofFirst: searchLength, in: text) {
      for tokens in lines {
        if let date = metadataDate(in: tokens) { return date }
      }
      return bylineDate(nearEndOf: text)
    }
    for line in text.prefix(searchLength).split(separator: "\n") {
      if let date = metadataDate(in: DateToken.tokens(in: line)) { return date }
    }
    return bylineDate(nearEndOf: text)
  }

  /// The date of the last metadata-like line among the last `searchLength` characters whose
  /// part before the date holds a byline word (`von`, `by`).
  static func bylineDate(nearEndOf text: String) -> String? {
    for line in text.suffix(searchLength).split(separator: "\n").reversed() {
      guard line.utf8.count <= maximumBylineLineLength,
        line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
      else { continue }
      if let date = metadataDate(in: DateToken.tokens(in: line), byline: true) { return date }
    }
    return nil
  }

  /// The date of one line when the line is metadata-like; with `byline`, only when a byline
  /// word comes before the date.
  static func metadataDate(in tokens: [DateToken], byline: Bool = false) -> String? {
    guard !tokens.isEmpty else { return nil }
    if !byline, case .word(let first) = tokens[0], DateWords.keywords.contains(first) {
      for start in 1..<min(tokens.count, keywordReach + 2) {
        if let (date, _) = match(tokens, at: start) { return date }
      }
      return nil
    }
    for start in tokens.indices {
      guard let (date, end) = match(tokens, at: start) else { continue }
      let before = tokens[..<start]
      if byline && !before.contains(where: isBylineWord) { return nil }
      return isLeading(before) && isTrailingPart(tokens[end...]) ? date : nil
    }
    return nil
  }

  /// After a date: a time of day, its zone and separators; perhaps then, after a `|`, `·` or
  /// `•`, a short source without numbers (`11.03.2025, 17:45 Uhr | dpa-AFX`).
  private static func isTrailingPart(_ tokens: ArraySlice<DateToken>) -> Bool {
    let bars: [DateToken] = [.punctuation("|"), .punctuation("·"), .punctuation("•")]
    guard let bar = tokens.firstIndex(where: bars.contains) else {
      return tokens.allSatisfy(isTrailing)
    }
    let source = tokens[(bar + 1)...]
    return tokens[..<bar].allSatisfy(isTrailing) && !source.isEmpty
      && source.count <= maximumBylineTokens && !source.contains(where: isNumber)
  }

  private static func isBylineWord(_ token: DateToken) -> Bool {
    if case .word(let word) = token { return DateWords.bylines.contains(word) }
    return false
  }

  private static func isNumber(_ token: DateToken) -> Bool {
    if case .number = token { return true }
    return false
  }

  /// Before a date: nothing, weekday-like words, or a short byline ending in a separator.
  private static func isLeading(_ tokens: ArraySlice<DateToken>) -> Bool {
    let weekdayLike = tokens.allSatisfy { token in
      switch token {
      case .word(let word): return DateWords.leading.contains(word)
      case .punctuation(let mark): return mark == "," || mark == "."
      case .number: return false
      }
    }
    if weekdayLike { return true }
    guard case .punctuation(let mark)? = tokens.last else { return false }
    return DateWords.separators.contains(mark) && tokens.count <= maximumBylineTokens
  }

  /// After a date: only a time of day, its zone and separators.
  private static func isTrailing(_ token: DateToken) -> Bool {
    switch token {
    case .word(let word): return DateWords.trailing.contains(word)
    case .number(_, let digits): return digits <= 2
    case .punctuation(let mark):
      return DateWords.separators.contains(mark) || "+.()".contains(mark)
    }
  }

  /// A date starting at `start`: its ISO form and the index after its last token.
  static func match(_ tokens: [DateToken], at start: Int) -> (String, Int)? {
    var cursor = DateTokenCursor(tokens: tokens, position: start)
    if let year = cursor.number(digits: 4...4) {
      // 2025-02-15, 2025-02, 2025/02/15
      guard cursor.punctuation(in: "-/"), let month = cursor.number(digits: 1...2) else {
        return nil
      }
      let afterMonth = cursor.position
      if cursor.punctuation(in: "-/"), let day = cursor.number(digits: 1...2) {
        return ISO8601Date.format(year: year, month: month, day: day).map { ($0, cursor.position) }
      }
      return ISO8601Date.format(year: year, month: month).map { ($0, afterMonth) }
    }
    if let month = cursor.month() {
      // Feb 15, 2025 / February 15th, 2025 / Februar 2025
      _ = cursor.punctuation(in: ".")
      let afterMonth = cursor
      if let day = cursor.number(digits: 1...2) {
        cursor.ordinalSuffix()
        _ = cursor.punctuation(in: ",")
        if let year = cursor.number(digits: 4...4) {
          return ISO8601Date.format(year: year, month: month, day: day)
            .map { ($0, cursor.position) }
        }
      }
      cursor = afterMonth
      guard let year = cursor.number(digits: 4...4) else { return nil }
      return ISO8601Date.format(year: year, month: month).map { ($0, cursor.position) }
    }
    guard let day = cursor.number(digits: 1...2) else { return nil }
    // 15.02.2025 / 15.02.25
    let afterDay = cursor
    if cursor.punctuation(in: "."), let month = cursor.number(digits: 1...2),
      cursor.punctuation(in: "."), let year = cursor.year()
    {
      return ISO8601Date.format(year: year, month: month, day: day).map { ($0, cursor.position) }
    }
    // 15. Februar 2025 / 15 February 2025
    cursor = afterDay
    _ = cursor.punctuation(in: ".")
    cursor.ordinalSuffix()
    guard let month = cursor.month() else { return nil }
    _ = cursor.punctuation(in: ".")
    guard let year = cursor.number(digits: 4...4) else { return nil }
    return ISO8601Date.format(year: year, month: month, day: day).map { ($0, cursor.position) }
  }
}

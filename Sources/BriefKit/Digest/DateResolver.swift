/// Dates for the digest: the article's own date, or its file's, made comparable, and relative
/// day names ("am Donnerstag", "on Thursday") resolved against it.
///
/// Pure calendar arithmetic on the proleptic Gregorian calendar; no clock, no time zones.
public enum DateResolver {
  /// The day of `date` (`YYYY-MM-DD` and anything after it) as `YYYY-MM-DD`; a partial date
  /// (`2025-02`, `2025`) unchanged; nil for empty or unreadable text.
  public static func day(of date: String?) -> String? {
    guard let date, !date.isEmpty else { return nil }
    if parse(date) != nil { return String(date.prefix(10)) }
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    let numeric = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    guard numeric, (1...2).contains(parts.count), parts[0].count == 4 else { return nil }
    return date
  }

  /// The date of the first day name introduced by `am`/`on` (or similar) in `text`, resolved
  /// against `date`: the most recent such weekday on or before it (the same day counts), unless
  /// the clause that names the day tells of the future; nil when `date` is not a full day or
  /// `text` names no day.
  ///
  /// A clause is the text between punctuation (`,` `;` `:` `–` `(` and sentence ends). It tells
  /// of the future when it has only future words (`will`, `soll`, `wird`, `nächsten`, the
  /// present tense of a schedule: `trifft`, `findet … statt`), and then the day is the next
  /// such weekday on or after `date`. A past clause (`meldete am Montag`, `seit Montag`, `vom
  /// Montag`), a clause with both kinds of words or with neither (`Rosberg am Freitag
  /// Trainings-Schnellster`) goes back, so a report is never dated after itself. A modifier
  /// (`am kommenden Montag`, `vergangenen Montag`, `last Monday`) names another week than the
  /// article's own day.
  ///
  /// "Rubio trifft am Donnerstag …" in an article of Wednesday 2025-07-09 gives 2025-07-10;
  /// "…, teilte die Kammer am Dienstag mit" in one of Sunday 2025-02-16 gives 2025-02-11.
  public static func resolveWeekday(in text: String, relativeTo date: String) -> String? {
    guard let base = parse(date) else { return nil }
    for words in clauses(in: text) {
      for (index, word) in words.enumerated() where index > 0 {
        let before = words[index - 1]
        let modifier = WeekdayWords.modifiers[before]
        guard
          WeekdayWords.introducers.contains(before) || modifier != nil,
          let weekday = WeekdayWords.german.firstIndex(of: word)
            ?? WeekdayWords.english.firstIndex(of: word)
        else { continue }
        let tense =
          modifier ?? (WeekdayWords.pastIntroducers.contains(before) ? .past : tense(of: words))
        let ahead = (weekday - weekdayIndex(base) + 7) % 7
        let offset: Int
        if tense == .future {
          offset = modifier != nil && ahead == 0 ? 7 : ahead
        } else {
          let back = (7 - ahead) % 7
          offset = -(modifier != nil && back == 0 ? 7 : back)
        }
        return format(base + offset)
      }
    }
    return nil
  }

  /// When a clause tells its happening: in the past or the future.
  enum Tense { case past, future }

  /// The tense of a clause's `words` (lower case) when only one kind of marker occurs in them,
  /// else nil: "Die Polizei meldete am Montag …" is past, "Rubio will am Donnerstag …" future,
  /// "Lage am Montag ruhig" neither.
  static func tense(of words: [String]) -> Tense? {
    let past = words.contains(where: WeekdayWords.pastMarkers.contains)
    let future = words.contains(where: WeekdayWords.futureMarkers.contains)
    return past == future ? nil : past ? .past : .future
  }

  /// Characters that end a clause wherever they stand.
  static let clauseBreaks: Set<Character> = [
    ",", ";", ":", "–", "—", "(", ")", "[", "]", "!", "?", "\n",
  ]

  /// The words (lower case) of each clause of `text`, in order: split at `clauseBreaks`, at a
  /// full stop before a space and at a hyphen between spaces (`Signale - bisher`).
  static func clauses(in text: String) -> [[String]] {
    let characters = Array(text)
    var clauses: [[String]] = []
    var start = 0
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      let previous = index > 0 ? characters[index - 1] : " "
      let ends =
        clauseBreaks.contains(character)
        || (character == "." && next.isWhitespace)
        || (character == "-" && next.isWhitespace && previous.isWhitespace)
      guard ends else { continue }
      clauses.append(Tokenizer.tokens(in: String(characters[start..<index])).map(\.lowercased))
      start = index + 1
    }
    clauses.append(Tokenizer.tokens(in: String(characters[start...])).map(\.lowercased))
    return clauses
  }

  /// Whole days from `a` to `b` (both `YYYY-MM-DD…`), nil unless both are full days.
  public static func daysBetween(_ a: String, _ b: String) -> Int? {
    guard let x = parse(a), let y = parse(b) else { return nil }
    return y - x
  }

  /// Days since 1970-01-01 of a `YYYY-MM-DD…` string, nil when it does not start with a valid day.
  static func parse(_ text: String) -> Int? {
    let bytes = Array(text.utf8.prefix(10))
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), (1...ISO8601Date.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    return ISO8601Date.days(fromCivil: year, month: month, day: day)
  }

  /// Monday = 0 … Sunday = 6 for days since 1970-01-01 (a Thursday).
  static func weekdayIndex(_ days: Int) -> Int {
    ((days % 7) + 7 + 3) % 7
  }

  /// `YYYY-MM-DD` of days since 1970-01-01.
  static func format(_ days: Int) -> String {
    let (year, month, day) = ISO8601Date.civil(fromDays: days)
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

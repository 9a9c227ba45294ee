/// Dates for the digest: the article's own date, or its file's, made comparable, and relative
/// day names ("am Donnerstag", "on Thursday") resolved against it.
///
/// Pure calendar arithmetic on the proleptic Gregorian calendar; no clock, no time zones.
public enum DateResolver {
  /// German day names, Monday first.
  static let germanWeekdays = [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  ]
  /// English day names, Monday first.
  static let englishWeekdays = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  /// Words that introduce a day name as a point in time.
  static let introducers: Set<String> = ["am", "on", "vom", "seit", "bis", "last", "next"]
  /// Introducers that put the day before the article (`seit Montag`, `last Monday`).
  static let pastIntroducers: Set<String> = ["seit", "last", "vom"]
  /// Introducers that put the day after the article (`next Monday`).
  static let futureIntroducers: Set<String> = ["next"]
  /// Words between an introducer and a day name that say which week it is in (`am kommenden
  /// Montag`, `vergangenen Donnerstag`, `last Friday`); they may also stand alone before it.
  static let modifiers: [String: Tense] = [
    "kommenden": .future, "kommende": .future, "nächsten": .future, "nächste": .future,
    "coming": .future, "vergangenen": .past, "vergangene": .past, "letzten": .past,
    "letzte": .past, "past": .past,
  ]
  /// Words of a clause told in the past: auxiliaries and the reporting verbs of news.
  static let pastMarkers: Set<String> = [
    "hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "sagte", "sagten",
    "meldete", "meldeten", "teilte", "teilten", "erklärte", "erklärten", "berichtete",
    "berichteten", "bestätigte", "bestätigten", "kündigte", "kündigten", "traf", "trafen",
    "kam", "kamen", "gab", "starb", "fand", "begann", "forderte", "forderten", "warnte",
    "betonte", "einigten", "sprach", "sprachen", "telefonierten", "verschob", "tagte",
    "stimmte", "stimmten", "has", "have",
    "had", "was", "were", "said", "met", "announced", "reported", "told", "held", "did",
    "spoke", "agreed", "warned", "died",
  ]
  /// Words of a clause told in the future: modal and future auxiliaries, plans.
  static let futureMarkers: Set<String> = [
    "will", "wollen", "soll", "sollen", "wird", "werden", "plant", "planen", "geplant",
    "kommenden", "kommende", "nächsten", "nächste", "bevorstehenden", "findet", "finden",
    "stattfinden", "beginnt", "beginnen", "startet", "tagt", "stimmt", "shall", "plans",
    "planned", "upcoming", "scheduled", "expected",
  ]

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

  /// The date of the first day name introduced by `am`/`on` (or similar) in `text`, taken as
  /// the nearest such weekday to `date` (at most 3 days before or after; the same day counts),
  /// but in the week before when the text tells of the past (`meldete`, `hat`, `seit`, `last`)
  /// and the week after when it tells of the future (`will`, `soll`, `next`), so that a report
  /// is never dated after itself; nil when `date` is not a full day or `text` names no day.
  ///
  /// "Rubio trifft am Donnerstag …" in an article of Wednesday 2025-07-09 gives 2025-07-10.
  public static func resolveWeekday(in text: String, relativeTo date: String) -> String? {
    guard let base = parse(date) else { return nil }
    let words = Tokenizer.tokens(in: text).map(\.lowercased)
    for (index, word) in words.enumerated() where index > 0 {
      let before = words[index - 1]
      // "am Montag", "am kommenden Montag", "vergangenen Montag".
      let modifier = modifiers[before]
      guard
        introducers.contains(before) || modifier != nil,
        let weekday = germanWeekdays.firstIndex(of: word) ?? englishWeekdays.firstIndex(of: word)
      else { continue }
      var offset = (weekday - weekdayIndex(base) + 7) % 7
      if offset > 3 { offset -= 7 }
      let tense =
        modifier ?? tense(of: words)
        ?? (pastIntroducers.contains(before)
          ? .past : futureIntroducers.contains(before) ? .future : nil)
      if tense == .past && offset > 0 { offset -= 7 }
      if tense == .future && offset < 0 { offset += 7 }
      return format(base + offset)
    }
    return nil
  }

  /// When a clause tells its happening: in the past or the future.
  enum Tense { case past, future }

  /// The tense of `words` (lower case) when only one kind of marker occurs in them, else nil:
  /// "Die Polizei meldete am Montag …" is past, "Rubio will am Donnerstag …" future, and
  /// "Das Amt teilte mit, Rubio werde am Donnerstag …" is left to the nearest day.
  static func tense(of words: [String]) -> Tense? {
    let past = words.contains(where: pastMarkers.contains)
    let future = words.contains(where: futureMarkers.contains)
    return past == future ? nil : past ? .past : .future
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

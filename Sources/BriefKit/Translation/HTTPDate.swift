import Foundation

/// Parses the HTTP-date forms of RFC 9110 (section 5.6.7): IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
///
/// Written out rather than left to `DateFormatter`, which leaks on Linux at every call (found by
/// `scripts/fuzz.sh translation` under LeakSanitizer). Names are matched without regard to case;
/// the zone must be GMT (or UTC); a two-digit year below 70 is 20xx, else 19xx.
enum HTTPDate {
  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  static let longWeekdays = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// The date, or nil when `text` is in none of the three forms.
  static func parse(_ text: String) -> Date? {
    let parts = text.lowercased().split(separator: " ").map(String.init)
    switch parts.count {
    case 6:  // IMF-fixdate
      guard weekdays.contains(String(parts[0].dropLast())), parts[0].hasSuffix(","),
        isGMT(parts[5]), let day = number(parts[1], digits: 2),
        let month = months.firstIndex(of: parts[2]), let year = number(parts[3], digits: 4)
      else { return nil }
      return date(year: year, month: month + 1, day: day, time: parts[4])
    case 4:  // RFC 850
      let dayParts = parts[1].split(separator: "-", omittingEmptySubsequences: false)
      guard longWeekdays.contains(String(parts[0].dropLast())), parts[0].hasSuffix(","),
        isGMT(parts[3]), dayParts.count == 3, let day = number(dayParts[0], digits: 2),
        let month = months.firstIndex(of: String(dayParts[1])),
        let shortYear = number(dayParts[2], digits: 2)
      else { return nil }
      let year = shortYear + (shortYear < 70 ? 2000 : 1900)
      return date(year: year, month: month + 1, day: day, time: parts[2])
    case 5:  // asctime
      guard weekdays.contains(parts[0]), let month = months.firstIndex(of: parts[1]),
        let day = number(parts[2], digits: 1...2), let year = number(parts[4], digits: 4)
      else { return nil }
      return date(year: year, month: month + 1, day: day, time: parts[3])
    default:
      return nil
    }
  }

  static func isGMT(_ zone: String) -> Bool { zone == "gmt" || zone == "utc" }

  /// The value of `text` when it is all ASCII digits and as many as `digits` allows.
  static func number(_ text: some StringProtocol, digits: ClosedRange<Int>) -> Int? {
    guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) })
    else { return nil }
    return Int(text)
  }

  static func number(_ text: some StringProtocol, digits: Int) -> Int? {
    number(text, digits: digits...digits)
  }

  /// The instant of `time` (`HH:MM:SS`) on the given day, GMT, when all parts are in range.
  static func date(year: Int, month: Int, day: Int, time: String) -> Date? {
    let clock = time.split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 3, let hour = number(clock[0], digits: 2),
      let minute = number(clock[1], digits: 2), let second = number(clock[2], digits: 2),
      hour < 24, minute < 60, second <= 60,
      (1...ISO8601Date.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    let days = ISO8601Date.days(fromCivil: year, month: month, day: day)
    return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
  }
}

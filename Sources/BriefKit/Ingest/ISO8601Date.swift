/// Validation of ISO 8601 dates and date-times as Brief accepts them.
///
/// Accepted: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and `YYYY-MM-DD` followed by `T` or a space,
/// `HH:MM`, optional `:SS` with optional fraction, and an optional zone (`Z`, `±HH:MM`,
/// `±HHMM`, `±HH`). Months, days (leap years included), hours and minutes are range-checked.
public enum ISO8601Date {
  /// True when `text` is an accepted ISO 8601 date or date-time.
  static func isValid(_ text: String) -> Bool {
    var scanner = Cursor(Array(text.utf8))
    guard let year = scanner.number(digits: 4) else { return false }
    if scanner.atEnd { return true }
    guard scanner.skip("-"), let month = scanner.number(digits: 2), (1...12).contains(month)
    else { return false }
    if scanner.atEnd { return true }
    guard scanner.skip("-"), let day = scanner.number(digits: 2),
      (1...daysIn(month: month, year: year)).contains(day)
    else { return false }
    if scanner.atEnd { return true }
    guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else { return false }
    guard let hour = scanner.number(digits: 2), hour <= 24, scanner.skip(":"),
      let minute = scanner.number(digits: 2), minute <= 59
    else { return false }
    if scanner.skip(":") {
      guard let second = scanner.number(digits: 2), second <= 60 else { return false }
      if scanner.skip(".") || scanner.skip(",") {
        guard scanner.digits() > 0 else { return false }
      }
    }
    if scanner.atEnd || scanner.skip("Z") || scanner.skip("z") { return scanner.atEnd }
    guard scanner.skip("+") || scanner.skip("-"), let zoneHour = scanner.number(digits: 2),
      zoneHour <= 14
    else { return false }
    if scanner.atEnd { return true }
    _ = scanner.skip(":")
    guard let zoneMinute = scanner.number(digits: 2), zoneMinute <= 59 else { return false }
    return scanner.atEnd
  }

  /// `text` in the extended form Brief keeps (`YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ` ...): as
  /// given when `isValid`, rewritten when in the ISO 8601 basic form (`20250214` becomes
  /// `2025-02-14`, `20250214T101500Z` becomes `2025-02-14T10:15:00Z`, `+0100` zones kept);
  /// else nil (a week date such as `2025-W07`, an ordinal date, or no date at all).
  public static func normalized(_ text: String) -> String? {
    if isValid(text) { return text }
    let bytes = Array(text.utf8)
    guard bytes.count >= 8, bytes[..<8].allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    let digits = String(decoding: bytes[..<8], as: UTF8.self)
    var extended =
      "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.dropFirst(6))"
    var rest = bytes[8...]
    if let separator = rest.first, separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
    {
      rest = rest.dropFirst()
      let time = rest.prefix { (0x30...0x39).contains($0) }
      guard time.count == 4 || time.count == 6 else { return nil }
      let clock = String(decoding: time, as: UTF8.self)
      extended += "T" + clock.prefix(2) + ":" + clock.dropFirst(2).prefix(2)
      if time.count == 6 { extended += ":" + clock.suffix(2) }
      extended += String(decoding: rest.dropFirst(time.count), as: UTF8.self)
    } else if !rest.isEmpty {
      return nil
    }
    return isValid(extended) ? extended : nil
  }

  /// Days in a month of the proleptic Gregorian calendar.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The calendar day `days` days after 1970-01-01 as `YYYY-MM-DD` (years 1000 to 9999),
  /// else nil.
  public static func day(daysSince1970 days: Int) -> String? {
    let (year, month, day) = civil(fromDays: days)
    return format(year: year, month: month, day: day)
  }

  /// Year, month and day of the day `days` days after 1970-01-01 in the proleptic Gregorian
  /// calendar (Howard Hinnant's civil_from_days).
  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Days since 1970-01-01 of a day of the proleptic Gregorian calendar (Howard Hinnant's
  /// days_from_civil; the inverse of `civil(fromDays:)`).
  static func days(fromCivil year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `YYYY-MM` or `YYYY-MM-DD` when the parts form a valid date, else nil.
  static func format(year: Int, month: Int, day: Int? = nil) -> String? {
    guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
    let yearMonth = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    guard let day else { return yearMonth }
    guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
    return yearMonth + (day < 10 ? "-0\(day)" : "-\(day)")
  }

  /// A forward-only reader over ASCII bytes.
  private struct Cursor {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
      guard position < bytes.count, bytes[position] == UInt8(ascii: character) else {
        return false
      }
      position += 1
      return true
    }

    /// Exactly `digits` decimal digits as a number.
    mutating func number(digits: Int) -> Int? {
      guard position + digits <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[position..<(position + digits)] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      position += digits
      return value
    }

    /// Skips any number of digits and returns how many.
    mutating func digits() -> Int {
      let start = position
      while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
      return position - start
    }
  }
}

import Foundation

/// Parses the HTTP-date forms of RFC 9110: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`),
/// the obsolete RFC 850 form (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime
/// (`Sun Nov  6 08:49:37 1994`).
enum HTTPDate {
  /// The date, or nil when `text` is in none of the three forms.
  static func parse(_ text: String) -> Date? {
    let squeezed = text.split(separator: " ", omittingEmptySubsequences: true).joined(
      separator: " ")
    for format in [
      "EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz",
      "EEE MMM d HH:mm:ss yyyy",
    ] {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "GMT")
      formatter.dateFormat = format
      if let date = formatter.date(from: squeezed) { return date }
    }
    return nil
  }
}

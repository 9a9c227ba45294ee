/// The day each article's event is dated by.
extension DigestBuilder {
  /// The day of the event an article reports: a day name in its headline, lead sentence or
  /// first line resolved against its date, else its date; else its file's date, as it is; else
  /// nil.
  static func eventDate(of brief: Brief) -> String? {
    eventDating(of: brief).date
  }

  /// `eventDate(of:)` and whether it rests on the file's modification day alone.
  ///
  /// A day name is not resolved against a file's day: a file is saved on the day of the
  /// article or any day after (a corpus copied years later), so "am Dienstag" may be any
  /// Tuesday before it, and the event is dated, and marked, by the file's own day.
  static func eventDating(of brief: Brief) -> (date: String?, fromFile: Bool) {
    guard let published = DateResolver.day(of: brief.date) else {
      let filed = DateResolver.day(of: brief.fileDate)
      return (filed, filed != nil)
    }
    for text in [brief.title, brief.lead, brief.lines.first?.text].compactMap({ $0 }) {
      if let resolved = DateResolver.resolveWeekday(in: text, relativeTo: published) {
        return (resolved, false)
      }
    }
    return (published, false)
  }
}

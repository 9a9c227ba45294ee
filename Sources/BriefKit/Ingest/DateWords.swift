/// Words around publication dates in German and English article metadata.
///
/// Data only; `ArticleDateFinder` matches with it. All entries are lower case.
enum DateWords {
  /// Month names and abbreviations to month numbers.
  static let months: [String: Int] = [
    "januar": 1, "jänner": 1, "jan": 1, "january": 1,
    "februar": 2, "feber": 2, "feb": 2, "february": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12, "december": 12, "dec": 12,
  ]

  /// Words that open a metadata line: the date follows within a few tokens.
  static let keywords: Set<String> = [
    "date", "datum", "stand", "veröffentlicht", "aktualisiert", "erschienen", "publiziert",
    "erstellt", "zuletzt", "published", "updated", "posted", "modified", "last",
  ]

  /// Words that may stand before a date on a date-only line ("Samstag, 15.02.2025").
  static let leading: Set<String> = [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
    "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
    "sun", "am", "vom", "den", "on",
  ]

  /// Words that may follow a date on a metadata line (a time of day and its zone).
  static let trailing: Set<String> = [
    "uhr", "h", "am", "pm", "um", "at", "t", "z", "cet", "cest", "mez", "mesz", "utc", "gmt",
  ]

  /// Words that open a byline (`Von Stefan Huber, 14.03.2025`): a date after one, near the
  /// end of an article, is its publication date.
  static let bylines: Set<String> = ["von", "by"]

  /// English ordinal suffixes ("15th").
  static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

  /// Punctuation that separates metadata items ("dpa | 15.02.2025, 10:31 Uhr").
  static let separators: Set<Character> = [",", "|", "·", "–", "—", "-", "/", "•", ":"]
}

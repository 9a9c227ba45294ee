/// Checks on a translation against its source: numbers and quotation marks.
///
/// Policy: the strict post-checks here (`missingNumbers`, `quotesDropped`) keep the translation
/// and report a `TranslationWarning`; the checks of `rejection(source:translation:batch:)` —
/// an echoed or still German answer, numbers not found in any form (`unaccountedNumbers`, in
/// `TranslationChecks+Numbers.swift`), an answer hugely longer than its sentence — and
/// placeholder damage (`ProtectedText`) discard it.
public enum TranslationChecks {
  /// Separators allowed between digit groups of one number: German and English thousands and
  /// decimal marks, apostrophe, no-break and narrow no-break space.
  static let separators: Set<Unicode.Scalar> = [".", ",", "'", "’", "\u{00A0}", "\u{202F}"]

  /// The numbers of `source` (as written there) whose digits do not appear in `translation`.
  ///
  /// Numbers are compared by their digits alone, separators removed, so German `3,5` matches
  /// `3.5` and `1.234,5` matches `1,234.5`; each occurrence in the source needs its own in the
  /// translation. Dates rewritten as words (`24.02.2022` -> `24 February 2022`) are reported.
  public static func missingNumbers(source: String, translation: String) -> [String] {
    var available: [String: Int] = [:]
    for number in numbers(in: translation) { available[number.digits, default: 0] += 1 }
    var missing: [String] = []
    for number in numbers(in: source) {
      if let count = available[number.digits], count > 0 {
        available[number.digits] = count - 1
      } else {
        missing.append(number.written)
      }
    }
    return missing
  }

  /// True when `source` has quotation marks and `translation` has none.
  public static func quotesDropped(source: String, translation: String) -> Bool {
    source.unicodeScalars.contains(where: quoteMarks.contains)
      && !translation.unicodeScalars.contains(where: quoteMarks.contains)
  }

  /// Quotation marks of German and English typography (straight, curly, low, guillemets).
  static let quoteMarks: Set<Unicode.Scalar> = [
    "\"", "„", "“", "”", "‚", "‘", "»", "«", "›", "‹",
  ]

  /// Each number in `text`: as written, and its digits alone (`NumberToken.tokens`).
  static func numbers(in text: String) -> [(written: String, digits: String)] {
    NumberToken.tokens(in: text).map { ($0.written, $0.groups.joined()) }
  }
}

/// Post-checks on a translation against its source: numbers and quotation marks.
///
/// Policy: a failed check keeps the translation and reports a `TranslationWarning` (the brief
/// can mark the line); only placeholder damage discards a translation (see `ProtectedText`).
public enum TranslationChecks {
  /// Separators allowed between digit groups of one number: German and English thousands and
  /// decimal marks, apostrophe, no-break and narrow no-break space.
  static let separators: Set<Character> = [".", ",", "'", "’", "\u{00A0}", "\u{202F}"]

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
    source.contains(where: quoteMarks.contains) && !translation.contains(where: quoteMarks.contains)
  }

  /// Quotation marks of German and English typography (straight, curly, low, guillemets).
  static let quoteMarks: Set<Character> = ["\"", "„", "“", "”", "‚", "‘", "»", "«", "›", "‹"]

  /// Each number in `text`: as written, and its digits alone.
  static func numbers(in text: String) -> [(written: String, digits: String)] {
    let characters = Array(text)
    var found: [(String, String)] = []
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      var digits = ""
      while end < characters.count {
        if characters[end].isASCII, characters[end].isNumber {
          digits.append(characters[end])
          end += 1
        } else if separators.contains(characters[end]), end + 1 < characters.count,
          characters[end + 1].isASCII, characters[end + 1].isNumber
        {
          end += 1
        } else {
          break
        }
      }
      found.append((String(characters[index..<end]), digits))
      index = end
    }
    return found
  }
}

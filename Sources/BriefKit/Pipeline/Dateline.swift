/// The agency dateline that opens a wire story's first sentence: `Berlin (dpa) - `,
/// `Frankfurt a. M. (dpa) – `, `BERLIN (Reuters) - `, `Karlsruhe (AFP/dpa) — `,
/// `KUALA LUMPUR, July 10 (Reuters) - `.
///
/// A brief shows its lines without it: the place and the credit are the wire's address line,
/// not part of what the sentence says, and an English reader gets them untranslated. Only a
/// credit that names an agency of the language's boilerplate patterns (`dpa`, `AFP`,
/// `Reuters` …) counts, so a sentence that opens with a name and a parenthesis
/// (`Olaf Scholz (SPD) – der Kanzler …`) keeps it; a dateline without a credit (`Wien – `)
/// is left alone too.
public enum Dateline {
  /// Words of the place at most (`Frankfurt a. M.`, `Halle (Saale)` has its own parenthesis).
  static let maximumPlaceWords = 5

  /// `text` without its opening agency dateline; `text` itself when it has none or nothing
  /// would be left.
  public static func stripped(_ text: String, agencies: ByteWordSet) -> String {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var words = 0
    var dated = false
    // The place: capitalised words and abbreviations (`a.`, `M.`, `i. Br.`), slashes; after a
    // comma, a date may follow (`July 10`, `10. Juli`).
    while index < scalars.count, scalars[index] != "(" {
      let start = index
      while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "(" {
        index += 1
      }
      guard index > start else {
        index += 1
        continue
      }
      let word = scalars[start..<index]
      let first = word[word.startIndex]
      let isDateNumber =
        dated && word.allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." }
      let isPlaceWord =
        first.properties.isUppercase || word.last == "." || word.allSatisfy { $0 == "/" }
        || isDateNumber
      if word.last == "," { dated = true }
      words += 1
      guard isPlaceWord, words <= maximumPlaceWords else { return text }
    }
    guard words > 0, index < scalars.count, let close = scalars[index...].firstIndex(of: ")")
    else { return text }
    let credit = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
    let names = credit.split(separator: "/").map { $0.trimmingSpaces }
    guard let name = names.first, agencies.contains(String(name)) else { return text }
    var rest = close + 1
    while rest < scalars.count, scalars[rest].properties.isWhitespace { rest += 1 }
    guard rest < scalars.count, "-–—".unicodeScalars.contains(scalars[rest]) else { return text }
    rest += 1
    guard rest < scalars.count, scalars[rest].properties.isWhitespace else { return text }
    while rest < scalars.count, scalars[rest].properties.isWhitespace { rest += 1 }
    guard rest < scalars.count, !scalars[rest].properties.isLowercase else { return text }
    return String(String.UnicodeScalarView(scalars[rest...]))
  }
}

extension Substring {
  /// Without leading and trailing spaces.
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
    return self[start..<end]
  }
}

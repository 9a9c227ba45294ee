import Foundation

extension Glossary {
  /// Every occurrence of an entry in `text` (NFC-normalised first), left to right, without
  /// overlaps.
  ///
  /// An occurrence starts and ends on a word boundary (the neighbouring characters are not
  /// letters or digits; a hyphen is a boundary, so "Kiew-Besuch" holds "Kiew"). At each
  /// position the longest entry wins. A German form followed by a genitive `s` ("Lawrows",
  /// "Deutschlands") also matches, unless the form ends in s, ß, x or z.
  public func matches(in text: String) -> [GlossaryMatch] {
    let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    var found: [GlossaryMatch] = []
    var position = 0
    outer: while position < scalars.count {
      defer { position += 1 }
      if position > 0, Self.isWordScalar(scalars[position - 1]) { continue }
      for index in candidates[scalars[position]] ?? [] {
        let german = germanScalars[index]
        let end = position + german.count
        guard end <= scalars.count, scalars[position..<end].elementsEqual(german) else {
          continue
        }
        if end == scalars.count || !Self.isWordScalar(scalars[end]) {
          found.append(
            GlossaryMatch(entry: entries[index], range: position..<end, isGenitive: false))
        } else if scalars[end] == "s",
          end + 1 == scalars.count || !Self.isWordScalar(scalars[end + 1]),
          Self.takesGenitiveS(german)
        {
          found.append(
            GlossaryMatch(entry: entries[index], range: position..<(end + 1), isGenitive: true))
        } else {
          continue
        }
        position = found[found.count - 1].range.upperBound - 1
        continue outer
      }
    }
    return found
  }

  /// The distinct entries occurring in any of `texts`, sorted by German form: what the chat
  /// prompt's `{{glossary}}` lists.
  public func entries(occurringIn texts: [String]) -> [GlossaryEntry] {
    // Machine-translation providers run with an empty prompt glossary: skip the scan.
    guard !entries.isEmpty else { return [] }
    let all = texts.flatMap { matches(in: $0).map(\.entry) }
    return Array(Set(all)).sorted { ($0.german, $0.english) < ($1.german, $1.english) }
  }

  /// Letters, marks and digits: what `CharacterSet.alphanumerics` holds.
  ///
  /// Everything else (spaces, punctuation, hyphens) is a word boundary. ASCII is decided
  /// without a table.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  /// True when a genitive `-s` may follow the form: it ends in a letter other than s, ß, x, z.
  static func takesGenitiveS(_ german: [Unicode.Scalar]) -> Bool {
    guard let last = german.last, CharacterSet.letters.contains(last) else { return false }
    return !"sßxzSXZ".unicodeScalars.contains(last)
  }
}

/// A token of a metadata line, as `ArticleDateFinder` sees it.
enum DateToken: Equatable {
  /// A run of ASCII digits: its value (capped) and how many digits it has.
  case number(Int, digits: Int)
  /// A run of letters, lower-cased.
  case word(String)
  /// Any other non-space character.
  case punctuation(Character)

  /// The tokens of `line`; whitespace only separates.
  static func tokens(in line: Substring) -> [DateToken] {
    var tokens: [DateToken] = []
    var digits = ""
    var letters = ""
    func flush() {
      if !digits.isEmpty {
        tokens.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count))
        digits = ""
      }
      if !letters.isEmpty {
        tokens.append(.word(letters.lowercased()))
        letters = ""
      }
    }
    for character in line {
      if character.isASCII && character.isNumber {
        if !letters.isEmpty { flush() }
        digits.append(character)
      } else if character.isLetter {
        if !digits.isEmpty { flush() }
        letters.append(character)
      } else {
        flush()
        if !character.isWhitespace { tokens.append(.punctuation(character)) }
      }
    }
    flush()
    return tokens
  }
}

/// A forward-only reader over date tokens; each method consumes only when it matches.
struct DateTokenCursor {
  let tokens: [DateToken]
  var position: Int

  /// A number with a digit count in `digits`.
  mutating func number(digits: ClosedRange<Int>) -> Int? {
    guard position < tokens.count, case .number(let value, let count) = tokens[position],
      digits.contains(count)
    else { return nil }
    position += 1
    return value
  }

  /// A four-digit year, or a two-digit one read as 20YY.
  mutating func year() -> Int? {
    if let year = number(digits: 4...4) { return year }
    return number(digits: 2...2).map { 2000 + $0 }
  }

  /// A month name or abbreviation.
  mutating func month() -> Int? {
    guard position < tokens.count, case .word(let word) = tokens[position],
      let month = DateWords.months[word]
    else { return nil }
    position += 1
    return month
  }

  /// One punctuation mark out of `marks`.
  mutating func punctuation(in marks: String) -> Bool {
    guard position < tokens.count, case .punctuation(let mark) = tokens[position],
      marks.contains(mark)
    else { return false }
    position += 1
    return true
  }

  /// Skips an English ordinal suffix ("th") if present.
  mutating func ordinalSuffix() {
    guard position < tokens.count, case .word(let word) = tokens[position],
      DateWords.ordinalSuffixes.contains(word)
    else { return }
    position += 1
  }
}

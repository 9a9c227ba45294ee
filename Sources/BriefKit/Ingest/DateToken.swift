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

extension DateToken {
  /// The tokens of each line with a digit among the first `limit` characters of `text`.
  ///
  /// Read from the UTF-8 bytes; the same as `tokens(in:)` on those lines of
  /// `text.prefix(limit)`. Lines without a digit are left out: no date is read without a
  /// number.
  ///
  /// Nil when a character there might span more than one scalar (see
  /// `UTF8Decoding.isOwnCharacter`): then only `Character`s give the answer.
  static func lines(ofFirst limit: Int, in text: String) -> [[DateToken]]? {
    var text = text
    return text.withUTF8 { bytes -> [[DateToken]]? in
      // The bytes of the first `limit` characters, each a scalar of its own (the scalar after
      // them included, which could otherwise extend the last one).
      var end = 0
      var characters = 0
      while end < bytes.count {
        let (value, length) = UTF8Decoding.scalar(in: bytes, at: end)
        guard UTF8Decoding.isOwnCharacter(value) else { return nil }
        if characters == limit { break }
        characters += 1
        end += length
      }
      var lines: [[DateToken]] = []
      var lineStart = 0
      while lineStart < end {
        var lineEnd = lineStart
        var hasDigit = false
        while lineEnd < end, bytes[lineEnd] != 0x0A {
          if bytes[lineEnd] >= 0x30 && bytes[lineEnd] <= 0x39 { hasDigit = true }
          lineEnd += 1
        }
        if hasDigit {
          lines.append(tokens(in: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])))
        }
        lineStart = lineEnd + 1
      }
      return lines
    }
  }

  /// The tokens of one line of valid UTF-8 whose every scalar is a character of its own.
  private static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [DateToken] {
    let table = WordScalarTable.shared
    var tokens: [DateToken] = []
    // The run of digits or letters being read: its kind and first byte.
    var runIsDigits = false
    var runStart: Int?
    func flush(at end: Int) {
      guard let start = runStart else { return }
      let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if runIsDigits {
        var value = 0
        for byte in run.prefix(9) { value = value * 10 + Int(byte - 0x30) }
        tokens.append(.number(value, digits: run.count))
      } else {
        tokens.append(.word(String(decoding: run, as: UTF8.self).lowercased()))
      }
      runStart = nil
    }
    var index = 0
    while index < bytes.count {
      let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
      if value >= 0x30 && value <= 0x39 {
        if runStart != nil, !runIsDigits { flush(at: index) }
        if runStart == nil {
          runStart = index
          runIsDigits = true
        }
      } else if table.entry(value).isAlphabetic {
        if runStart != nil, runIsDigits { flush(at: index) }
        if runStart == nil {
          runStart = index
          runIsDigits = false
        }
      } else {
        flush(at: index)
        if !table.entry(value).isWhitespace, let scalar = Unicode.Scalar(value) {
          tokens.append(.punctuation(Character(scalar)))
        }
      }
      index += length
    }
    flush(at: index)
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

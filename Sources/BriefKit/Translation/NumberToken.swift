/// One number as written in a text: its digit groups, the separators between them and the
/// word after it, read on scalars in one pass.
struct NumberToken: Equatable {
  /// The number as written (`1.234,5`).
  var written: String
  /// Its runs of digits, in order (`1`, `234`, `5`).
  var groups: [String]
  /// The separators between the groups (`.`, `,`), one fewer than the groups.
  var separators: [Unicode.Scalar]
  /// The letters right after it, lower-cased, across at most one space or no-break space
  /// (`Uhr`, `Millionen`, `m` of `1.2m`); empty when none follow.
  var nextWord: String

  /// The numbers of `text`, in order, in time linear in its length.
  static func tokens(in text: String) -> [NumberToken] {
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ index: Int) -> Bool { (0x30...0x39).contains(scalars[index].value) }
    var tokens: [NumberToken] = []
    var index = 0
    while index < scalars.count {
      guard isDigit(index) else {
        index += 1
        continue
      }
      var groups: [String] = []
      var separators: [Unicode.Scalar] = []
      var group = String.UnicodeScalarView()
      var end = index
      while end < scalars.count {
        if isDigit(end) {
          group.append(scalars[end])
          end += 1
        } else if TranslationChecks.separators.contains(scalars[end]), end + 1 < scalars.count,
          isDigit(end + 1)
        {
          groups.append(String(group))
          group = String.UnicodeScalarView()
          separators.append(scalars[end])
          end += 1
        } else {
          break
        }
      }
      groups.append(String(group))
      var written = String.UnicodeScalarView()
      written.append(contentsOf: scalars[index..<end])
      var wordStart = end
      if wordStart < scalars.count, [" ", "\u{00A0}"].contains(scalars[wordStart]) {
        wordStart += 1
      }
      var word = String.UnicodeScalarView()
      var wordEnd = wordStart
      while wordEnd < scalars.count, scalars[wordEnd].properties.isAlphabetic {
        word.append(scalars[wordEnd])
        wordEnd += 1
      }
      tokens.append(
        NumberToken(
          written: String(written), groups: groups, separators: separators,
          nextWord: String(word).lowercased()))
      index = end
    }
    return tokens
  }

  /// Every value the number may stand for when written in English or German: a plain integer
  /// (`40`); all separators as thousands marks when every later group has three digits
  /// (`40,000`, `40.000`); the last separator as the decimal mark, the earlier ones (another
  /// mark) as thousands marks (`1,234.5`, `1.234,5`, `3,5`, `1.2`).
  var readings: [ExactNumber] {
    guard groups.count > 1 else { return [ExactNumber(integer: groups[0])] }
    var readings: [ExactNumber] = []
    let later = groups.dropFirst()
    if later.allSatisfy({ $0.count == 3 }), Set(separators).count == 1 {
      readings.append(ExactNumber(integer: groups.joined()))
    }
    if let mark = separators.last, mark == "." || mark == ",",
      separators.dropLast().allSatisfy({ $0 != mark }),
      groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 })
    {
      readings.append(
        ExactNumber(integer: groups.dropLast().joined(), fraction: groups[groups.count - 1]))
    }
    return readings
  }
}

/// A number's exact value: significant digits and a power of ten, so that `1.2 million`,
/// `1,200,000` and `1.200.000` are equal without floating point.
struct ExactNumber: Hashable {
  /// The digits without leading or trailing zeros ("0" for zero).
  var digits: String
  /// The power of ten the digits are multiplied by.
  var exponent: Int

  /// The number `integer.fraction` times ten to the `exponent`.
  init(integer: String, fraction: String = "", exponent: Int = 0) {
    let all = (integer + fraction).drop { $0 == "0" }
    var trimmed = Substring(all)
    var power = exponent - fraction.count
    while trimmed.last == "0" {
      trimmed = trimmed.dropLast()
      power += 1
    }
    digits = trimmed.isEmpty ? "0" : String(trimmed)
    self.exponent = trimmed.isEmpty ? 0 : power
  }

  /// This number times ten to the `power`.
  func scaled(by power: Int) -> ExactNumber {
    var scaled = self
    if digits != "0" { scaled.exponent += power }
    return scaled
  }

  /// The value as an `Int` when it is a whole number of at most 12 digits.
  var integerValue: Int? {
    guard exponent >= 0, digits.count + exponent <= 12 else { return nil }
    return Int(digits + String(repeating: "0", count: exponent))
  }
}

/// English words for numbers, as a translation may write a number its source has in digits.
enum EnglishNumberWords {
  /// Cardinals zero to twenty, by value.
  static let cardinals = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
  ]
  /// Ordinals first to twentieth, by value (index 0 unused).
  static let ordinals = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
  ]
  /// Tens thirty to ninety, by value / 10 (indices 0 to 2 unused).
  static let tens = [
    "", "", "", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]
  /// Words for large round numbers ("1.000" as "a thousand", "2 Mio." as "two million").
  static let magnitudes: Set<String> = ["thousand", "million", "billion", "trillion"]
  /// Words for the hours 0, 12 and 24 ("12 Uhr" as "noon").
  static let clockWords: [Int: [String]] = [
    0: ["midnight"], 12: ["noon", "midday"], 24: ["midnight"],
  ]

  /// The value of each cardinal (but "one", mostly a pronoun), ten and "hundred" and
  /// "thousand" written alone, by the word.
  static let values: [String: Int] = {
    var values = ["hundred": 100, "thousand": 1000]
    for (value, word) in cardinals.enumerated() where value != 1 { values[word] = value }
    for (index, word) in tens.enumerated() where !word.isEmpty { values[word] = index * 10 }
    return values
  }()

  /// The words that may stand for `value`: cardinal and ordinal up to twenty, tens up to
  /// ninety, "a" for 1 ("1 Million" as "a million"), the clock words.
  static func words(for value: Int) -> [String] {
    var words = clockWords[value] ?? []
    if cardinals.indices.contains(value) { words.append(cardinals[value]) }
    if ordinals.indices.contains(value), value > 0 { words.append(ordinals[value]) }
    if value % 10 == 0, tens.indices.contains(value / 10), value >= 30 {
      words.append(tens[value / 10])
    }
    if value == 1 { words.append("a") }
    return words
  }
}

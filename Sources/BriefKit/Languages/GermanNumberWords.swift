/// German words for numbers, as a sentence may write a number another has in digits
/// ("Drei weitere wurden verletzt" / "3 weitere").
enum GermanNumberWords {
  /// Cardinals zero to twenty, by value ("eins" alone: "ein", "eine" are mostly articles).
  static let cardinals = [
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
    "neunzehn", "zwanzig",
  ]
  /// Tens thirty to ninety, by value / 10 (indices 0 to 2 unused).
  static let tens = [
    "", "", "", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
  ]
  /// Round numbers written as a word alone.
  static let rounds = ["hundert": 100, "tausend": 1000]

  /// The value of each word above, by the word.
  static let values: [String: Int] = {
    var values = rounds
    for (value, word) in cardinals.enumerated() { values[word] = value }
    for (index, word) in tens.enumerated() where !word.isEmpty { values[word] = index * 10 }
    return values
  }()
}

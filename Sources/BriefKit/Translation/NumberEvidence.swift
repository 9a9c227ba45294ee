/// What a translation offers as numbers: the values of its numbers (with a following
/// "million" and the like), their digit groups, its words.
///
/// Built once per translation in time linear in its length; each source number is then looked
/// up in constant time (`TranslationChecks.unaccountedNumbers`).
struct NumberEvidence {
  /// Every value a number of the translation may stand for (`NumberToken.readings`), also
  /// times its magnitude word ("1.2 million"), and the values of number words before a
  /// magnitude word ("a million", "two billion").
  var values: Set<ExactNumber> = []
  /// The digit groups of the translation's numbers, leading zeros removed (`24`, `2`, `2022`
  /// of `24/02/2022`).
  var groups: Set<String> = []
  /// The lower-cased words of the translation.
  var words: Set<String> = []

  /// Powers of ten of the English words for large numbers, as written after a number.
  static let magnitudes: [String: Int] = [
    "thousand": 3, "k": 3, "million": 6, "millions": 6, "m": 6, "mn": 6, "billion": 9,
    "billions": 9, "bn": 9, "trillion": 12, "trillions": 12,
  ]

  init(_ translation: String) {
    for token in NumberToken.tokens(in: translation) {
      let scale = Self.magnitudes[token.nextWord]
      for reading in token.readings {
        values.insert(reading)
        if let scale { values.insert(reading.scaled(by: scale)) }
      }
      for group in token.groups { groups.insert(TranslationChecks.withoutLeadingZeros(group)) }
    }
    let wordList = translation.lowercased().split { !$0.isLetter }.map(String.init)
    words = Set(wordList)
    for (index, word) in wordList.enumerated() where index > 0 {
      guard let scale = Self.magnitudes[word], let count = Self.wordValue(wordList[index - 1])
      else { continue }
      values.insert(ExactNumber(integer: String(count)).scaled(by: scale))
    }
  }

  /// The value of a number word before a magnitude word ("a", "one" to "twenty", the tens).
  static func wordValue(_ word: String) -> Int? {
    if word == "a" { return 1 }
    if let value = EnglishNumberWords.cardinals.firstIndex(of: word) { return value }
    return EnglishNumberWords.tens.firstIndex { !$0.isEmpty && $0 == word }.map { $0 * 10 }
  }

  /// True when `group` (no leading zeros) is among the groups, or among the words as its
  /// English word.
  func hasGroup(_ group: String) -> Bool {
    if groups.contains(group) { return true }
    guard let value = Int(group.prefix(12)) else { return false }
    return hasWord(for: value)
  }

  /// True when an English word for `value` is among the words (`EnglishNumberWords`).
  func hasWord(for value: Int) -> Bool {
    EnglishNumberWords.words(for: value).contains(where: words.contains)
  }

  /// True when the hour `hour` is there: as itself, in 12-hour form (`14` as `2`) or as a
  /// word ("noon", "three").
  func hasHour(_ hour: Int) -> Bool {
    if hasGroup(String(hour)) { return true }
    return (13...23).contains(hour) && hasGroup(String(hour - 12))
  }
}

/// The check that every number of a sentence is in its translation, in some form.
extension TranslationChecks {
  /// Powers of ten of the German words for large numbers, as written after a number.
  static let germanMagnitudes: [String: Int] = [
    "tausend": 3, "mio": 6, "million": 6, "millionen": 6, "mrd": 9, "milliarde": 9,
    "milliarden": 9, "billion": 12, "billionen": 12,
  ]
  /// English month names and abbreviations, by month number (index 0 unused).
  static let monthNames: [Set<String>] = [
    [], ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
    ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
    ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ]
  /// Words that may stand for the minutes of a clock time ("half past two").
  static let minuteWords: Set<String> = ["half", "quarter"]

  /// The numbers of `source` (as written there) that `translation` renders in no form.
  ///
  /// Each number is read by its shape, and its whole value must be there:
  /// - a date `d.m.yyyy`: the day and the year as numbers, the month as a number or an
  ///   English month name (`24.02.2022` as "24 February 2022" or "February 24, 2022");
  /// - a clock time (`14.30 Uhr`, `14:30`, `15 Uhr`): the hour, also in 12-hour form or as a
  ///   word, and the minutes unless they are `00` ("2.30 pm", "3 pm", "half past two");
  /// - a decimal (`3,5`, `1.234,5`), a thousands-grouped integer (`40.000`) or a plain one:
  ///   its exact value, written with any thousands and decimal marks (`3.5`, `1,234.5`,
  ///   `40,000`) or with a magnitude word on either side ("1,2 Millionen" as "1.2 million",
  ///   `40.000` as "40 thousand", `1.000.000` as "a million"); a plain integer also as its
  ///   English word (`3` as "three", `2.` as "second") and a two-digit one as a year ending in
  ///   it (`90er` as "1990s");
  /// - anything else (`2:1`, `3.5` in a German text): one of its digit groups.
  ///
  /// Linear in the lengths of both texts.
  public static func unaccountedNumbers(source: String, translation: String) -> [String] {
    let tokens = NumberToken.tokens(in: source)
    guard !tokens.isEmpty else { return [] }
    let evidence = NumberEvidence(translation)
    return tokens.filter { !isAccounted($0, by: evidence) }.map(\.written)
  }

  /// Whether `evidence` holds `number` of the source in a form its shape allows.
  static func isAccounted(_ number: NumberToken, by evidence: NumberEvidence) -> Bool {
    let groups = number.groups.map(withoutLeadingZeros)
    if let date = dateParts(number) {
      return evidence.groups.contains(groups[0])
        && (evidence.groups.contains(groups[2])
          || (number.groups[2].count == 2
            && evidence.groups.contains { $0.count == 4 && $0.hasSuffix(number.groups[2]) }))
        && (evidence.groups.contains(groups[1])
          || !monthNames[date.month].isDisjoint(with: evidence.words))
    }
    if let time = timeParts(number) {
      return evidence.hasHour(time.hour)
        && (time.minute == 0 || evidence.groups.contains(groups[1])
          || !minuteWords.isDisjoint(with: evidence.words))
    }
    guard let value = sourceValue(number) else {
      return groups.contains(where: evidence.hasGroup)
    }
    if evidence.values.contains(value) { return true }
    guard number.groups.count == 1, let integer = value.integerValue else { return false }
    if evidence.hasWord(for: integer) { return true }
    return number.groups[0].count == 2
      && evidence.groups.contains { $0.count == 4 && $0.hasSuffix(number.groups[0]) }
  }

  /// Day and month of a date `d.m.yyyy` (or `d.m.yy`), or nil for another shape.
  static func dateParts(_ number: NumberToken) -> (day: Int, month: Int)? {
    let groups = number.groups
    guard groups.count == 3, number.separators.allSatisfy({ $0 == "." }),
      (1...2).contains(groups[0].count), (1...2).contains(groups[1].count),
      groups[2].count == 4 || groups[2].count == 2,
      let day = Int(groups[0]), let month = Int(groups[1]), (1...31).contains(day),
      (1...12).contains(month)
    else { return nil }
    return (day, month)
  }

  /// Hour and minute of a clock time (`14.30 Uhr`, `14:30`, `15 Uhr`), or nil for another
  /// shape.
  static func timeParts(_ number: NumberToken) -> (hour: Int, minute: Int)? {
    let groups = number.groups
    if groups.count == 1 {
      guard number.nextWord == "uhr", let hour = Int(groups[0]), hour <= 24 else { return nil }
      return (hour, 0)
    }
    guard groups.count == 2, number.separators == [":"] || number.nextWord == "uhr",
      number.separators == [":"] || number.separators == ["."],
      (1...2).contains(groups[0].count), groups[1].count == 2,
      let hour = Int(groups[0]), let minute = Int(groups[1]), hour <= 24, minute <= 59
    else { return nil }
    return (hour, minute)
  }

  /// The value of a source number read the German way — a plain integer, `.` between groups
  /// of three as thousands marks, `,` as the decimal mark — times a magnitude word after it
  /// ("Millionen"); nil for any other shape.
  static func sourceValue(_ number: NumberToken) -> ExactNumber? {
    let groups = number.groups
    let separators = number.separators
    let scale = germanMagnitudes[number.nextWord] ?? 0
    let thousands: Set<Unicode.Scalar> = [".", "'", "’", "\u{00A0}", "\u{202F}"]
    let value: ExactNumber
    if groups.count == 1 {
      value = ExactNumber(integer: groups[0])
    } else if separators.last == "," {
      guard separators.dropLast().allSatisfy(thousands.contains),
        groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 })
      else { return nil }
      value = ExactNumber(integer: groups.dropLast().joined(), fraction: groups[groups.count - 1])
    } else {
      guard separators.allSatisfy(thousands.contains), Set(separators).count == 1,
        groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3
      else { return nil }
      value = ExactNumber(integer: groups.joined())
    }
    return value.scaled(by: scale)
  }
}

extension TranslationChecks {
  /// `digits` without leading zeros ("0" for zeros only).
  static func withoutLeadingZeros(_ digits: String) -> String {
    let trimmed = digits.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }
}

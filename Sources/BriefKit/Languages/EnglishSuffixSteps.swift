/// Steps 2-5 of the Snowball English stemmer: derivational suffixes inside R1/R2.
enum EnglishSuffixSteps {
  private static let step2Rules = SnowballSupport.table([
    .init("anci", 3), .init("enci", 2), .init("ogi", 14), .init("li", 16), .init("bli", 12),
    .init("abli", 4), .init("alli", 8), .init("fulli", 9), .init("lessli", 15),
    .init("ousli", 10), .init("entli", 5), .init("aliti", 8), .init("biliti", 12),
    .init("iviti", 11), .init("tional", 1), .init("ational", 7), .init("alism", 8),
    .init("ation", 7), .init("ization", 6), .init("izer", 6), .init("ator", 7),
    .init("iveness", 11), .init("fulness", 9), .init("ousness", 10), .init("ogist", 13),
  ])
  private static let step2Replacements: [Int: String] = [
    1: "tion", 2: "ence", 3: "ance", 4: "able", 5: "ent", 6: "ize", 7: "ate", 8: "al",
    9: "ful", 10: "ous", 11: "ive", 12: "ble", 13: "og", 15: "less",
  ]
  private static let validLI: Set<Unicode.Scalar> = [
    "c", "d", "e", "g", "h", "k", "m", "n", "r", "t",
  ]
  private static let step3Rules = SnowballSupport.table([
    .init("icate", 4), .init("ative", 6), .init("alize", 3), .init("iciti", 4),
    .init("ical", 4), .init("tional", 1), .init("ational", 2), .init("ful", 5),
    .init("ness", 5),
  ])
  private static let step3Replacements: [Int: String] = [
    1: "tion", 2: "ate", 3: "al", 4: "ic", 5: "",
  ]
  private static let step4Rules = SnowballSupport.table(
    [
      "ic", "ance", "ence", "able", "ible", "ate", "ive", "ize", "iti", "al", "ism", "er",
      "ous", "ant", "ent", "ment", "ement",
    ].map { SuffixRule($0, 1) } + [SuffixRule("ion", 2)])

  static func step2(_ w: inout [Unicode.Scalar], p1: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step2Rules, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p1 else { return }
    switch rule.code {
    case 14:
      if start > 0, w[start - 1] == "l" {
        SnowballSupport.replaceSuffix(&w, count: rule.suffix.count, with: "og")
      }
    case 16:
      if start > 0, validLI.contains(w[start - 1]) { w.removeLast(rule.suffix.count) }
    default:
      let replacement = step2Replacements[rule.code] ?? ""
      SnowballSupport.replaceSuffix(&w, count: rule.suffix.count, with: replacement)
    }
  }

  static func step3(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step3Rules, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p1 else { return }
    if rule.code == 6 {
      if start >= p2 { w.removeLast(rule.suffix.count) }
      return
    }
    let replacement = step3Replacements[rule.code] ?? ""
    SnowballSupport.replaceSuffix(&w, count: rule.suffix.count, with: replacement)
  }

  static func step4(_ w: inout [Unicode.Scalar], p2: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step4Rules, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p2 else { return }
    if rule.code == 1 {
      w.removeLast(rule.suffix.count)
    } else if start > 0, w[start - 1] == "s" || w[start - 1] == "t" {
      w.removeLast(rule.suffix.count)
    }
  }

  static func step5(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
    guard let last = w.last else { return }
    let start = w.count - 1
    if last == "e" {
      if start >= p2 || (start >= p1 && !EnglishStemmer.endsShortSyllable(w, end: start)) {
        w.removeLast()
      }
    } else if last == "l", start >= p2, start > 0, w[start - 1] == "l" {
      w.removeLast()
    }
  }
}

/// The Snowball English ("Porter2") stemmer (snowballstem.org, `english.sbl` as of Snowball 3.1).
///
/// Handles the exceptional forms (`skies`, `news`, `early` ...), the special R1 prefixes
/// (`gener`, `commun`, `arsen` ...), `y` as a consonant, and steps 1a-5. Words shorter than
/// three letters are returned unchanged. Output agrees with the reference implementation.
public struct EnglishStemmer: Stemmer {
  public init() {}

  static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
  private static let vowelsWXY: Set<Unicode.Scalar> = ["Y", "a", "e", "i", "o", "u", "w", "x", "y"]
  private static let exceptions: [String: String] = [
    "andes": "andes", "atlas": "atlas", "bias": "bias", "cosmos": "cosmos", "early": "earli",
    "gently": "gentl", "howe": "howe", "idly": "idl", "news": "news", "only": "onli",
    "singly": "singl", "skies": "sky", "skis": "ski", "sky": "sky", "ugly": "ugli",
  ]
  private static let regionPrefixes = [
    "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
  ].map { Array($0.unicodeScalars) }
  private static let apostrophe = SnowballSupport.table([
    .init("'", 1), .init("'s'", 1), .init("'s", 1),
  ])
  private static let step1a = SnowballSupport.table([
    .init("ied", 2), .init("s", 3), .init("ies", 2), .init("sses", 1), .init("ss", 0),
    .init("us", 0),
  ])
  private static let step1b = SnowballSupport.table([
    .init("ed", 2), .init("eed", 1), .init("ing", 3), .init("edly", 2), .init("eedly", 1),
    .init("ingly", 2),
  ])
  private static let eedExceptions = ["succ", "proc", "exc"].map { Array($0.unicodeScalars) }
  private static let ingPrefixes = SnowballSupport.table([
    .init("even", 2), .init("cann", 2), .init("inn", 2), .init("earr", 2), .init("herr", 2),
    .init("out", 2), .init("y", 1),
  ])
  private static let step1bEnd = SnowballSupport.table([
    .init("bb", 2), .init("dd", 2), .init("ff", 2), .init("gg", 2), .init("bl", 1),
    .init("mm", 2), .init("nn", 2), .init("pp", 2), .init("rr", 2), .init("at", 1),
    .init("tt", 2), .init("iz", 1),
  ])

  /// The stem of a lower-cased English word.
  public func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    if word.count <= 6, let exception = Self.exceptions[String(String.UnicodeScalarView(word))] {
      return Array(exception.unicodeScalars)
    }
    guard word.count >= 3 else { return word }
    var w = word
    if w.first == "'" { w.removeFirst() }
    var foundY = false
    for i in w.indices where w[i] == "y" && (i == 0 || Self.vowels.contains(w[i - 1])) {
      w[i] = "Y"
      foundY = true
    }
    let (p1, p2) = Self.regions(w)
    Self.step1a(&w)
    Self.step1b(&w, p1: p1)
    Self.step1c(&w)
    EnglishSuffixSteps.step2(&w, p1: p1)
    EnglishSuffixSteps.step3(&w, p1: p1, p2: p2)
    EnglishSuffixSteps.step4(&w, p2: p2)
    EnglishSuffixSteps.step5(&w, p1: p1, p2: p2)
    if foundY {
      for i in w.indices where w[i] == "Y" { w[i] = "y" }
    }
    return w
  }

  /// R1 and R2 start offsets, with the special prefixes that fix R1.
  private static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
    let n = w.count
    let p1: Int
    if let prefix = regionPrefixes.first(where: { w.starts(with: $0) }) {
      p1 = prefix.count
    } else if let after = SnowballSupport.afterVowelConsonant(w, from: 0, isVowel: isVowel) {
      p1 = after
    } else {
      return (n, n)
    }
    return (p1, SnowballSupport.afterVowelConsonant(w, from: p1, isVowel: isVowel) ?? n)
  }

  /// Whether `c` is one of `vowels`.
  private static func isVowel(_ c: Unicode.Scalar) -> Bool { vowels.contains(c) }

  /// Whether `w[..<end]` ends in a short syllable.
  static func endsShortSyllable(_ w: [Unicode.Scalar], end: Int) -> Bool {
    if end >= 3, !vowelsWXY.contains(w[end - 1]), vowels.contains(w[end - 2]),
      !vowels.contains(w[end - 3])
    {
      return true
    }
    if end == 2, !vowels.contains(w[1]), vowels.contains(w[0]) { return true }
    return SnowballSupport.hasSuffix(w, Array("past".unicodeScalars), end: end)
  }

  private static func containsVowel(_ w: [Unicode.Scalar], before end: Int) -> Bool {
    w[..<max(0, end)].contains { vowels.contains($0) }
  }

  private static func step1a(_ w: inout [Unicode.Scalar]) {
    if let rule = SnowballSupport.longestMatch(w, in: apostrophe, end: w.count) {
      w.removeLast(rule.suffix.count)
    }
    guard let rule = SnowballSupport.longestMatch(w, in: step1a, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    switch rule.code {
    case 1:
      SnowballSupport.replaceSuffix(&w, count: 4, with: "ss")
    case 2:
      SnowballSupport.replaceSuffix(&w, count: 3, with: start >= 2 ? "i" : "ie")
    case 3:
      if start > 0, containsVowel(w, before: start - 1) { w.removeLast() }
    default:
      break
    }
  }

  private static func step1b(_ w: inout [Unicode.Scalar], p1: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step1b, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    switch rule.code {
    case 1:
      if start >= p1, !eedExceptions.contains(where: { $0 == Array(w[..<start]) }) {
        SnowballSupport.replaceSuffix(&w, count: rule.suffix.count, with: "ee")
      }
      return
    case 3:
      if let inner = SnowballSupport.longestMatch(w, in: ingPrefixes, end: start) {
        if inner.code == 1 {
          if start == 2, !vowels.contains(w[0]) {
            SnowballSupport.replaceSuffix(&w, count: 4, with: "ie")
            return
          }
        } else if start == inner.suffix.count {
          return
        }
      }
    default:
      break
    }
    guard containsVowel(w, before: start) else { return }
    w.removeLast(rule.suffix.count)
    guard let end = SnowballSupport.longestMatch(w, in: step1bEnd, end: w.count) else {
      if w.count == p1, endsShortSyllable(w, end: w.count) { w.append("e") }
      return
    }
    if end.code == 1 {
      w.append("e")
    } else if !(w.count == 3 && "aeo".unicodeScalars.contains(w[0])) {
      w.removeLast()
    }
  }

  private static func step1c(_ w: inout [Unicode.Scalar]) {
    let n = w.count
    guard n >= 3, w[n - 1] == "y" || w[n - 1] == "Y", !vowels.contains(w[n - 2]) else { return }
    w[n - 1] = "i"
  }
}

/// The Snowball German stemmer (snowballstem.org, `german.sbl` as of Snowball 3.1).
///
/// Steps: the prelude marks `u`/`y` between vowels as consonants, rewrites `ß` as `ss` and
/// `ae`/`oe`/`ue` as umlauts (not after `q`); R1 (at least 3 letters in) and R2 are marked;
/// three suffix steps remove inflectional and derivational endings inside R1/R2; the postlude
/// maps umlauts to plain vowels. Output agrees with the reference implementation.
public struct GermanStemmer: Stemmer {
  public init() {}

  /// Snowball's German vowels: `a e i o u y ä ö ü`.
  @inline(__always)
  private static func isVowel(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "a", "e", "i", "o", "u", "y", "ä", "ö", "ü": true
    default: false
    }
  }

  /// Letters before which a final `s` is removed in step 1.
  @inline(__always)
  private static func isSEnding(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "t": true
    default: false
    }
  }

  /// Letters before which a final `st` is removed in step 2.
  @inline(__always)
  private static func isSTEnding(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "b", "d", "f", "g", "h", "k", "l", "m", "n", "t": true
    default: false
    }
  }

  /// Letters before which a final `et` is removed in step 2.
  @inline(__always)
  private static func isETEnding(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "U", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "z", "ä": true
    default: false
    }
  }

  private static let etExceptions = ["tick", "plan", "geordn", "intern", "tr"].map {
    Array($0.unicodeScalars)
  }
  private static let step1 = SnowballSupport.table([
    .init("e", 3), .init("em", 1), .init("en", 3), .init("erinnen", 2), .init("erin", 2),
    .init("ln", 5), .init("ern", 2), .init("er", 2), .init("s", 4), .init("es", 3),
    .init("lns", 5),
  ])
  private static let step2 = SnowballSupport.table([
    .init("en", 1), .init("er", 1), .init("et", 3), .init("st", 2), .init("est", 1),
  ])
  private static let step3 = SnowballSupport.table([
    .init("end", 1), .init("ig", 2), .init("ung", 1), .init("lich", 3), .init("isch", 2),
    .init("ik", 2), .init("heit", 3), .init("keit", 4),
  ])
  private static let keitPrefix = SnowballSupport.table([.init("ig", 1), .init("lich", 1)])
  private static let apostrophe = SnowballSupport.table([
    .init("'", 1), .init("'sch", 1), .init("'s", 1),
  ])
  private static let syst = Array("syst".unicodeScalars)

  /// The stem of a lower-cased German word.
  public func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var w = word
    stem(inPlace: &w)
    return w
  }

  /// Replaces a lower-cased German word by its stem, in its own storage unless it holds `ß`.
  public func stem(inPlace w: inout [Unicode.Scalar]) {
    Self.prelude(&w)
    let (p1, p2) = Self.regions(w)
    Self.removeStep1(&w, p1: p1)
    Self.removeStep2(&w, p1: p1)
    Self.removeStep3(&w, p1: p1, p2: p2)
    if let rule = SnowballSupport.longestMatch(w, in: Self.apostrophe, end: w.count),
      w.count - rule.suffix.count >= 2
    {
      w.removeLast(rule.suffix.count)
    }
    for i in w.indices { w[i] = Self.postlude(w[i]) }
  }

  /// Marks `u`/`y` between vowels as `U`/`Y`, then rewrites `ß`, `ae`, `oe`, `ue`.
  ///
  /// Rewrites in place (the word only shrinks) unless it holds `ß`.
  private static func prelude(_ w: inout [Unicode.Scalar]) {
    var i = 0
    while i + 2 < w.count {
      if isVowel(w[i]), isVowel(w[i + 2]) {
        if w[i + 1] == "u" {
          w[i + 1] = "U"
        } else if w[i + 1] == "y" {
          w[i + 1] = "Y"
        }
      }
      i += 1
    }
    if w.contains("ß") {
      w = rewritten(w)
      return
    }
    var kept = 0
    i = 0
    while i < w.count {
      let c = w[i]
      if i + 1 < w.count, w[i + 1] == "e", c == "a" || c == "o" || c == "u" {
        w[kept] = c == "a" ? "ä" : c == "o" ? "ö" : "ü"
        i += 1
      } else if c == "q", i + 1 < w.count, w[i + 1] == "u" {
        w[kept] = c
        kept += 1
        w[kept] = "u"
        i += 1
      } else {
        w[kept] = c
      }
      kept += 1
      i += 1
    }
    w.removeLast(w.count - kept)
  }

  /// The second half of the prelude into a new array: `ß` -> `ss`, `ae`/`oe`/`ue` -> umlaut.
  private static func rewritten(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(w.count + 2)
    var i = 0
    while i < w.count {
      let c = w[i]
      let next: Unicode.Scalar? = i + 1 < w.count ? w[i + 1] : nil
      if c == "ß" {
        out.append("s")
        out.append("s")
      } else if next == "e", c == "a" || c == "o" || c == "u" {
        out.append(c == "a" ? "ä" : c == "o" ? "ö" : "ü")
        i += 1
      } else if c == "q", next == "u" {
        out.append(c)
        out.append("u")
        i += 1
      } else {
        out.append(c)
      }
      i += 1
    }
    return out
  }

  /// R1 and R2 start offsets; R1 starts at least 3 letters in.
  private static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
    let n = w.count
    guard n >= 3 else { return (n, n) }
    guard let afterFirst = SnowballSupport.afterVowelConsonant(w, from: 0, isVowel: isVowel) else {
      return (n, n)
    }
    let p1 = max(afterFirst, 3)
    let p2 = SnowballSupport.afterVowelConsonant(w, from: afterFirst, isVowel: isVowel) ?? n
    return (p1, p2)
  }

  private static func removeStep1(_ w: inout [Unicode.Scalar], p1: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step1, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p1 else { return }
    switch rule.code {
    case 1:
      if !SnowballSupport.hasSuffix(w, syst, end: start) {
        w.removeLast(rule.suffix.count)
      }
    case 2:
      w.removeLast(rule.suffix.count)
    case 3:
      w.removeLast(rule.suffix.count)
      if SnowballSupport.hasSuffix(w, "niss") { w.removeLast() }
    case 4:
      if start > 0, isSEnding(w[start - 1]) { w.removeLast(rule.suffix.count) }
    default:
      SnowballSupport.replaceSuffix(&w, count: rule.suffix.count, with: "l")
    }
  }

  private static func removeStep2(_ w: inout [Unicode.Scalar], p1: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step2, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p1 else { return }
    switch rule.code {
    case 1:
      w.removeLast(rule.suffix.count)
    case 2:
      if start >= 4, isSTEnding(w[start - 1]) { w.removeLast(rule.suffix.count) }
    default:
      guard start > 0, isETEnding(w[start - 1]) else { return }
      if etExceptions.contains(where: { SnowballSupport.hasSuffix(w, $0, end: start) }) { return }
      w.removeLast(rule.suffix.count)
    }
  }

  private static func removeStep3(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
    guard let rule = SnowballSupport.longestMatch(w, in: step3, end: w.count) else { return }
    let start = w.count - rule.suffix.count
    guard start >= p2 else { return }
    switch rule.code {
    case 1:
      w.removeLast(rule.suffix.count)
      let igStart = w.count - 2
      if SnowballSupport.hasSuffix(w, "ig"), igStart >= p2, igStart == 0 || w[igStart - 1] != "e" {
        w.removeLast(2)
      }
    case 2:
      if start == 0 || w[start - 1] != "e" { w.removeLast(rule.suffix.count) }
    case 3:
      w.removeLast(rule.suffix.count)
      if SnowballSupport.hasSuffix(w, "er") || SnowballSupport.hasSuffix(w, "en"), w.count - 2 >= p1
      {
        w.removeLast(2)
      }
    default:
      w.removeLast(rule.suffix.count)
      if let inner = SnowballSupport.longestMatch(w, in: keitPrefix, end: w.count),
        w.count - inner.suffix.count >= p2
      {
        w.removeLast(inner.suffix.count)
      }
    }
  }

  private static func postlude(_ c: Unicode.Scalar) -> Unicode.Scalar {
    switch c {
    case "Y": "y"
    case "U", "ü": "u"
    case "ä": "a"
    case "ö": "o"
    default: c
    }
  }
}

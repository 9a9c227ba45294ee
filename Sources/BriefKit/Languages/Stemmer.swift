/// Reduces an inflected word to a stem, so that related word forms compare equal.
///
/// Implementations are pure and thread-safe. Input is expected lower-cased; the stemmers
/// work on Unicode scalars and never allocate a `String` on the fast path.
public protocol Stemmer: Sendable {
  /// The stem of a lower-cased word, as Unicode scalars.
  func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]

  /// Replaces a lower-cased word by its stem, reusing its storage where the stemmer can.
  func stem(inPlace word: inout [Unicode.Scalar])
}

extension Stemmer {
  /// Replaces `word` by `stem(word)`.
  public func stem(inPlace word: inout [Unicode.Scalar]) {
    word = stem(word)
  }

  /// The stem of a lower-cased word.
  public func stem(_ word: String) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: stem(Array(word.unicodeScalars)))
    return String(out)
  }
}

extension Language {
  /// The Snowball stemmer for this language.
  public var stemmer: any Stemmer {
    switch self {
    case .german: GermanStemmer()
    case .english: EnglishStemmer()
    }
  }
}

/// One suffix of a Snowball `among` table with the action code it selects.
struct SuffixRule: Sendable {
  let suffix: [Unicode.Scalar]
  let code: Int
  /// The suffix's last scalar, kept beside it so that a scan can pass over most rules without
  /// reading their suffixes; nil for an empty suffix.
  let last: Unicode.Scalar?

  init(_ suffix: String, _ code: Int) {
    self.suffix = Array(suffix.unicodeScalars)
    self.code = code
    last = self.suffix.last
  }
}

/// Helpers shared by the Snowball stemmers: suffix tests on scalar arrays.
enum SnowballSupport {
  /// The offset just after the first non-vowel that follows a vowel in `w`, from `start`.
  ///
  /// Nil when there is none. Snowball's R1 and R2 start there.
  @inline(__always)
  static func afterVowelConsonant(
    _ w: [Unicode.Scalar], from start: Int, isVowel: (Unicode.Scalar) -> Bool
  ) -> Int? {
    var i = start
    while i < w.count, !isVowel(w[i]) { i += 1 }
    guard i < w.count else { return nil }
    i += 1
    while i < w.count, isVowel(w[i]) { i += 1 }
    guard i < w.count else { return nil }
    return i + 1
  }

  /// Sorts rules longest first, so that the first match is Snowball's longest match.
  static func table(_ rules: [SuffixRule]) -> [SuffixRule] {
    rules.sorted { $0.suffix.count > $1.suffix.count }
  }

  /// Whether `word[..<end]` ends with `suffix`.
  ///
  /// Compares from the end, where words differ most.
  @inline(__always)
  static func hasSuffix(_ word: [Unicode.Scalar], _ suffix: [Unicode.Scalar], end: Int) -> Bool {
    guard suffix.count <= end else { return false }
    var i = end
    var j = suffix.count
    while j > 0 {
      i -= 1
      j -= 1
      if word[i] != suffix[j] { return false }
    }
    return true
  }

  /// Whether `word` ends with `suffix`.
  static func hasSuffix(_ word: [Unicode.Scalar], _ suffix: String) -> Bool {
    var i = word.count
    for scalar in suffix.unicodeScalars.reversed() {
      i -= 1
      if i < 0 || word[i] != scalar { return false }
    }
    return true
  }

  /// The longest rule of `table` (sorted longest first) whose suffix ends `word[..<end]`.
  static func longestMatch(_ word: [Unicode.Scalar], in table: [SuffixRule], end: Int)
    -> SuffixRule?
  {
    let final: Unicode.Scalar? = end > 0 ? word[end - 1] : nil
    for index in table.indices
    where (table[index].last == nil || table[index].last == final)
      && hasSuffix(word, table[index].suffix, end: end)
    {
      return table[index]
    }
    return nil
  }

  /// Replaces the last `count` scalars of `word` with `replacement`.
  static func replaceSuffix(_ word: inout [Unicode.Scalar], count: Int, with replacement: String) {
    word.removeLast(count)
    word.append(contentsOf: replacement.unicodeScalars)
  }
}

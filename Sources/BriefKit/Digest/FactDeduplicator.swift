/// Keeps each fact once across the digest: a sentence whose terms nearly repeat a sentence
/// already kept (term-set cosine or containment at their thresholds) is dropped, and the same
/// sentence verbatim is not kept twice; either way the caller cites its article at the kept line.
///
/// Sentences in one language are compared by their own terms. A German and an English sentence
/// are compared in English: the German one by its translation's terms (when it has one), the
/// English one by its own, so an English article does not restate a fact that a translated German
/// line already gives the English reader.
///
/// Sentences are offered in digest order, so the earliest telling of a fact stays. A verbatim
/// repeat is found by its text (whatever its terms); near-duplicate candidates come from an
/// inverted index over the kept sentences' terms (lists longer than `maxPostingLength`
/// skipped), not from all pairs.
struct FactDeduplicator {
  /// A sentence as offered: its text, language and content terms (stemmed, spelling variants
  /// folded).
  struct Fact {
    var text: String
    var language: Language
    /// The terms of `text`.
    var terms: [String]
    /// The terms of the sentence's English wording: its own when it is English, its
    /// translation's when it has one, else empty.
    var englishTerms: [String]

    init(text: String, language: Language, terms: [String], englishTerms: [String]? = nil) {
      self.text = text
      self.language = language
      self.terms = terms
      self.englishTerms = englishTerms ?? (language == .english ? terms : [])
    }
  }

  /// Near-duplicate when the cosine of the two term sets reaches this.
  let duplicateCosine: Double
  /// Near-duplicate when this share of the smaller term set (at least `minTerms`) is in the other.
  let duplicateContainment: Double
  /// Fewer distinct terms than this make containment meaningless.
  let minTerms: Int
  /// Terms in more kept sentences than this do not propose candidates.
  let maxPostingLength: Int

  /// A kept sentence with its term sets as sorted term numbers.
  private struct Kept {
    var language: Language
    var terms: [Int]
    var english: [Int]
  }

  private var kept: [Kept] = []
  /// The kept sentence of each text, per language.
  private var verbatim: [Language: [String: Int]] = [:]
  private var postings: [Int: [Int]] = [:]
  /// Term numbers per language: one stem means different words in German and English.
  private var ids: [Language: [String: Int]] = [:]
  private var termCount = 0

  init(duplicateCosine: Double, duplicateContainment: Double, minTerms: Int, maxPostingLength: Int)
  {
    self.duplicateCosine = duplicateCosine
    self.duplicateContainment = duplicateContainment
    self.minTerms = minTerms
    self.maxPostingLength = maxPostingLength
  }

  /// What happens to an offered sentence.
  enum Verdict: Equatable {
    /// A new fact: keep it (its number among the kept sentences).
    case new(Int)
    /// The same text as kept sentence number n: cite this source there too.
    case same(Int)
    /// A near-duplicate of kept sentence number n: drop it, citing its source there.
    case repeated(Int)
  }

  /// Offers a sentence; records it when it is new.
  mutating func offer(_ fact: Fact) -> Verdict {
    if let number = verbatim[fact.language]?[fact.text] { return .same(number) }
    let terms = intern(fact.terms, fact.language)
    let english = fact.language == .english ? terms : intern(fact.englishTerms, .english)
    let keys = Set(terms).union(english)
    var candidates = Set<Int>()
    for term in keys {
      guard let list = postings[term], list.count <= maxPostingLength else { continue }
      candidates.formUnion(list)
    }
    for candidate in candidates.sorted() {
      let other = kept[candidate]
      let repeated =
        other.language == fact.language
        ? isNearDuplicate(terms, other.terms) : isNearDuplicate(english, other.english)
      if repeated { return .repeated(candidate) }
    }
    kept.append(Kept(language: fact.language, terms: terms, english: english))
    verbatim[fact.language, default: [:]][fact.text] = kept.count - 1
    for term in keys { postings[term, default: []].append(kept.count - 1) }
    return .new(kept.count - 1)
  }

  /// The distinct numbers of `terms` in `language`, sorted.
  private mutating func intern(_ terms: [String], _ language: Language) -> [Int] {
    var numbers = Set<Int>()
    for term in terms {
      if let id = ids[language]?[term] {
        numbers.insert(id)
      } else {
        ids[language, default: [:]][term] = termCount
        numbers.insert(termCount)
        termCount += 1
      }
    }
    return numbers.sorted()
  }

  private func isNearDuplicate(_ a: [Int], _ b: [Int]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let cosine = Double(shared) / (Double(a.count) * Double(b.count)).squareRoot()
    let smaller = min(a.count, b.count)
    let containment = smaller >= minTerms ? Double(shared) / Double(smaller) : 0
    return cosine >= duplicateCosine || containment >= duplicateContainment
  }
}

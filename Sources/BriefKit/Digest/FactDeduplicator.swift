/// Keeps each fact once across the digest: a sentence that restates one already kept is
/// dropped, and the same sentence verbatim is not kept twice; either way the caller cites its
/// article at the kept line.
///
/// A sentence restates a kept one when they share at least `minSharedTerms` terms besides words
/// common to all news (`GenericKeyTerms`: "Montag", "neu", "schwer", "drei"), the term sets are
/// close (cosine at `duplicateCosine`, or that share of the offered sentence's terms in the kept
/// one's: `duplicateContainment`), and nothing shows two facts (`FactWording`):
/// - a shared term is written in lower case in one of them: they say the same happened, not
///   only who or where ("… wird das Gesetz vorstellen." / "„Das ist ein wichtiger Schritt“,
///   sagte Umweltministerin Steffi Lemke." share only her name);
/// - they do not differ in names alone (each has terms the other lacks, none of them written
///   in lower case): the same words about another company or club ("Bei Amazon war zunächst
///   niemand für eine Stellungnahme zu erreichen." / "Bei Indian Oil war …");
/// - the offered sentence states no number the kept one does not ("Drei weitere wurden schwer
///   verletzt." / "31 weitere wurden verletzt, vier von ihnen schwer.");
/// - German: when both end in a verb, one of those verbs is in the other sentence ("will …
///   beschließen." / "hat … beschlossen.": a plan and its outcome).
/// Containment counts only the offered sentence's terms: a longer sentence that holds a kept
/// short one says more than it and stays.
///
/// Sentences in one language are compared by their own wording. A German and an English
/// sentence are compared in English: the German one by its translation's wording (when it has
/// one), the English one by its own, so an English article does not restate a fact that a
/// translated German line already gives the English reader.
///
/// Sentences are offered in digest order, so the earliest telling of a fact stays. A verbatim
/// repeat is found by its text (whatever its terms); restatement candidates come from an
/// inverted index over the kept sentences' terms (lists longer than `maxPostingLength`
/// skipped), not from all pairs.
struct FactDeduplicator {
  /// A sentence as offered: its text, language and wording, and its wording in English.
  struct Fact {
    var text: String
    var language: Language
    /// The wording of `text`.
    var wording: FactWording
    /// The wording in English: its own when it is English, its translation's when it has one,
    /// else nil.
    var english: FactWording?

    init(text: String, language: Language, wording: FactWording, english: FactWording? = nil) {
      self.text = text
      self.language = language
      self.wording = wording
      self.english = language == .english ? wording : english
    }

    /// The fact of `text` in `language`, with its English `translation` when it has one.
    init(text: String, language: Language, translation: String? = nil) {
      let wording = FactWording(text, analyzer: TermAnalyzer(language: language))
      let english = translation.map {
        FactWording($0, analyzer: TermAnalyzer(language: .english))
      }
      self.init(text: text, language: language, wording: wording, english: english)
    }
  }

  /// A restatement when the cosine of the two term sets reaches this.
  let duplicateCosine: Double
  /// A restatement also when this share of the offered sentence's terms is in the kept one.
  let duplicateContainment: Double
  /// Fewer shared terms than this, words common to all news not counted, never make a
  /// restatement.
  let minSharedTerms: Int
  /// Terms in more kept sentences than this do not propose candidates.
  let maxPostingLength: Int

  /// A wording with its terms as term numbers.
  private struct Wording {
    /// Distinct term numbers, sorted.
    var terms: [Int]
    var lowercase: Set<Int>
    var numbers: Set<String>
    var finalVerb: Int?

    static let empty = Wording(terms: [], lowercase: [], numbers: [], finalVerb: nil)
  }

  /// A kept sentence: its language, its wording and its wording in English (empty when none).
  private struct Kept {
    var language: Language
    var own: Wording
    var english: Wording
  }

  private var kept: [Kept] = []
  /// The kept sentence of each text, per language.
  private var verbatim: [Language: [String: Int]] = [:]
  private var postings: [Int: [Int]] = [:]
  /// Term numbers per language: one stem means different words in German and English.
  private var ids: [Language: [String: Int]] = [:]
  /// The numbers of terms that are words common to all news (`GenericKeyTerms`).
  private var generic = Set<Int>()
  private var termCount = 0

  init(
    duplicateCosine: Double, duplicateContainment: Double, minSharedTerms: Int,
    maxPostingLength: Int
  ) {
    self.duplicateCosine = duplicateCosine
    self.duplicateContainment = duplicateContainment
    self.minSharedTerms = minSharedTerms
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
    /// A new fact offered with `keepingNew` false: nothing is recorded.
    case unkept
  }

  /// Offers a sentence; records it when it is new, unless `keepingNew` is false (the caller
  /// cannot show it, and only wants to know whether a kept line tells it).
  mutating func offer(_ fact: Fact, keepingNew: Bool = true) -> Verdict {
    if let number = verbatim[fact.language]?[fact.text] { return .same(number) }
    let own = intern(fact.wording, fact.language)
    let english =
      fact.language == .english ? own : fact.english.map { intern($0, .english) } ?? .empty
    let keys = Set(own.terms).union(english.terms)
    var candidates = Set<Int>()
    for term in keys {
      guard let list = postings[term], list.count <= maxPostingLength else { continue }
      candidates.formUnion(list)
    }
    for candidate in candidates.sorted() {
      let other = kept[candidate]
      let repeated =
        other.language == fact.language
        ? restates(own, other.own) : restates(english, other.english)
      if repeated { return .repeated(candidate) }
    }
    guard keepingNew else { return .unkept }
    kept.append(Kept(language: fact.language, own: own, english: english))
    verbatim[fact.language, default: [:]][fact.text] = kept.count - 1
    for term in keys { postings[term, default: []].append(kept.count - 1) }
    return .new(kept.count - 1)
  }

  /// `wording` with its terms numbered in `language`.
  private mutating func intern(_ wording: FactWording, _ language: Language) -> Wording {
    var numbers: [String: Int] = [:]
    for term in wording.terms {
      if let id = ids[language]?[term] {
        numbers[term] = id
      } else {
        ids[language, default: [:]][term] = termCount
        numbers[term] = termCount
        if GenericKeyTerms.terms(for: language).contains(term) { generic.insert(termCount) }
        termCount += 1
      }
    }
    return Wording(
      terms: numbers.values.sorted(),
      lowercase: Set(wording.lowercaseTerms.compactMap { numbers[$0] }),
      numbers: wording.numbers, finalVerb: wording.finalVerb.flatMap { numbers[$0] })
  }

  /// Whether `offered` restates `kept` (see the type's summary).
  private func restates(_ offered: Wording, _ kept: Wording) -> Bool {
    guard !offered.terms.isEmpty, !kept.terms.isEmpty else { return false }
    let shared = Self.shared(offered.terms, kept.terms)
    guard shared.count(where: { !generic.contains($0) }) >= minSharedTerms else { return false }
    let cosine =
      Double(shared.count) / (Double(offered.terms.count) * Double(kept.terms.count)).squareRoot()
    let containment = Double(shared.count) / Double(offered.terms.count)
    guard cosine >= duplicateCosine || containment >= duplicateContainment else { return false }
    guard shared.contains(where: { offered.lowercase.contains($0) || kept.lowercase.contains($0) })
    else { return false }
    let sharedSet = Set(shared)
    let ownNames = offered.terms.filter { !sharedSet.contains($0) }
    let otherNames = kept.terms.filter { !sharedSet.contains($0) }
    if !ownNames.isEmpty, !otherNames.isEmpty,
      ownNames.allSatisfy({ !offered.lowercase.contains($0) }),
      otherNames.allSatisfy({ !kept.lowercase.contains($0) })
    {
      return false
    }
    guard offered.numbers.isSubset(of: kept.numbers) else { return false }
    if let verb = offered.finalVerb, let other = kept.finalVerb, verb != other,
      !Self.contains(kept.terms, verb), !Self.contains(offered.terms, other)
    {
      return false
    }
    return true
  }

  /// The numbers in both sorted lists.
  private static func shared(_ a: [Int], _ b: [Int]) -> [Int] {
    var i = 0
    var j = 0
    var shared: [Int] = []
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared.append(a[i])
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// Whether the sorted list `terms` holds `term`.
  private static func contains(_ terms: [Int], _ term: Int) -> Bool {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      if terms[middle] < term { low = middle + 1 } else { high = middle }
    }
    return low < terms.count && terms[low] == term
  }
}

/// How a story is headed: which article's headline, and what an untitled article shows.
extension DigestBuilder {
  /// The member whose headline heads the story: the one whose key terms weigh most in it.
  ///
  /// A term weighs its IDF times the number of members holding it; ties go to the earlier id.
  /// Titled members are preferred, then untitled ones with a sentence that reads alone
  /// (`headlineSentence(of:)`). Nil only for an empty cluster.
  static func titleMember(of cluster: [Int], briefs: [Brief], weights: TermWeights) -> Int? {
    var holders: [Int: Int] = [:]
    for member in cluster {
      for term in weights.terms[member] { holders[term, default: 0] += 1 }
    }
    let titled = cluster.filter { briefs[$0].title.map { !$0.isEmpty } ?? false }
    let headed =
      titled.isEmpty ? cluster.filter { headlineSentence(of: briefs[$0]) != nil } : titled
    let candidates = headed.isEmpty ? cluster : headed
    var best: (member: Int, weight: Double)?
    for member in candidates {
      let weight = weights.terms[member].reduce(0.0) {
        $0 + weights.idf[$1] * Double(holders[$1] ?? 0)
      }
      if best.map({ weight > $0.weight }) ?? true { best = (member, weight) }
    }
    return best?.member
  }

  /// Longest story title made from a brief's sentence, in characters.
  static let untitledTitleLength = 90

  /// The brief's title; for an untitled brief (a JSONL feed without `title`, a text without a
  /// heading) its `headlineSentence(of:)`, cut at a word boundary to `untitledTitleLength`
  /// characters with an ellipsis; else its id.
  static func headline(of brief: Brief) -> String {
    if let title = brief.title, !title.isEmpty { return title }
    guard let sentence = headlineSentence(of: brief) else { return brief.id }
    return cut(sentence.text)
  }

  /// The English of `headline(of:)` for a German brief: the headline's translation, or for an
  /// untitled brief its headline sentence's, cut the same way; nil when that is not translated
  /// (the lead never is) or the headline is the id.
  static func englishHeadline(of brief: Brief) -> String? {
    if let title = brief.title, !title.isEmpty {
      return brief.titleTranslation.flatMap { $0.isEmpty ? nil : $0 }
    }
    guard let translation = headlineSentence(of: brief)?.translation, !translation.isEmpty
    else { return nil }
    return cut(translation)
  }

  /// The sentence that heads an untitled brief's story: one that reads alone, never one that
  /// leans on a sentence before it (`SentenceProfile.leansOnPrevious`).
  ///
  /// Its first line; when that leans on another, its lead (the article's first sentence); when
  /// that leans too, its first line that does not; nil when none reads alone.
  static func headlineSentence(of brief: Brief) -> (text: String, translation: String?)? {
    func readsAlone(_ text: String) -> Bool {
      !text.isEmpty && !SentenceProfile.leansOnPrevious(text, language: brief.language)
    }
    if let first = brief.lines.first, readsAlone(first.text) {
      return (first.text, first.translation)
    }
    if let lead = brief.lead, readsAlone(lead) { return (lead, nil) }
    return brief.lines.first { readsAlone($0.text) }.map { ($0.text, $0.translation) }
  }

  /// `line` cut at a word boundary to `untitledTitleLength` characters with an ellipsis.
  private static func cut(_ line: String) -> String {
    guard line.count > untitledTitleLength else { return line }
    // One character more, so that a word ending right at the limit is kept.
    let cut = line.prefix(untitledTitleLength + 1)
    var words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut.dropLast()
    while let last = words.last, last.isWhitespace || last.isPunctuation { words.removeLast() }
    return words + " …"
  }
}

import Foundation

/// How likely each content term of an article is to appear in a short summary of it.
///
/// A logistic model over a few features of the term within the article (how many sentences hold
/// it, how often it occurs, where it first occurs, whether it is in the lead, written
/// capitalised, holds a digit, how long it is; see `featureNames`), plus a fixed boost for a
/// headline term. Weights are `SentenceSelector.TermModel`'s. Pure; linear in the article's size.
enum TermSalience {
  /// The sentences that count as the lead.
  static let leadSentences = 3
  /// Term strings longer than this count as this long for the length feature.
  static let maxTermLength = 15

  /// The names of the features, in row order (for tuning dumps and `TermModel.weights`).
  static let featureNames = [
    "bias", "sentenceShare", "logSentences", "logOccurrences", "firstPosition", "firstIsSentence0",
    "firstIsSentence1", "firstIsSentence2", "firstInLead", "leadShare", "capitalized", "digit",
    "length", "sentenceShareCapitalized", "firstPositionSquared", "logOccurrencesInLead",
  ]

  /// One feature row per term id (`names` holds the term of each id): see `featureNames`.
  ///
  /// Every value is finite; a term that occurs in no profile gets the row of a term never seen.
  static func features(of profiles: [SentenceProfile], names: [String]) -> [[Double]] {
    let n = names.count
    var sentences = [Int](repeating: 0, count: n)
    var occurrences = [Int](repeating: 0, count: n)
    var first = [Int](repeating: Int.max, count: n)
    var lead = [Int](repeating: 0, count: n)
    var capitalized = [Bool](repeating: false, count: n)
    for (index, profile) in profiles.enumerated() {
      for term in profile.terms { occurrences[term] += 1 }
      for term in profile.termSet {
        sentences[term] += 1
        first[term] = min(first[term], index)
        if index < leadSentences { lead[term] += 1 }
      }
      for term in profile.capitalizedTerms { capitalized[term] = true }
    }
    let count = Double(max(1, profiles.count))
    func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
    return (0..<n).map { term in
      let at = first[term]
      let share = Double(sentences[term]) / count
      let logOccurrences = log(Double(max(1, occurrences[term])))
      let firstPosition = at == Int.max ? 0 : 1 / (1 + Double(at))
      return [
        1, share, log(Double(max(1, sentences[term]))), logOccurrences, firstPosition,
        flag(at == 0), flag(at == 1), flag(at == 2), flag(at < leadSentences),
        Double(lead[term]) / Double(leadSentences), flag(capitalized[term]),
        flag(names[term].contains { $0.isNumber }),
        Double(min(names[term].count, maxTermLength)) / Double(maxTermLength),
        share * flag(capitalized[term]), firstPosition * firstPosition,
        logOccurrences * flag(at < leadSentences),
      ]
    }
  }

  /// The salience of every term id in (0, 1): the logistic of the weighted features, plus
  /// `titleTermWeight` on the logit of terms in `titleTerms`.
  static func probabilities(
    features: [[Double]], titleTerms: Set<Int>, model: SentenceSelector.TermModel
  ) -> [Double] {
    features.enumerated().map { term, row in
      var logit = zip(model.weights, row).reduce(0) { $0 + $1.0 * $1.1 }
      if titleTerms.contains(term) { logit += model.titleTermWeight }
      return 1 / (1 + exp(-logit))
    }
  }
}

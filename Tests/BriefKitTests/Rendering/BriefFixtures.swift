import Foundation

@testable import BriefKit

/// Briefs built by hand for renderer and digest tests.
enum BriefFixtures {
  /// A selected sentence; `translation` nil means untranslated.
  static func line(
    _ text: String, translation: String?, segmentIndex: Int, sentenceIndex: Int, start: Int,
    score: Double, note: String? = nil
  ) -> Brief.Line {
    let segment = Segment(
      text: text, range: start..<(start + text.utf8.count), kind: .sentence)
    return Brief.Line(
      text: text, translation: translation,
      scored: ScoredSentence(
        segmentIndex: segmentIndex, sentenceIndex: sentenceIndex, segment: segment, score: score),
      note: note)
  }

  /// A two-sentence brief: the headline and the first sentence translated, the second not,
  /// with `note` as its own reason.
  static func brief(
    id: String = "000_rubio", title: String? = "Rubio trifft Lawrow", date: String? = "2025-02-15",
    note: String? = "no translator configured"
  ) -> Brief {
    Brief(
      id: id, title: title, date: date, url: "https://example.org/rubio?a=1&b=2",
      source: "seeds/\(id).txt", language: .german,
      lines: [
        line(
          "US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister.",
          translation:
            "US Secretary of State Marco Rubio meets the Russian foreign minister on Thursday.",
          segmentIndex: 1, sentenceIndex: 0, start: 52, score: 0.876543),
        line(
          "Das Treffen soll in Malaysia stattfinden.", translation: nil, segmentIndex: 4,
          sentenceIndex: 2, start: 310, score: 0.5, note: note),
      ],
      segmentCounts: [.sentence: 9, .heading: 3], translationNote: nil,
      titleTranslation: title == nil ? nil : "Rubio meets Lavrov")
  }

  /// An untitled, untranslated German brief for digest tests: its lines are `(sentence index,
  /// text)` pairs, its key terms `terms`.
  static func german(
    _ id: String, date: String? = "2025-06-11", lead: String? = nil, lines: [(Int, String)],
    terms: [String]
  ) -> Brief {
    Brief(
      id: id, title: nil, date: date, url: nil, source: "\(id).txt", language: .german,
      lines: lines.map { index, text in
        line(
          text, translation: nil, segmentIndex: index, sentenceIndex: index, start: index * 200,
          score: 0.5)
      },
      segmentCounts: [.sentence: 20], translationNote: nil, keyTerms: terms, lead: lead)
  }

  /// The two-sentence brief with no English at all (no translator configured).
  static func untranslated(id: String = "000_rubio") -> Brief {
    var brief = brief(id: id)
    brief.translationNote = "no translator configured"
    for index in brief.lines.indices {
      brief.lines[index].translation = nil
      brief.lines[index].note = nil
    }
    brief.titleTranslation = nil
    return brief
  }

  /// A brief whose text and metadata are full of characters that need escaping.
  static func hostile() -> Brief {
    Brief(
      id: "x\"<y>", title: "<script>alert('t')</script> & Co", date: nil,
      url: "javascript:alert(1)", source: "in\"put.html", language: .german,
      lines: [
        line(
          "Er schrieb <script>alert(\"x\")</script> & ging * weg _ja_ [1](u) \\ `c`.",
          translation: "Quote \" backslash \\ tab\t newline\n ctrl\u{01} sep\u{2028}\u{2029} ünï 😀",
          segmentIndex: 0, sentenceIndex: 0, start: 0, score: 1.0 / 3.0)
      ],
      segmentCounts: [.sentence: 1], translationNote: nil)
  }

  /// An English article's brief: its lines are their own English, with no note.
  static func english(id: String = "010_storm") -> Brief {
    let sentences = [
      "A strong storm hit the coast of Norway on Monday.",
      "Thousands of homes lost power, the utility said.",
    ]
    return Brief(
      id: id, title: "Storm hits Norway", date: "2025-02-17", url: nil, source: "\(id).txt",
      language: .english,
      lines: sentences.enumerated().map { index, text in
        line(
          text, translation: text, segmentIndex: index + 1, sentenceIndex: index,
          start: 20 + 60 * index, score: 1)
      },
      segmentCounts: [.sentence: 4, .heading: 1], translationNote: nil)
  }
}

/// How many times `text` occurs in `rendered` (non-overlapping).
func occurrences(of text: String, in rendered: String) -> Int {
  rendered.components(separatedBy: text).count - 1
}

import Testing

@testable import BriefKit

/// A brief in `language` whose lines are `(text, translation)` pairs (an English article's lines
/// carry their own text as their English, as the pipeline gives them).
private func brief(
  _ id: String, _ language: Language, date: String, lines: [(String, String?)]
) -> Brief {
  Brief(
    id: id, title: nil, date: date, url: nil, source: "\(id).txt", language: language,
    lines: lines.enumerated().map { index, line in
      BriefFixtures.line(
        line.0, translation: language == .english ? line.0 : line.1, segmentIndex: index,
        sentenceIndex: index, start: index * 200, score: 0.5)
    },
    segmentCounts: [.sentence: lines.count], translationNote: nil,
    keyTerms: ["rubio", "lavrov", "riad", "treff", "ukrain", "russland"])
}

private let germanFact = "Das erste Treffen von Rubio und Lawrow fand im Februar in Riad statt."
private let germanFactInEnglish =
  "The first meeting of Rubio and Lavrov took place in Riyadh in February."
private let englishFact = "Rubio and Lavrov held their first meeting in February in Riyadh."

@Test func `a German line and an English line are compared through the translation`() {
  var deduplicator = FactDeduplicator(
    duplicateCosine: 0.6, duplicateContainment: 0.8, minSharedTerms: 3, maxPostingLength: 10)
  func fact(_ text: String, _ language: Language, translation: String? = nil)
    -> FactDeduplicator.Fact
  {
    .init(text: text, language: language, translation: translation)
  }
  #expect(
    deduplicator.offer(fact(germanFact, .german, translation: germanFactInEnglish)) == .new(0))
  #expect(deduplicator.offer(fact(englishFact, .english)) == .repeated(0))
  #expect(deduplicator.offer(fact("Russia attacked Ukraine with 700 drones.", .english)) == .new(1))
  // Back the other way: a translated German line repeating a kept English line.
  #expect(
    deduplicator.offer(
      fact(
        "Russland griff die Ukraine mit 700 Drohnen an.", .german,
        translation: "Russia attacked Ukraine with 700 drones.")) == .repeated(1))
  // Without a translation there is nothing to compare across languages.
  #expect(
    deduplicator.offer(fact("Moskau meldete schwere Kämpfe bei Charkiw.", .german)) == .new(2))
  #expect(
    deduplicator.offer(fact("Moscow reported heavy fighting near Kharkiv.", .english)) == .new(3))
  // Two German lines are compared in German, whatever their translations say.
  #expect(
    deduplicator.offer(
      fact(
        "Rubio sprach mit Lawrow über Waffenruhe.", .german,
        translation: "Rubio and Lavrov held their first meeting in February in Riyadh.")) == .new(4)
  )
}

@Test func `an English article does not restate a fact the translated German lines give`() {
  let other = "Trump was disappointed with Putin, Rubio said."
  let digest = DigestBuilder.digest(of: [
    brief(
      "a", .german, date: "2025-07-10",
      lines: [
        (germanFact, germanFactInEnglish),
        (
          "Lawrow kritisierte die Ukraine-Politik der EU.",
          "Lavrov criticised the EU's Ukraine policy."
        ),
      ]),
    brief("b", .english, date: "2025-07-10", lines: [(englishFact, nil), (other, nil)]),
  ])
  let lines = digest.stories.flatMap(\.events).flatMap(\.sentences)
  #expect(
    lines.map(\.text) == [germanFact, "Lawrow kritisierte die Ukraine-Politik der EU.", other])
  #expect(lines.map(\.language) == [.german, .german, .english])
  // Untranslated, the two tellings cannot be matched and both stay.
  let untranslated = DigestBuilder.digest(of: [
    brief("a", .german, date: "2025-07-10", lines: [(germanFact, nil)]),
    brief("b", .english, date: "2025-07-10", lines: [(englishFact, nil)]),
  ])
  #expect(
    untranslated.stories.flatMap(\.events).flatMap(\.sentences).map(\.text).sorted()
      == [germanFact, englishFact].sorted())
}

@Test func `country, city and news words of English key terms meet their German equivalents`() {
  let german = TermAnalyzer(language: .german)
  let english = TermAnalyzer(language: .english)
  func term(_ word: String, _ analyzer: TermAnalyzer) -> String {
    SpellingVariants.fold(analyzer.terms(in: word)[0])
  }
  for (from, to) in [
    ("Russians", "russischen"), ("Russia", "Russland"), ("Kyiv", "Kiew"), ("talks", "Gespräche"),
    ("Vienna", "Wien"), ("sanctions", "Sanktionen"),
  ] {
    #expect(
      CrossLingualTerms.comparable([term(from, english)], language: .english) == [
        term(to, german)
      ], "\(from)")
  }
  // German terms and names are left as they are.
  #expect(
    CrossLingualTerms.comparable(["rusland", "rubio"], language: .german) == ["rusland", "rubio"])
  #expect(CrossLingualTerms.comparable(["rubio"], language: .english) == ["rubio"])
}

@Test func `an English report of the seeds' story joins it, an unrelated one does not`() throws {
  // Shares with the seeds the names Rubio, Lavrov, Trump, Putin and Ukraine; as a German story
  // would, it also speaks of Russia, the president, talks and the meeting.
  let english = """
    Rubio says Russia offered a new idea on Ukraine after meeting Lavrov

    KUALA LUMPUR, July 10 (Reuters) - U.S. Secretary of State Marco Rubio said on Thursday that \
    Russian Foreign Minister Sergei Lavrov had presented a new idea for ending the war in Ukraine \
    during their talks in Kuala Lumpur.

    Rubio and Lavrov met for about 50 minutes on the sidelines of a meeting of the Association of \
    Southeast Asian Nations. It was their second in-person meeting after talks in Riyadh in \
    February.

    Rubio said the idea was not a guarantee of peace, but he would take it back to President \
    Donald Trump. Trump has voiced frustration with Russian President Vladimir Putin in recent \
    days.
    """
  let unrelated = """
    Apple reported record revenue for its third quarter on Thursday, driven by strong iPhone \
    sales in China and India. The company's shares rose five percent in after-hours trading. \
    Analysts had expected weaker results because of tariffs.
    """
  let briefs =
    try SeedFeed.briefs()
    + [("en", english), ("apple", unrelated)].map { id, text in
      BriefPipeline().run(
        Article(id: id, text: text, date: "2025-07-10", language: .english, source: id)
      ).brief
    }
  let stories = DigestBuilder.digest(of: briefs).stories.map {
    Set($0.events.flatMap(\.sources))
  }
  #expect(stories.count == 2, "\(stories)")
  #expect(stories.contains { $0.contains("en") && $0.contains("000_6ee6f2a3ea15f813") })
  #expect(stories.contains(["apple"]), "\(stories)")
}

import Testing

@testable import BriefKit

/// Whether each line of `digest` that leans on the sentence before it comes right after a
/// line telling that sentence: its article's line, or one citing its article for it.
private func everyAnaphorFollowsItsAntecedent(_ digest: Digest, _ briefs: [Brief]) -> Bool {
  let byID = Dictionary(uniqueKeysWithValues: briefs.map { ($0.id, $0) })
  for event in digest.stories.flatMap(\.events) {
    for (index, line) in event.sentences.enumerated()
    where SentenceProfile.leansOnPrevious(line.text, language: line.language) {
      guard index > 0, let source = line.sources.first, let brief = byID[source],
        let own = brief.lines.first(where: { $0.text == line.text })
      else { return false }
      let before = event.sentences[index - 1]
      let antecedent = brief.lines.first {
        $0.scored.sentenceIndex == own.scored.sentenceIndex - 1
      }
      guard let antecedent,
        before.text == antecedent.text || before.sources.contains(source)
      else { return false }
    }
  }
  return true
}

@Test func `a story is never headed by a line that leans on a sentence before it`() throws {
  // gnad-0881: the brief's first line opens with "Damit"; its teaser is the lead.
  let lead =
    "Im Tessiner Luxus-Einkaufszentrum Foxtown dürfen Angestellte ab 1. August auch sonntags "
    + "arbeiten – eine Premiere in der Schweiz."
  let foxtown = BriefFixtures.german(
    "gnad-0881", date: nil, lead: lead,
    lines: [
      (2, "Damit ist es zumindest im Tessiner Luxus-Einkaufszentrum Foxtown in Kürze vorbei."),
      (3, "Ab 1. August dürfen dort Angestellte auch sonntags arbeiten."),
      (5, "Möglich machte dies eine Entscheidung des Schweizer Bundesrats vom Februar."),
    ], terms: ["foxtown", "tesin", "sontag", "angestelt", "mendrisio", "einkaufsentrum"])
  let digest = DigestBuilder.digest(of: [foxtown])
  let story = try #require(digest.stories.first)
  #expect(story.title.hasPrefix("Im Tessiner Luxus-Einkaufszentrum Foxtown dürfen"))
  #expect(story.titleTranslation == nil)
  // Its antecedent is not in the brief: the line would dangle, and is not shown.
  #expect(
    story.events.flatMap(\.sentences).map(\.text) == [
      "Ab 1. August dürfen dort Angestellte auch sonntags arbeiten.",
      "Möglich machte dies eine Entscheidung des Schweizer Bundesrats vom Februar.",
    ])
}

@Test func `an untitled story whose lines all lean is headed by a line that reads alone`() {
  let leaning = BriefFixtures.german(
    "x", lead: "Dort sagte er das.", lines: [(3, "Er kam spät."), (7, "Rubio traf Lawrow.")],
    terms: [])
  #expect(DigestBuilder.headline(of: leaning) == "Rubio traf Lawrow.")
  let none = BriefFixtures.german("y", lead: "Er kam.", lines: [(3, "Er ging.")], terms: [])
  #expect(DigestBuilder.headline(of: none) == "y")
}

@Test func `a line that opens with an anaphor is shown only right after its antecedent`() {
  // gnad-0296: "Aber da sind wir noch nicht." was shown after an unrelated line.
  let juncker = BriefFixtures.german(
    "gnad-0296",
    lines: [
      (
        1,
        "Straßburg – In der sogenannten LuxLeaks-Affäre um Steuervergünstigungen für Konzerne in "
          + "Luxemburg hat sich EU-Kommissionschef Jean-Claude Juncker gegen Vorwürfe verteidigt."
      ),
      (6, "Aber da sind wir noch nicht."),
      (9, "Juncker kündigte an, die Regeln zu ändern."),
      (10, "Er will sie noch in diesem Jahr vorlegen."),
    ], terms: ["juncker", "luxleak", "luxemburg", "konzern", "steuervergunstig", "straburg"])
  let shown = lines(of: [juncker])
  #expect(!shown.contains("Aber da sind wir noch nicht."))
  #expect(
    shown.suffix(2) == [
      "Juncker kündigte an, die Regeln zu ändern.", "Er will sie noch in diesem Jahr vorlegen.",
    ])
}

@Test func `another article's anaphor never comes between a line and its antecedent`() {
  let terms = ["rubio", "lavrov", "kuala", "lumpur", "asean", "treff"]
  let met = "Rubio traf Lawrow am Donnerstag in Kuala Lumpur."
  let briefs = [
    BriefFixtures.german(
      "a", lines: [(0, met), (1, "Er sprach von einem guten Gespräch.")], terms: terms),
    BriefFixtures.german(
      "b", lines: [(0, met), (1, "Er wollte keine Details nennen.")], terms: terms),
  ]
  let digest = DigestBuilder.digest(of: briefs)
  #expect(lines(of: briefs) == [met, "Er sprach von einem guten Gespräch."])
  #expect(everyAnaphorFollowsItsAntecedent(digest, briefs))
}

@Test func `in the dated seeds' digest every anaphor follows its antecedent`() throws {
  for count in [3, 6, 8] {
    let briefs = try SeedFeed.briefs(sentenceCount: count)
    #expect(everyAnaphorFollowsItsAntecedent(DigestBuilder.digest(of: briefs), briefs), "\(count)")
  }
}

/// The texts of the digest's lines, in order.
private func lines(of briefs: [Brief]) -> [String] {
  DigestBuilder.digest(of: briefs).stories.flatMap(\.events).flatMap(\.sentences).map(\.text)
}

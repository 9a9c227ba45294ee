import Testing

@testable import BriefKit

/// The digest's lines, in order.
private func lines(of briefs: [Brief]) -> [Digest.Sentence] {
  DigestBuilder.digest(of: briefs).stories.flatMap(\.events).flatMap(\.sentences)
}

@Test func `lines that state other numbers are other facts, in unrelated stories too`() throws {
  // The Berlin knife attack and the PKK fighting (gnad-0050, gnad-0375) share "weitere",
  // "schwer" and "verletzt"; the PKK line used to be cited at the Berlin one and vanish.
  let berlin = BriefFixtures.german(
    "gnad-0050", date: nil,
    lines: [
      (
        0,
        "Berlin – Bei einem Angriff mit Messern und mindestens einer Schusswaffe auf vier Männer "
          + "ist in Berlin ein 31-Jähriger getötet worden."
      ),
      (1, "Drei weitere wurden von den Unbekannten schwer verletzt."),
    ], terms: ["berlin", "mes", "sussvaf", "angrif", "man", "unbekant"])
  let pkk = BriefFixtures.german(
    "gnad-0375", date: nil,
    lines: [
      (0, "Dem türkischen Militär zufolge wurden zwei Soldaten getötet."),
      (1, "31 weitere wurden demnach verletzt, vier von ihnen schwer."),
    ], terms: ["pkk", "turkis", "militar", "soldat", "barsani", "nordirak"])
  let digest = DigestBuilder.digest(of: [berlin, pkk])
  #expect(digest.stories.count == 2)
  let shown = lines(of: [berlin, pkk])
  #expect(shown.count == 4)
  #expect(shown.allSatisfy { $0.sources.count == 1 })
  let pkkLine = try #require(
    shown.first { $0.text == "31 weitere wurden demnach verletzt, vier von ihnen schwer." })
  #expect(pkkLine.sources == ["gnad-0375"])
}

@Test func `a line that only names someone does not stand for a longer line about them`() {
  // gnad-0734 / gnad-0900: the short line's terms are a name and a role, all in the long one.
  let column = BriefFixtures.german(
    "gnad-0734",
    lines: [
      (4, "Wie jemand tatsächlich tickt, ist erst in stressiger Grenzsituation erfassbar."),
      (5, "Auch bei Norbert Hofer, FPÖ-Präsidentschaftskandidat, wird das so sein."),
    ], terms: ["hof", "fpo", "grenzsituation", "vafen", "kat", "tick"])
  let posters = BriefFixtures.german(
    "gnad-0900",
    lines: [
      (
        0,
        "Wien – Die FPÖ plakatiert ihren Präsidentschaftskandidaten Norbert Hofer im "
          + "Stichwahlkampf als Stimme der Vernunft."
      ),
      (3, "Neu vorgestellt wurden am Freitag zwei Plakate."),
    ], terms: ["hof", "fpo", "plakat", "stikvahlkampf", "kikl", "vernunft"])
  let shown = lines(of: [column, posters])
  #expect(shown.count == 4)
  #expect(shown.allSatisfy { $0.sources.count == 1 }, "\(shown.map(\.sources))")
  #expect(shown.contains { $0.text.hasPrefix("Wien – Die FPÖ plakatiert") })
}

@Test func `a preview does not stand for the outcome, nor for a quote about it`() throws {
  // /tmp/s15/reader/dup.jsonl: k0 previews the decision, k1 and k2 report it.
  let terms = ["bundesregier", "klimasutsgesets", "lemk", "umveltminist", "emission", "gesets"]
  let goal = "Das Gesetz soll die Emissionen bis 2030 um 65 Prozent senken."
  let plan = "Die Bundesregierung will am Mittwoch ein neues Klimaschutzgesetz beschließen."
  let presents = "Umweltministerin Steffi Lemke wird das Gesetz am Mittwoch in Berlin vorstellen."
  let passed = "Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen."
  let quote = "\"Das ist ein wichtiger Schritt\", sagte Umweltministerin Steffi Lemke in Berlin."
  let shown = lines(of: [
    BriefFixtures.german("k0", lines: [(0, plan), (1, presents), (2, goal)], terms: terms),
    BriefFixtures.german(
      "k1",
      lines: [
        (0, passed), (1, quote), (2, goal), (3, "Kritiker halten die Pläne für unzureichend."),
      ],
      terms: terms),
    BriefFixtures.german(
      "k2",
      lines: [
        (0, passed),
        (1, "„Das ist ein wichtiger Schritt“, sagte Umweltministerin Steffi Lemke in Berlin."),
        (2, goal),
      ], terms: terms),
  ])
  func sources(_ text: String) throws -> [String] {
    try #require(shown.first { $0.text == text }).sources
  }
  #expect(try sources(plan) == ["k0"])
  #expect(try sources(presents) == ["k0"])
  #expect(try sources(passed) == ["k1", "k2"])
  #expect(try sources(quote) == ["k1", "k2"])
  #expect(try sources(goal) == ["k0", "k1", "k2"])
}

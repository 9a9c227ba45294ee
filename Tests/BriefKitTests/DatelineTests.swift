import Testing

@testable import BriefKit

@Test(arguments: [
  ("Berlin (dpa) - Die Koalition hat sich geeinigt.", "Die Koalition hat sich geeinigt."),
  (
    "Frankfurt a. M. (dpa) – Im Zoo kam eine Giraffe zur Welt.", "Im Zoo kam eine Giraffe zur Welt."
  ),
  ("Frankfurt/Berlin (dpa/AFP) — Die Bahn streikt.", "Die Bahn streikt."),
  ("BERLIN (Reuters) - Germany's economy shrank.", "Germany's economy shrank."),
  ("Karlsruhe (dpa) - 14 Banken müssen zahlen.", "14 Banken müssen zahlen."),
  ("KUALA LUMPUR, July 10 (Reuters) - Rubio met Lavrov.", "Rubio met Lavrov."),
  ("Berlin, 10. Juli (dpa) - Die Bahn streikt.", "Die Bahn streikt."),
  // A number is a date only after the place and its comma.
  ("Berlin 10 (dpa) - Die Bahn streikt.", "Berlin 10 (dpa) - Die Bahn streikt."),
  // Not a dateline: no agency, no dash, lower case after it or in the place, nothing left.
  (
    "Olaf Scholz (SPD) – der Kanzler – widersprach.",
    "Olaf Scholz (SPD) – der Kanzler – widersprach."
  ),
  ("Wien – Die Regierung tritt zurück.", "Wien – Die Regierung tritt zurück."),
  (
    "Berlin (dpa) Die Koalition hat sich geeinigt.", "Berlin (dpa) Die Koalition hat sich geeinigt."
  ),
  ("Berlin (dpa) - und dann?", "Berlin (dpa) - und dann?"),
  ("Die Polizei in Berlin (dpa) - nein.", "Die Polizei in Berlin (dpa) - nein."),
  ("Berlin (dpa) - ", "Berlin (dpa) - "),
  ("(dpa) - Die Bahn streikt.", "(dpa) - Die Bahn streikt."),
])
func `a wire dateline is cut off the line, anything else is kept`(text: String, expected: String) {
  let agencies = LanguageData.forLanguage(.german).boilerplate.agencies
  #expect(Dateline.stripped(text, agencies: agencies) == expected)
}

@Test func `brief lines show the sentence without its wire dateline`() {
  let text = """
    Berlin (dpa) - Die Koalition hat sich am Dienstag auf einen Haushalt geeinigt. \
    Der Haushalt sieht Ausgaben von 480 Milliarden Euro vor. \
    Die Opposition kritisierte den Haushalt als unsolide.
    """
  let brief = BriefPipeline().run(Article(id: "a", text: text, source: "test")).brief
  #expect(
    brief.lines.first?.text == "Die Koalition hat sich am Dienstag auf einen Haushalt geeinigt.")
  #expect(brief.lead == "Berlin (dpa) - " + (brief.lines.first?.text ?? ""))
}

@Test func `two wire items from one city on one day make two stories`() {
  let giraffe = """
    Frankfurt a. M. (dpa) - Im Frankfurter Zoo ist ein Giraffenjunges zur Welt gekommen. Das \
    Jungtier sei gesund und wiege rund 60 Kilogramm, teilte der Zoo am Mittwoch mit. Die \
    Giraffenmutter kümmere sich gut um den Nachwuchs.
    """
  let fair = """
    Frankfurt a. M. (dpa) - Die Messe Frankfurt hat im vergangenen Jahr einen Besucherrekord \
    verzeichnet. Mehr als drei Millionen Menschen kamen zu den Messen, teilte die Messe am \
    Mittwoch mit. Der Umsatz stieg auf 800 Millionen Euro.
    """
  let briefs = [("giraffe", giraffe), ("fair", fair)].map { id, text in
    BriefPipeline().run(Article(id: id, text: text, date: "2025-03-12", source: id)).brief
  }
  for brief in briefs {
    #expect(brief.keyTerms.allSatisfy { !["a", "m", "dpa", "teilt", "teilte"].contains($0) })
  }
  #expect(DigestBuilder.digest(of: briefs).stories.count == 2)
}

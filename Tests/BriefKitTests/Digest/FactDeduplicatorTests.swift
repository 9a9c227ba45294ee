import Testing

@testable import BriefKit

/// A deduplicator with the digest's default thresholds.
private func deduplicator() -> FactDeduplicator {
  let c = DigestBuilder.Configuration()
  return FactDeduplicator(
    duplicateCosine: c.duplicateCosine, duplicateContainment: c.duplicateContainment,
    minSharedTerms: c.duplicateSharedTerms, maxPostingLength: 10)
}

/// The verdict on `offered` after `kept` was offered (German, untranslated).
private func verdict(_ kept: String, then offered: String) -> FactDeduplicator.Verdict {
  var deduplicator = deduplicator()
  _ = deduplicator.offer(.init(text: kept, language: .german))
  return deduplicator.offer(.init(text: offered, language: .german))
}

@Test(arguments: [
  // Other numbers.
  (
    "Bei dem Unfall auf der Südautobahn wurden drei Menschen schwer verletzt.",
    "Bei dem Unfall auf der Südautobahn wurden vier Menschen schwer verletzt."
  ),
  // A plan and its outcome: the verbs they end in differ.
  (
    "Der Grazer Gemeinderat will das umstrittene Budget für das Murkraftwerk beschließen.",
    "Der Grazer Gemeinderat hat das umstrittene Budget für das Murkraftwerk beschlossen."
  ),
  // Only who and where in common.
  (
    "Umweltministerin Steffi Lemke wird das Gesetz am Mittwoch in Berlin vorstellen.",
    "\"Das ist ein wichtiger Schritt\", sagte Umweltministerin Steffi Lemke in Berlin."
  ),
  (
    "Auch bei Norbert Hofer, FPÖ-Präsidentschaftskandidat, wird das so sein.",
    "Wien – Die FPÖ plakatiert ihren Präsidentschaftskandidaten Norbert Hofer im "
      + "Stichwahlkampf als Stimme der Vernunft."
  ),
  // The same words about someone else.
  (
    "Der Vorstand von Amazon wies die Vorwürfe am Abend entschieden zurück.",
    "Der Vorstand von Siemens wies die Vorwürfe am Abend entschieden zurück."
  ),
  // Two words in common.
  ("Das Urteil ist noch nicht rechtskräftig.", "Das Urteil ist bereits rechtskräftig."),
  (
    "Drei weitere wurden von den Unbekannten schwer verletzt.",
    "31 weitere wurden demnach verletzt, vier von ihnen schwer."
  ),
])
func `lines that share words but state other facts are both kept`(a: String, b: String) {
  #expect(verdict(a, then: b) == .new(1))
  #expect(verdict(b, then: a) == .new(1))
}

@Test(arguments: [
  (
    "Die frühere Klimaschutzministerin Leonore Gewessler hat am Montag ihren Rückzug aus dem "
      + "Nationalrat angekündigt.",
    "Die ehemalige Klimaschutzministerin Leonore Gewessler hat am Montag angekündigt, sich aus "
      + "dem Nationalrat zurückzuziehen."
  ),
  (
    "Die Grünen-Politikerin begründete den Schritt mit familiären Gründen.",
    "Sie nannte familiäre Gründe für ihren Schritt."
  ),
  (
    "Das Gesetz soll die Emissionen bis 2030 um 65 Prozent senken.",
    "Das Gesetz soll die Emissionen bis 2030 um 65 Prozent senken (dpa)."
  ),
  (
    "Bei dem Unfall auf der Südautobahn wurden drei Menschen schwer verletzt.",
    "Bei dem Unfall auf der Südautobahn wurden Menschen schwer verletzt."
  ),
])
func `a restatement in other words is cited at the line it repeats`(kept: String, offered: String) {
  #expect(verdict(kept, then: offered) == .repeated(0))
}

@Test func `a longer line that holds a kept short one says more and is kept`() {
  let short = "Rubio traf Lawrow in Riad."
  let long =
    "Rubio traf Lawrow in Riad, danach flog er nach Kuala Lumpur zum Treffen der "
    + "Asean-Staaten und sprach dort mit Wang Yi."
  #expect(verdict(short, then: long) == .new(1))
  #expect(verdict(long, then: short) == .repeated(0))
}

@Test func `a line not kept is only looked up`() {
  var deduplicator = deduplicator()
  let text = "Er sprach von einem guten Gespräch mit Lawrow in Kuala Lumpur."
  #expect(deduplicator.offer(.init(text: text, language: .german), keepingNew: false) == .unkept)
  #expect(deduplicator.offer(.init(text: text, language: .german)) == .new(0))
  #expect(deduplicator.offer(.init(text: text, language: .german), keepingNew: false) == .same(0))
}

import Testing

@testable import BriefKit

private let german = TermAnalyzer(language: .german)
private let english = TermAnalyzer(language: .english)

/// The term `german` makes of `word`, spelling variants folded.
private func term(_ word: String) -> String {
  SpellingVariants.fold(german.term(of: word))
}

@Test func `a wording states its numbers in digits or in words`() {
  #expect(FactWording("Drei weitere wurden schwer verletzt.", analyzer: german).numbers == ["3"])
  #expect(
    FactWording("31 weitere wurden verletzt, vier von ihnen schwer.", analyzer: german).numbers
      == ["31", "4"])
  #expect(
    FactWording("Rund 1.000 Menschen kamen, 030 von ihnen aus Wien.", analyzer: german).numbers
      == ["1000", "30"])
  // A capitalised number word after the start is a noun: the team, not eleven.
  #expect(FactWording("Die Elf von Trainer Rangnick siegte.", analyzer: german).numbers.isEmpty)
  #expect(
    FactWording("Three more were injured, one of them badly.", analyzer: english).numbers == ["3"])
}

@Test func `a wording knows its lower-case terms and the German verb it ends in`() {
  let presents = FactWording(
    "Umweltministerin Steffi Lemke wird das Gesetz am Mittwoch in Berlin vorstellen.",
    analyzer: german)
  // The first word is capitalised whatever it is: it does not count as written in lower case.
  #expect(presents.lowercaseTerms == [term("vorstellen")])
  #expect(presents.finalVerb == term("vorstellen"))
  let passed = FactWording(
    "Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen.",
    analyzer: german)
  #expect(passed.finalVerb == term("beschlossen"))
  #expect(passed.terms.first == term("Bundesregierung".lowercased()))
  let quote = FactWording(
    "\"Das ist ein wichtiger Schritt\", sagte Umweltministerin Steffi Lemke in Berlin.",
    analyzer: german)
  #expect(quote.finalVerb == nil)
  #expect(FactWording("The government passed the law.", analyzer: english).finalVerb == nil)
}

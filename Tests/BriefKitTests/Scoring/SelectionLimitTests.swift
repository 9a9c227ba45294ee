import Testing

@testable import BriefKit

private let tenSentences = [
  "Die Regierung in Wien hat am Montag ein neues Klimaschutzgesetz beschlossen.",
  "Das Gesetz sieht verbindliche Ziele für den Verkehr und die Industrie vor.",
  "Umweltschützer begrüßten den Beschluss, forderten aber schärfere Vorgaben.",
  "Die Opposition kritisierte die späte Vorlage im Parlament.",
  "Am Abend regnete es in Graz und in weiten Teilen der Steiermark.",
  "Die Industrie warnte vor hohen Kosten durch die neuen Regeln.",
  "Der Verkehrsminister kündigte ein Förderprogramm für Elektroautos an.",
  "Bis 2040 soll das Land klimaneutral werden, heißt es im Entwurf.",
  "Die Länder müssen eigene Pläne für Gebäude und Heizungen vorlegen.",
  "Eine Evaluierung ist alle drei Jahre durch den Rechnungshof vorgesehen.",
]

@Test func `a ratio selects that share of the sentences, rounded and at least one`() {
  #expect(SelectionLimit(ratio: 0.2).maxSentences(of: 10) == 2)
  #expect(SelectionLimit(ratio: 0.25).maxSentences(of: 10) == 3)
  #expect(SelectionLimit(ratio: 0.01).maxSentences(of: 10) == 1)
  #expect(SelectionLimit(ratio: 0.5).maxSentences(of: 0) == 0)
  #expect(SelectionLimit(count: 3, ratio: 0.9).maxSentences(of: 10) == 3)
  #expect(SelectionLimit().maxSentences(of: 7) == 7)
}

@Test func `the selector honours a ratio`() {
  let chosen = SentenceSelector(language: .german)
    .select(from: sentences(tenSentences), title: nil, limit: SelectionLimit(ratio: 0.2))
  #expect(chosen.count == 2)
}

@Test func `a character limit never cuts a sentence and skips ones that do not fit`() {
  let input = sentences(article)
  let selector = SentenceSelector(language: .german)
  for budget in [30, 90, 120, 200, 400] {
    let chosen = selector.select(
      from: input, title: nil, limit: SelectionLimit(maxCharacters: budget))
    let total = chosen.reduce(0) { $0 + $1.segment.text.count }
    #expect(total <= budget)
    #expect(chosen.allSatisfy { article.contains($0.segment.text) })
  }
  // "Am Abend regnete es in Graz." (28 characters) is the only sentence that fits in 30.
  let tiny = selector.select(from: input, title: nil, limit: SelectionLimit(maxCharacters: 30))
  #expect(tiny.map(\.sentenceIndex) == [4])
  // The best sentence alone is longer than 20 characters: nothing fits.
  #expect(selector.select(from: input, title: nil, limit: .init(maxCharacters: 20)).isEmpty)
}

@Test func `a character limit and a count apply together`() {
  let chosen = SentenceSelector(language: .german).select(
    from: sentences(article), title: nil, limit: SelectionLimit(count: 1, maxCharacters: 1000))
  #expect(chosen.count == 1)
}

@Test func `the pipeline takes the ratio unless the article asks for its own count`() {
  let text = tenSentences.joined(separator: " ")
  let byRatio = BriefPipeline(configuration: .init(sentenceCount: nil, ratio: 0.3))
  #expect(byRatio.run(Article(id: "a", text: text, source: "a")).brief.lines.count == 3)
  let own = Article(id: "b", text: text, source: "b", sentenceCount: 1)
  #expect(byRatio.run(own).brief.lines.count == 1)
  let byCharacters = BriefPipeline(configuration: .init(sentenceCount: nil, maxCharacters: 200))
  let lines = byCharacters.run(Article(id: "c", text: text, source: "c")).brief.lines
  #expect(lines.count == 2)
  #expect(lines.reduce(0) { $0 + $1.text.count } <= 200)
}

import Testing

@testable import BriefKit

private let englishNews = """
  Rubio meets Lavrov in Malaysia

  US Secretary of State Marco Rubio will meet Russian Foreign Minister Sergei Lavrov on \
  Thursday in Kuala Lumpur, a senior State Department official said. The meeting comes days \
  after President Donald Trump voiced frustration with Vladimir Putin over the war in Ukraine.

  He said that the talks would focus on a ceasefire. Rubio and Lavrov last met in Riyadh in \
  February, when both sides agreed to restore their embassies. The Pentagon paused some weapons \
  deliveries to Ukraine last week, which surprised the White House.

  Read more: our coverage of the war in Ukraine
  """

@Test func `English news is detected as English and German news as German`() {
  #expect(LanguageDetector.detect(englishNews) == .english)
  #expect(
    LanguageDetector.detect(
      "Die Regierung in Wien hat am Montag ein neues Gesetz beschlossen, teilte das Ministerium mit."
    ) == .german)
}

@Test func `English selection picks explicit sentences and skips headings and boilerplate`() {
  let brief = BriefPipeline().run(Article(id: "en", text: englishNews, source: "en.txt")).brief
  #expect(brief.language == .english)
  #expect(brief.title == "Rubio meets Lavrov in Malaysia")
  #expect(brief.lines.count == 3)
  #expect(brief.lines.first?.text.hasPrefix("US Secretary of State Marco Rubio") == true)
  // `He said` only right after the sentence before it, as the article reads.
  for (index, line) in brief.lines.enumerated() where line.text.hasPrefix("He said") {
    #expect(index > 0)
    #expect(
      index == 0
        || brief.lines[index - 1].scored.sentenceIndex == line.scored.sentenceIndex - 1)
  }
  // Alone, it gives way.
  let alone = BriefPipeline(configuration: .init(sentenceCount: 1)).run(
    Article(id: "en", text: englishNews, source: "en.txt")
  ).brief
  #expect(!alone.lines.contains { $0.text.hasPrefix("He said") })
  #expect(!brief.lines.contains { $0.text.contains("Read more") })
  #expect(brief.keyTerms.contains("lavrov"))
  #expect(brief.keyTerms.contains("rubio"))
}

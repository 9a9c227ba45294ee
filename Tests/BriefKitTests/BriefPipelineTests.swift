import Testing

@testable import BriefKit

@Test func `an empty article gives an empty brief`() {
  let output = BriefPipeline().run(Article(id: "a", text: "", source: "test"))
  #expect(output.brief.lines.isEmpty)
}

@Test func `the brief keeps the article's first sentence as its lead, markup stripped`() {
  let text = """
    Treffen in Riad

    Foto: dpa

    Die **Außenminister** treffen sich am Dienstag in Riad. Sie wollen über die Ukraine reden.
    """
  let output = BriefPipeline().run(Article(id: "a", text: text, source: "test"))
  #expect(output.brief.lead == "Die Außenminister treffen sich am Dienstag in Riad.")
  #expect(output.brief.title == "Treffen in Riad")
  let headingsOnly = BriefPipeline().run(Article(id: "b", text: "Nur eine Zeile", source: "test"))
  #expect(headingsOnly.brief.lead == nil)
}

@Test(arguments: ["Lokales", "Archäologie", "Bayern aktuell"])
func `a short kicker above the headline does not become the title`(kicker: String) {
  let text = "\(kicker)\n\nPolizei nimmt Einbrecher fest\n\nDie Polizei hat einen Mann gefasst."
  let output = BriefPipeline().run(Article(id: "a", text: text, source: "test"))
  #expect(output.brief.title == "Polizei nimmt Einbrecher fest")
}

@Test func `a short headline with no longer heading after it is the title`() {
  let text = "Hitzewelle\n\nDie Temperaturen steigen auf 40 Grad."
  let output = BriefPipeline().run(Article(id: "a", text: text, source: "test"))
  #expect(output.brief.title == "Hitzewelle")
}

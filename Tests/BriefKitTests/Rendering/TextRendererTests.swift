import Testing

@testable import BriefKit

@Test func `plain text shows German then English, headline too, wrapped with a hanging indent`() {
  let text = TextRenderer(width: 60).render(BriefFixtures.brief())
  #expect(
    text == """
      Rubio trifft Lawrow
      ===================
      Rubio meets Lavrov
      2025-02-15 · seeds/000_rubio.txt · de ·
      https://example.org/rubio?a=1&b=2

      1. DE  US-Außenminister Marco Rubio trifft am Donnerstag den
             russischen Außenminister.
         EN  US Secretary of State Marco Rubio meets the Russian
             foreign minister on Thursday.

      2. DE  Das Treffen soll in Malaysia stattfinden.
         EN  — not translated (no translator configured)

      """)
}

@Test func `plain text has no escape sequences and no line over the width`() {
  let text = BriefRenderer(format: .text).render(BriefFixtures.brief())
  #expect(!text.contains("\u{1B}"))
  #expect(text.split(separator: "\n").allSatisfy { $0.count <= 78 })
}

@Test func `a word longer than the line stands alone`() {
  let lines = TextWrapper(width: 10).wrap(
    "a Donaudampfschifffahrt b", firstPrefix: "", indent: "  ")
  #expect(lines == ["a", "  Donaudampfschifffahrt", "  b"])
}

@Test func `the untranslated note appears in every human format`() {
  for format in [OutputFormat.markdown, .html, .text] {
    let rendered = BriefRenderer(format: format).render(BriefFixtures.brief())
    #expect(rendered.contains("not translated (no translator configured)"))
  }
}

@Test func `a brief without sentences says so`() {
  var brief = BriefFixtures.brief()
  brief.lines = []
  for format in [OutputFormat.markdown, .html, .text] {
    #expect(BriefRenderer(format: format).render(brief).contains("No key sentences found."))
  }
}

@Test func `control characters never reach human-readable output`() {
  var brief = BriefFixtures.brief()
  brief.lines[0].text = "Escape \u{1B}[31mrot\u{1B}[0m und \u{07}Glocke \u{9B}C1"
  for format in [OutputFormat.markdown, .html, .text] {
    let rendered = BriefRenderer(format: format).render(brief)
    #expect(
      !rendered.unicodeScalars.contains {
        $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
      })
    #expect(rendered.contains("rot"))
  }
}

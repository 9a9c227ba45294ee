import Testing

@testable import BriefKit

@Test func `a brief renders as readable Markdown`() {
  let markdown = BriefRenderer(format: .markdown).render(BriefFixtures.brief())
  #expect(
    markdown == """
      # Rubio trifft Lawrow

      *Rubio meets Lavrov*

      *2025-02-15 · seeds/000_rubio.txt · de · <https://example.org/rubio?a=1&b=2>*

      1. US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister.

         *US Secretary of State Marco Rubio meets the Russian foreign minister on Thursday.*

      2. Das Treffen soll in Malaysia stattfinden.

         — not translated (no translator configured)

      """)
}

@Test func `Markdown syntax in article text is escaped`() {
  let markdown = BriefRenderer(format: .markdown).render(BriefFixtures.hostile())
  #expect(markdown.contains(#"# \<script>alert('t')\</script> & Co"#))
  #expect(
    markdown.contains(
      #"Er schrieb \<script>alert("x")\</script> & ging \* weg \_ja\_ \[1\](u) \\ \`c\`."#))
  #expect(markdown.contains("*in\"put.html · de · javascript:alert(1)*"))
}

@Test(arguments: [
  ("Bürger*innen", #"Bürger\*innen"#),
  ("snake_case", "snake_case"),
  ("# kein Titel", ##"\# kein Titel"##),
  ("1. Liga", #"1\. Liga"#),
  ("- Punkt", #"\- Punkt"#),
  ("AT&T &amp;", #"AT&T \&amp;"#),
  ("Zeile\numbrochen", "Zeile umbrochen"),
])
func `Markdown escaping keeps text literal and readable`(input: String, expected: String) {
  #expect(MarkdownRenderer.escaped(input) == expected)
}

import Testing

@testable import BriefKit

/// A brief or digest with no English at all says why once, not under every line; one with some
/// English keeps a slot (English or the note) under each German line.
@Suite struct UntranslatedRenderingTests {
  let first = "US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister."
  let second = "Das Treffen soll in Malaysia stattfinden."
  let notice = "English: not translated (no translator configured)"

  /// `digest` in `format`, text unwrapped so that each line can be found whole.
  func rendered(_ digest: Digest, _ format: OutputFormat) -> String {
    format == .text
      ? TextRenderer(width: 1000).render(digest) : BriefRenderer(format: format).render(digest)
  }

  @Test func `Markdown says once that a brief has no English`() {
    let markdown = BriefRenderer(format: .markdown).render(BriefFixtures.untranslated())
    #expect(
      markdown == """
        # Rubio trifft Lawrow

        *2025-02-15 · seeds/000_rubio.txt · de · <https://example.org/rubio?a=1&b=2>*

        English: not translated (no translator configured)

        1. \(first)

        2. \(second)

        """)
  }

  @Test func `text says once that a brief has no English and labels its lines DE`() {
    let text = TextRenderer(width: 200).render(BriefFixtures.untranslated())
    #expect(
      text == """
        Rubio trifft Lawrow
        ===================
        2025-02-15 · seeds/000_rubio.txt · de · https://example.org/rubio?a=1&b=2
        \(notice)

        1. DE  \(first)

        2. DE  \(second)

        """)
  }

  @Test func `HTML shows a brief without English in one German column under the note`() {
    let html = BriefRenderer(format: .html).render(BriefFixtures.untranslated())
    #expect(occurrences(of: "not translated", in: html) == 1)
    #expect(html.contains("<p class=\"notice\" lang=\"en\">\(notice)</p>\n</header>"))
    #expect(html.contains("<p class=\"original\" lang=\"de\">\(first)</p>"))
    #expect(html.contains("<p class=\"original\" lang=\"de\">\(second)</p>"))
    #expect(!html.contains("<span>English</span>"))
    #expect(!html.contains("class=\"en"))
  }

  @Test func `a brief with some English keeps a slot under every German line`() {
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = BriefRenderer(format: format).render(BriefFixtures.brief())
      #expect(occurrences(of: "— not translated (no translator configured)", in: rendered) == 1)
      #expect(!rendered.contains("English: not translated"), "\(format)")
    }
  }

  @Test func `a digest without English says so once; with some English every line has a slot`() {
    var other = BriefFixtures.untranslated(id: "001_kreml")
    other.lines[0].text = "Der Kreml kündigte weitere Gespräche mit Washington an."
    other.lines[1].text = "Ein Termin steht noch nicht fest."
    let untranslated = DigestBuilder.digest(of: [BriefFixtures.untranslated(), other])
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = rendered(untranslated, format)
      #expect(occurrences(of: "not translated", in: rendered) == 1, "\(format)")
      #expect(rendered.contains(notice), "\(format)")
      for line in [first, second] + other.lines.map(\.text) {
        #expect(occurrences(of: line, in: rendered) == 1, "\(format)")
      }
    }
    let markdown = BriefRenderer(format: .markdown).render(untranslated)
    #expect(markdown.contains("\n\n\(notice)\n\n## "))
    #expect(markdown.contains("- \(first) \\[000_rubio\\]\n- "))
    let text = TextRenderer(width: 200).render(untranslated)
    #expect(text.contains("  DE  \(first) [000_rubio]\n  DE  "))
    let html = BriefRenderer(format: .html).render(untranslated)
    #expect(
      html.contains("<p class=\"original\" lang=\"de\">\(first) <cite>[000_rubio]</cite></p>"))

    let mixed = DigestBuilder.digest(of: [BriefFixtures.brief(), other])
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = rendered(mixed, format)
      #expect(!rendered.contains(notice), "\(format)")
      #expect(
        occurrences(of: "— not translated (no translator configured)", in: rendered) == 3,
        "\(format)")
    }
  }
}

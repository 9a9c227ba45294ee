import Testing

@testable import BriefKit

/// The English edition shows each line's English in its place and heads with the headline's
/// English; a German line without English stays German with the note saying why.
@Suite struct EnglishEditionTests {
  let first = "US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister."
  let firstEnglish =
    "US Secretary of State Marco Rubio meets the Russian foreign minister on Thursday."
  let second = "Das Treffen soll in Malaysia stattfinden."
  let note = "— not translated (no translator configured)"

  /// Two stories: the fixture brief (one line translated, one not) and an English article.
  func digest() -> Digest {
    DigestBuilder.digest(of: [BriefFixtures.brief(), BriefFixtures.english()])
  }

  @Test func `Markdown shows a brief's English alone, an untranslated line with its note`() {
    let markdown = MarkdownRenderer().render(BriefFixtures.brief(), edition: .english)
    #expect(
      markdown == """
        # Rubio meets Lavrov

        *2025-02-15 · seeds/000_rubio.txt · de · <https://example.org/rubio?a=1&b=2>*

        1. \(firstEnglish)

        2. \(second)

           \(note)

        """)
  }

  @Test func `text labels English lines EN and an untranslated line DE with its note`() {
    let text = TextRenderer(width: 200).render(BriefFixtures.brief(), edition: .english)
    #expect(
      text == """
        Rubio meets Lavrov
        ==================
        2025-02-15 · seeds/000_rubio.txt · de · https://example.org/rubio?a=1&b=2

        1. EN  \(firstEnglish)

        2. DE  \(second)
           EN  \(note)

        """)
  }

  @Test func `HTML is an English page without the German of translated lines`() {
    let html = HTMLRenderer().render(BriefFixtures.brief(), edition: .english)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<title>Rubio meets Lavrov</title>"))
    #expect(html.contains("<h1>Rubio meets Lavrov</h1>\n<p class=\"meta\">"))
    #expect(!html.contains("Rubio trifft Lawrow"))
    #expect(!html.contains(first))
    #expect(!html.contains("<span>Deutsch</span>"))
    #expect(html.contains("<p class=\"original\" lang=\"en\">\(firstEnglish)</p>"))
    #expect(
      html.contains(
        "<p class=\"de\" lang=\"de\">\(second)</p>\n<p class=\"en untranslated\" lang=\"en\">\(note)</p>"
      ))
  }

  @Test func `an untitled or untranslated headline stays as it is`() {
    let untitled = BriefFixtures.brief(title: nil)
    #expect(MarkdownRenderer().render(untitled, edition: .english).hasPrefix("# 000_rubio\n"))
    let untranslated = BriefFixtures.untranslated()
    let markdown = MarkdownRenderer().render(untranslated, edition: .english)
    #expect(markdown.hasPrefix("# Rubio trifft Lawrow\n"))
    // No English at all: said once, as in the bilingual brief, and the lines stand alone.
    #expect(occurrences(of: "not translated", in: markdown) == 1)
    #expect(markdown.contains("English: not translated (no translator configured)\n\n1. \(first)"))
  }

  @Test func `a German headline left untranslated among English lines is marked as German`() throws
  {
    var brief = BriefFixtures.brief(note: nil)
    brief.titleTranslation = nil
    let markdown = MarkdownRenderer().render(brief, edition: .english)
    #expect(markdown.hasPrefix("# Rubio trifft Lawrow\n\n*— not translated*\n\n"))
    let html = HTMLRenderer().render(brief, edition: .english)
    #expect(
      html.contains(
        "<h1 lang=\"de\">Rubio trifft Lawrow</h1>\n<p class=\"title-en\" lang=\"en\">— not translated</p>"
      ))
    let text = TextRenderer(width: 200).render(brief, edition: .english)
    #expect(text.hasPrefix("Rubio trifft Lawrow\n===================\n— not translated\n"))
    // The digest's story heading likewise; the bilingual edition needs no mark.
    let digest = DigestBuilder.digest(of: [brief])
    let page = HTMLRenderer().render(digest, edition: .english)
    #expect(page.contains("<h2 lang=\"de\">Rubio trifft Lawrow</h2>\n<p class=\"title-en\""))
    #expect(!HTMLRenderer().render(digest).contains("<h2 lang="))
    #expect(!MarkdownRenderer().render(brief).contains("*— not translated*"))
  }

  @Test func `an English article's brief is the same in both editions but for the page language`() {
    let english = BriefFixtures.english()
    for format in [OutputFormat.markdown, .text] {
      let renderer = BriefRenderer(format: format)
      #expect(renderer.render(english, edition: .english) == renderer.render(english))
    }
  }

  @Test func `the digest is told in English with every line's citation`() throws {
    let digest = digest()
    let markdown = MarkdownRenderer().render(digest, edition: .english)
    #expect(markdown.contains("## Rubio meets Lavrov\n\n### "))
    #expect(markdown.contains("## Storm hits Norway\n"))
    #expect(markdown.contains("- \(firstEnglish) \\[000_rubio\\]\n"))
    #expect(markdown.contains("- \(second) \\[000_rubio\\]\n  \(note)\n"))
    #expect(
      markdown.contains("- A strong storm hit the coast of Norway on Monday. \\[010_storm\\]\n"))
    #expect(!markdown.contains(first))
    #expect(!markdown.contains("Rubio trifft Lawrow"))

    let text = TextRenderer(width: 200).render(digest, edition: .english)
    // "trifft am Donnerstag" in an article of Saturday 2025-02-15: the Thursday ahead.
    #expect(text.contains("Rubio meets Lavrov\n------------------\n\n* 2025-02-20"))
    #expect(
      text.contains(
        "  EN  \(firstEnglish) [000_rubio]\n  DE  \(second) [000_rubio]\n  EN  \(note)\n"))

    let html = HTMLRenderer().render(digest, edition: .english)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<h2>Rubio meets Lavrov</h2>\n<article"))
    #expect(
      html.contains(
        "<p class=\"original\" lang=\"en\">\(firstEnglish) <cite>[000_rubio]</cite></p>"))
    #expect(!html.contains(first))
    #expect(!html.contains("class=\"title-en\""))
  }

  @Test func `every edition keeps the same lines, sources and counts`() {
    let digest = digest()
    for format in [OutputFormat.markdown, .html, .text] {
      let renderer = BriefRenderer(format: format)
      let bilingual = renderer.render(digest)
      let english = renderer.render(digest, edition: .english)
      for source in ["000_rubio", "010_storm"] {
        #expect(
          occurrences(of: source, in: english) == occurrences(of: source, in: bilingual),
          "\(format)")
      }
      #expect(english.contains(digest.countText), "\(format)")
      #expect(occurrences(of: note, in: english) == 1, "\(format)")
    }
  }

  @Test func `a digest without English says so once in the English edition too`() {
    let digest = DigestBuilder.digest(of: [BriefFixtures.untranslated()])
    for format in [OutputFormat.markdown, .html, .text] {
      let english =
        format == .text
        ? TextRenderer(width: 1000).render(digest, edition: .english)
        : BriefRenderer(format: format).render(digest, edition: .english)
      #expect(occurrences(of: "not translated", in: english) == 1, "\(format)")
      #expect(english.contains("English: not translated (no translator configured)"))
      #expect(english.contains(first) && english.contains(second), "\(format)")
    }
  }

  @Test func `JSON holds both languages whatever the edition`() {
    let renderer = BriefRenderer(format: .json)
    #expect(
      renderer.render(BriefFixtures.brief(), edition: .english)
        == renderer.render(BriefFixtures.brief()))
    #expect(renderer.render(digest(), edition: .english) == renderer.render(digest()))
  }
}

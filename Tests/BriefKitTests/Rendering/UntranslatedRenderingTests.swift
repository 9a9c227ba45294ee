import Foundation
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

  @Test func `a brief lacking English for the run's reason says it once, not under each line`() {
    var brief = BriefFixtures.untranslated()
    brief.lines[0].translation = "The meeting."
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = BriefRenderer(format: format).render(brief)
      #expect(occurrences(of: "no translator configured", in: rendered) == 1, "\(format)")
      #expect(rendered.contains(notice), "\(format)")
      #expect(occurrences(of: "— not translated", in: rendered) == 1, "\(format)")
    }
  }

  @Test func `each untranslated line shows its own reason, in the brief and the digest`() {
    var brief = BriefFixtures.untranslated()
    brief.translationNote = nil
    brief.lines[0].note = "translation failed: reasonOne"
    brief.lines[1].note = "translation failed: reasonTwo"
    let digest = DigestBuilder.digest(of: [brief])
    for format in [OutputFormat.markdown, .html, .text] {
      for (name, rendered) in [
        ("brief", BriefRenderer(format: format).render(brief)),
        ("digest", BriefRenderer(format: format).render(digest)),
        ("English digest", BriefRenderer(format: format).render(digest, edition: .english)),
      ] {
        #expect(!rendered.contains("English: not translated"), "\(format) \(name)")
        // In order: first line, its reason, second line, its reason.
        let marks = ["US-Außenminister", "reasonOne", "Das Treffen", "reasonTwo"]
        let positions = marks.map { rendered.range(of: $0)?.lowerBound }
        let found = positions.compactMap { $0 }
        #expect(found.count == 4 && found == found.sorted(), "\(format) \(name): \(rendered)")
        #expect(occurrences(of: "reasonOne", in: rendered) == 1, "\(format) \(name)")
        #expect(occurrences(of: "reasonTwo", in: rendered) == 1, "\(format) \(name)")
      }
    }
    // The JSON keeps each line's reason and reads it back.
    let written = JSONRenderer().render(brief)
    #expect(written.contains(#""translation_note": "translation failed: reasonOne""#))
    #expect(BriefDecoder.asWritten(brief).lines.map(\.note) == brief.lines.map(\.note))
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

    // The briefs' reason is said once, above; every German line keeps its slot.
    let mixed = DigestBuilder.digest(of: [BriefFixtures.brief(), other])
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = rendered(mixed, format)
      #expect(occurrences(of: notice, in: rendered) == 1, "\(format)")
      #expect(occurrences(of: "— not translated", in: rendered) == 3, "\(format)")
      #expect(
        occurrences(of: "— not translated (no translator configured)", in: rendered) == 1,
        "\(format)")
    }
  }
}

/// A German headline's English shows right under it; an English headline shows once.
@Suite struct HeadlineTranslationTests {
  @Test func `HTML shows the English headline under the German one`() {
    let html = BriefRenderer(format: .html).render(BriefFixtures.brief())
    #expect(
      html.contains(
        "<h1>Rubio trifft Lawrow</h1>\n<p class=\"title-en\" lang=\"en\">Rubio meets Lavrov</p>"))
  }

  @Test func `an English or untranslated headline has no English line`() {
    var english = BriefFixtures.english()
    english.titleTranslation = english.title
    for brief in [english, BriefFixtures.untranslated()] {
      for format in [OutputFormat.markdown, .html, .text] {
        let rendered = BriefRenderer(format: format).render(brief)
        #expect(occurrences(of: brief.displayTitle, in: rendered) == (format == .html ? 2 : 1))
        #expect(!rendered.contains("class=\"title-en\""))
        #expect(!rendered.contains("Rubio meets Lavrov"))
      }
    }
  }

  @Test func `a story is headed in English by its headline's translation`() throws {
    var other = BriefFixtures.brief(id: "001_kreml", title: "Kreml lobt Treffen")
    other.titleTranslation = "Kremlin praises meeting"
    other.lines[0].text = "Der Kreml lobte das Treffen von Rubio und Lawrow in Malaysia."
    var first = BriefFixtures.brief()
    let terms = ["rubio", "lavrov", "treff", "malaysia", "ausenminist", "russland"]
    first.keyTerms = terms
    other.keyTerms = terms
    let digest = DigestBuilder.digest(of: [first, other])
    let story = try #require(digest.stories.first)
    #expect(digest.stories.count == 1)
    let english = try #require(story.titleTranslation)
    #expect(
      [story.title, english] == ["Rubio trifft Lawrow", "Rubio meets Lavrov"]
        || [story.title, english] == ["Kreml lobt Treffen", "Kremlin praises meeting"])
    let markdown = BriefRenderer(format: .markdown).render(digest)
    #expect(markdown.contains("## \(story.title)\n\n*\(english)*\n\n### "))
    let text = TextRenderer(width: 200).render(digest)
    #expect(
      text.contains(
        "\(story.title)\n\(String(repeating: "-", count: story.title.count))\n\(english)\n"))
    let html = BriefRenderer(format: .html).render(digest)
    #expect(
      html.contains("<h2>\(story.title)</h2>\n<p class=\"title-en\" lang=\"en\">\(english)</p>"))
  }

  @Test func `an untitled story's English is its first line's translation, cut the same way`() {
    let long =
      "Der russische Außenminister Sergej Lawrow und sein US-Amtskollege Marco Rubio haben am Samstag lange telefoniert."
    let translation =
      "Russian Foreign Minister Sergei Lavrov and his US counterpart Marco Rubio held a long telephone call on Saturday."
    var brief = BriefFixtures.brief(id: "002_call", title: nil)
    brief.lines[0].text = long
    brief.lines[0].translation = translation
    let story = DigestBuilder.digest(of: [brief]).stories[0]
    #expect(
      story.title
        == "Der russische Außenminister Sergej Lawrow und sein US-Amtskollege Marco Rubio haben am …"
    )
    #expect(
      story.titleTranslation
        == "Russian Foreign Minister Sergei Lavrov and his US counterpart Marco Rubio held a long …"
    )
    brief.lines[0].translation = nil
    #expect(DigestBuilder.digest(of: [brief]).stories[0].titleTranslation == nil)
  }

  @Test func `digest JSON gives each story its English title, an English one as itself`() throws {
    var english = BriefFixtures.english()
    english.titleTranslation = english.title
    let digest = DigestBuilder.digest(of: [BriefFixtures.brief(), english])
    let rendered = BriefRenderer(format: .json).render(digest)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
    let stories = try #require(json["stories"] as? [[String: Any]])
    let titles = Dictionary(
      uniqueKeysWithValues: stories.map { ($0["title"] as? String ?? "", $0["title_en"]) })
    #expect(titles["Rubio trifft Lawrow"] as? String == "Rubio meets Lavrov")
    #expect(titles["Storm hits Norway"] as? String == "Storm hits Norway")
    let checker = try SchemaChecker.repositorySchemas()
    #expect(
      checker.problems(
        try JSONSerialization.jsonObject(with: Data(rendered.utf8)), file: "digest.schema.json")
        == [])
  }
}

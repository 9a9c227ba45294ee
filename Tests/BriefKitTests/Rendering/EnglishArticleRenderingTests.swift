import Foundation
import Testing

@testable import BriefKit

/// An English article's sentences are their own English: every format shows them once, never
/// as "German" and never beside a copy of themselves.
@Suite struct EnglishArticleRenderingTests {
  let brief = BriefFixtures.english()
  let first = "A strong storm hit the coast of Norway on Monday."

  @Test func `Markdown lists each English sentence once`() {
    #expect(
      BriefRenderer(format: .markdown).render(brief) == """
        # Storm hits Norway

        *2025-02-17 · 010_storm.txt · en*

        1. A strong storm hit the coast of Norway on Monday.

        2. Thousands of homes lost power, the utility said.

        """)
  }

  @Test func `plain text labels each English sentence EN, once`() {
    #expect(
      TextRenderer(width: 60).render(brief) == """
        Storm hits Norway
        =================
        2025-02-17 · 010_storm.txt · en

        1. EN  A strong storm hit the coast of Norway on Monday.

        2. EN  Thousands of homes lost power, the utility said.

        """)
  }

  @Test func `the HTML page is English, one column, each sentence once`() {
    let html = BriefRenderer(format: .html).render(brief)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<p class=\"original\" lang=\"en\">\(first)</p>"))
    #expect(occurrences(of: first, in: html) == 1)
    #expect(!html.contains("Deutsch"))
    #expect(!html.contains("class=\"de\""))
    #expect(!html.contains("not translated"))
  }

  @Test func `a German brief's page stays German with both columns`() {
    let html = BriefRenderer(format: .html).render(BriefFixtures.brief())
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("<span>Deutsch</span><span>English</span>"))
    #expect(!html.contains("class=\"original\""))
  }

  /// A digest of a German and an English article about one storm.
  func digest() -> Digest {
    var german = BriefFixtures.brief(id: "011_sturm", title: "Sturm trifft Norwegen")
    german.lines[0].text = "Ein schwerer Sturm hat am Montag die Küste Norwegens getroffen."
    german.lines[1].text = "Tausende Haushalte waren ohne Strom."
    return DigestBuilder.digest(of: [german, brief])
  }

  @Test func `in digest JSON an English line has no German and its own English`() throws {
    let rendered = BriefRenderer(format: .json).render(digest())
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
    let stories = try #require(json["stories"] as? [[String: Any]])
    let sentences = stories.flatMap { ($0["events"] as? [[String: Any]]) ?? [] }
      .flatMap { ($0["sentences"] as? [[String: Any]]) ?? [] }
    let english = sentences.filter { ($0["sources"] as? [String]) == ["010_storm"] }
    #expect(english.map { $0["en"] as? String } == brief.lines.map(\.text))
    #expect(english.allSatisfy { $0["de"] is NSNull })
    let german = sentences.filter { ($0["sources"] as? [String]) == ["011_sturm"] }
    #expect(german.count == 2)
    #expect(german.allSatisfy { $0["de"] is String })
    let checker = try SchemaChecker.repositorySchemas()
    #expect(
      checker.problems(
        try JSONSerialization.jsonObject(with: Data(rendered.utf8)), file: "digest.schema.json")
        == [])
  }

  @Test func `in human digests an English line shows once, labelled as English where labelled`() {
    let digest = digest()
    for format in [OutputFormat.markdown, .html, .text] {
      let rendered = BriefRenderer(format: format).render(digest)
      #expect(occurrences(of: first, in: rendered) == 1, "\(format)")
    }
    let text = TextRenderer(width: 200).render(digest)
    #expect(text.contains("  EN  \(first) [010_storm]"))
    #expect(!text.contains("  DE  \(first)"))
    let html = BriefRenderer(format: .html).render(digest)
    #expect(
      html.contains("<p class=\"original\" lang=\"en\">\(first) <cite>[010_storm]</cite></p>"))
  }
}

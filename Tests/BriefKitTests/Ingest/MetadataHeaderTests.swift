import Testing

@testable import BriefKit

/// The metadata block of web extractors is read and cut off; text without one is untouched.
struct MetadataHeaderTests {
  /// `trafilatura.extract(html, with_metadata=True, output_format="txt")`, version 2.3.1.
  static let trafilatura = """
    ---
    title: Rubio trifft Lawrow in Kuala Lumpur
    author: Anna Muster
    url: https://example.org/politik/rubio-lawrow-123.html
    hostname: example.org
    description: Die Außenminister trafen sich.
    sitename: example.org
    date: "2025-07-10"
    fingerprint: "7855a47d0aedd10b"
    ---
    # Rubio trifft Lawrow in Kuala Lumpur

    US-Außenminister Marco Rubio hat am Donnerstag Sergej Lawrow getroffen.
    """

  /// The header `r.jina.ai` writes before the page's Markdown.
  static let jina = """
    Title: Rubio trifft Lawrow in Kuala Lumpur

    URL Source: https://example.org/politik/rubio-lawrow-123.html

    Published Time: 2025-07-10T08:15:00+02:00

    Markdown Content:
    US-Außenminister Marco Rubio hat am Donnerstag Sergej Lawrow getroffen.
    """

  @Test func `trafilatura's front matter gives title, URL and date and leaves the body`() throws {
    let (header, block, body) = try #require(MetadataHeader.split(Self.trafilatura))
    #expect(header.title == "Rubio trifft Lawrow in Kuala Lumpur")
    #expect(header.url == "https://example.org/politik/rubio-lawrow-123.html")
    #expect(header.date == "2025-07-10")
    #expect(header.language == nil)
    #expect(block.hasPrefix("---\ntitle:") && block.hasSuffix("7855a47d0aedd10b\"\n---\n"))
    #expect(body.hasPrefix("# Rubio trifft Lawrow in Kuala Lumpur\n\nUS-Außenminister"))
    #expect(block + body == Self.trafilatura[...])
  }

  @Test func `a Jina Reader header gives title, URL and date up to Markdown Content`() throws {
    let (header, _, body) = try #require(MetadataHeader.split(Self.jina))
    #expect(header.title == "Rubio trifft Lawrow in Kuala Lumpur")
    #expect(header.url == "https://example.org/politik/rubio-lawrow-123.html")
    #expect(header.date == "2025-07-10T08:15:00+02:00")
    #expect(body == "US-Außenminister Marco Rubio hat am Donnerstag Sergej Lawrow getroffen.")
  }

  @Test func `front matter with lists, comments, quotes, a language and German dates`() throws {
    let text = """

      ---
      # exported by a web clipper
      title: 'Lawrows ''neue'' Idee'
      tags:
        - Russland
        - USA
      categories: [Politik]
      Published: 10. Juli 2025
      lang: de-AT
      link: "https://example.org/a?b=\\"c\\""
      ...
      Der Text.
      """
    let (header, _, body) = try #require(MetadataHeader.split(text))
    #expect(header.title == "Lawrows 'neue' Idee")
    #expect(header.date == "2025-07-10")
    #expect(header.language == .german)
    #expect(header.url == "https://example.org/a?b=\"c\"")
    #expect(body == "Der Text.")
  }

  @Test func `an unreadable date or language is left out, not guessed`() throws {
    let text = "---\ndate: gestern Abend\nlang: fr\ntitle:\n---\nText."
    let (header, _, _) = try #require(MetadataHeader.split(text))
    #expect(header.date == nil)
    #expect(header.language == nil)
    #expect(header.title == nil)
  }

  @Test(arguments: [
    // A rule, then prose: not front matter.
    "---\nDer Minister kam am Montag.\n---\nEr ging.",
    // Never closed.
    "---\ntitle: Ohne Ende\nDer Text beginnt hier, ohne Abschluss.",
    "---\ntitle: Ohne Ende\n",
    // A line that is not `key: value`.
    "---\ntitle: A\nhttps://example.org\n---\nText.",
    // `Title:` without `Markdown Content:`.
    "Title: Eine Zeile\n\nDer Text beginnt sofort.",
    // Not at the start.
    "Vorspann.\n---\ntitle: A\n---\nText.",
    // A colon inside a word is no field.
    "---\nZeit:10 Uhr\n---\nText.",
  ])
  func `text without a complete block at its start is left alone`(text: String) {
    #expect(MetadataHeader.split(text) == nil)
  }

  @Test func `a block that ends past the byte limit is not one`() {
    let long = "description: " + String(repeating: "lang ", count: MetadataHeader.maximumBytes / 5)
    #expect(MetadataHeader.split("---\ntitle: A\n\(long)\n---\nText.") == nil)
    let many = String(repeating: "k: v\n", count: MetadataHeader.maximumLines)
    #expect(MetadataHeader.split("---\n\(many)---\nText.") == nil)
  }

  @Test func `an article read from text takes the header's fields and loses the block`() throws {
    let (article, _) = try ArticleReader.article(
      from: Array(Self.trafilatura.utf8), id: "t", source: "t.txt", format: .text)
    #expect(article.title == "Rubio trifft Lawrow in Kuala Lumpur")
    #expect(article.url == "https://example.org/politik/rubio-lawrow-123.html")
    #expect(article.date == "2025-07-10")
    #expect(article.text.hasPrefix("# Rubio trifft Lawrow in Kuala Lumpur\n\nUS-Außenminister"))
    let (lossless, _) = try ArticleReader.article(
      from: Array(Self.trafilatura.utf8), id: "t", source: "t.txt", format: .text,
      form: .lossless)
    #expect(lossless.text.hasPrefix("---\ntitle:"))
  }

  @Test func `a header with nothing after it is an empty article`() {
    #expect(throws: IngestError.empty) {
      try ArticleReader.article(
        from: Array("---\ntitle: Nur Kopf\n---\n\n".utf8), id: "e", source: "e.md",
        format: .markdown)
    }
  }
}

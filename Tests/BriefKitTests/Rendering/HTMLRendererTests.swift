import Testing

@testable import BriefKit

@Test func `script in article text is escaped in HTML`() {
  let html = BriefRenderer(format: .html).render(BriefFixtures.hostile())
  #expect(!html.contains("<script>"))
  #expect(html.contains("Er schrieb &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ging"))
  #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; Co"))
  #expect(html.contains("Quote &quot; backslash"))
  #expect(html.contains("in&quot;put.html"))
}

@Test func `only http and https URLs become links`() {
  #expect(!BriefRenderer(format: .html).render(BriefFixtures.hostile()).contains("href"))
  let html = BriefRenderer(format: .html).render(BriefFixtures.brief())
  #expect(html.contains(#"<a href="https://example.org/rubio?a=1&amp;b=2">"#))
}

@Test func `the page is self-contained and bilingual`() {
  let html = BriefRenderer(format: .html).render(BriefFixtures.brief())
  #expect(html.hasPrefix("<!doctype html>\n<html lang=\"de\">"))
  #expect(html.contains(#"<meta charset="utf-8">"#))
  #expect(html.contains(#"<meta name="viewport""#))
  #expect(html.contains("prefers-color-scheme: dark"))
  #expect(html.contains("grid-template-columns"))
  #expect(!html.contains("<script"))
  #expect(!html.contains("<link"))
  #expect(!html.contains("src="))
  #expect(html.contains(#"<p class="en" lang="en">US Secretary of State"#))
  #expect(html.contains(#"<p class="de" lang="de">US-Außenminister"#))
}

@Test func `an untranslated sentence shows the note, not a translation`() {
  let html = BriefRenderer(format: .html).render(BriefFixtures.brief())
  #expect(
    html.contains(
      #"<p class="en untranslated" lang="en">— not translated (no translator configured)</p>"#))
}

@Test func `the digest page shows each story with its dated events and cited lines`() {
  let digest = DigestFixtures.twoStories()
  let html = BriefRenderer(format: .html).render(digest)
  #expect(html.components(separatedBy: "<section class=\"story\">").count == 3)
  #expect(html.components(separatedBy: "<article class=\"brief event\">").count == 4)
  #expect(html.contains("<time datetime=\"2025-07-10\">2025-07-10</time></h3>"))
  #expect(html.contains("<time datetime=\"2025-02-15\">2025-02-15</time> (file date)</h3>"))
  #expect(html.contains("<h3>undated</h3>"))
  #expect(html.contains("<cite>[000_rubio, 001_rubio]</cite>"))
  #expect(html.contains("3 articles · 2 stories · 3 events"))
  #expect(html.components(separatedBy: "<!doctype html>").count == 2)
}

@Test func `an event without lines says so in every format`() {
  let digest = Digest(
    stories: [
      Digest.Story(
        title: "Rubio trifft Lawrow",
        events: [Digest.Event(date: "2025-07-10", sources: ["000_rubio"], sentences: [])])
    ], articleCount: 1)
  #expect(
    MarkdownRenderer().render(digest).hasSuffix(
      "### 2025-07-10 · 000_rubio\n\nNo new key sentences.\n"))
  #expect(
    TextRenderer().render(digest).hasSuffix("* 2025-07-10 · 000_rubio\n  No new key sentences.\n"))
  let html = HTMLRenderer().render(digest)
  #expect(html.contains("</header>\n<p class=\"empty\">No new key sentences.</p>\n</article>"))
  #expect(!html.contains("<ol class=\"lines\">"))
}

@Test func `Markdown and text mark a day that is only a file's`() {
  let digest = DigestFixtures.twoStories()
  let markdown = MarkdownRenderer().render(digest)
  #expect(markdown.contains("\n### 2025-02-15 (file date) · 002_call\n"))
  #expect(markdown.contains("\n### 2025-07-10 · 000_rubio, 001_rubio\n"))
  let text = TextRenderer().render(digest)
  #expect(text.contains("\n* 2025-02-15 (file date) · 002_call\n"))
  #expect(text.contains("\n* 2025-07-10 · 000_rubio, 001_rubio\n"))
}

@Test func `bidi controls in a digest line never reach the page, so the citation reads forwards`() {
  let digest = Digest(
    stories: [
      Digest.Story(
        title: "Rathaus \u{202E}eröffnet",
        events: [
          Digest.Event(
            date: "2025-07-10", sources: ["bidi"],
            sentences: [
              .init(
                text: "Das Rathaus \u{202E}der Stadt \u{2067}ist\u{200F} neu.", translation: nil,
                sources: ["bidi"])
            ])
        ])
    ], articleCount: 1)
  let html = HTMLRenderer().render(digest)
  #expect(html.contains("Das Rathaus der Stadt ist neu. <cite>[bidi]</cite>"))
  #expect(html.contains("<h2>Rathaus eröffnet</h2>"))
  for output in [html, MarkdownRenderer().render(digest), TextRenderer().render(digest)] {
    let bidi: Set<UInt32> = [0x200F, 0x202E, 0x2067]
    #expect(!output.unicodeScalars.contains { bidi.contains($0.value) })
  }
}

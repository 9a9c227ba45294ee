import Testing

@testable import BriefKit

@Test func `scripts, styles and comments are dropped with their content`() {
  let html = """
    <html><head><title>T</title><style>p { color: red }</style>
    <script>var x = "<p>nicht</p>";</script></head>
    <body><!-- <p>auch nicht</p> --><p>Text bleibt.</p><noscript>Bitte JS</noscript>
    <template><p>Vorlage</p></template><svg><text>Grafik</text></svg></body></html>
    """
  #expect(HTMLTextExtractor.extract(html).text == "Text bleibt.")
}

@Test func `navigation, captions and controls are dropped with their content`() {
  let html = """
    <body><nav><a href="/">Startseite</a> <a href="/p">Politik</a></nav>
    <figure><img src="a.jpg"><figcaption>Feuerwehrleute sichern einen Damm.</figcaption></figure>
    <p>Die Pegel steigen.</p><button>Artikel teilen</button>
    <select><option>Deutsch</option></select><dialog>Cookies?</dialog></body>
    """
  #expect(HTMLTextExtractor.extract(html).text == "Die Pegel steigen.")
}

@Test func `asides and elements classed as sharing, consent or related links are dropped`() {
  let html = """
    <body><div class="consent-banner"><p>Wir nutzen Cookies.</p><div>Mehr</div></div>
    <article class="story"><p>Die Pegel steigen.</p>
    <aside><h3>Mehr zum Thema</h3><ul><li><a href="#">Elbvertiefung</a></li></ul></aside>
    <div class="share"><a>Teilen</a><a>Drucken</a><a>Link kopieren</a></div>
    <section id="related_articles"><p>Hochwasser in Bayern</p></section>
    <p>Ein Damm ist gebrochen.</p><div class="shareholder">Die Aktionäre stimmten zu.</div>
    </article></body>
    """
  #expect(
    HTMLTextExtractor.extract(html).text
      == "Die Pegel steigen.\n\nEin Damm ist gebrochen.\n\nDie Aktionäre stimmten zu.")
}

@Test func `list items are lines that start with a bullet, the introducing line apart`() {
  let html = "<p>Die Ergebnisse:</p><ol><li>mehr <b>Geld</b></li><li>weniger</li></ol><p>Ende.</p>"
  #expect(
    HTMLTextExtractor.extract(html).text == "Die Ergebnisse:\n\n- mehr Geld\n- weniger\n\nEnde.")
  let segments = Segmenter(language: .german).segments(
    in: HTMLTextExtractor.extract(html).text)
  #expect(segments.map(\.text) == ["Die Ergebnisse:", "- mehr Geld", "- weniger", "Ende."])
}

@Test func `named and numeric entities are decoded`() {
  let html =
    "<p>&bdquo;Gr&uuml;&szlig;e&ldquo; &ndash; &Auml;&ouml;&nbsp;&shy;&euro; &#8364; &#x20AC; &amp;amp; &#150;</p>"
  #expect(HTMLTextExtractor.extract(html).text == "„Grüße“ – Äö\u{A0}\u{AD}€ € € &amp; –")
}

@Test func `unknown entities and bare ampersands stay as text`() {
  #expect(
    HTMLTextExtractor.extract("<p>AT&T &unknown; a & b &auml</p>").text == "AT&T &unknown; a & b ä")
}

@Test func `block elements become line breaks and paragraphs blank lines`() {
  let html = """
    <article><h2>Zwischentitel</h2><p>Erster
       Absatz.</p><p>Zweiter <b>fetter</b> Absatz.<br>Neue Zeile.</p>
    <ul><li>eins</li><li>zwei</li></ul><div>Block</div><div>Block 2</div></article>
    """
  let expected = """
    Zwischentitel

    Erster Absatz.

    Zweiter fetter Absatz.
    Neue Zeile.

    - eins
    - zwei

    Block
    Block 2
    """
  #expect(HTMLTextExtractor.extract(html).text == expected)
}

@Test func `the first h1 is the title, else the title element without the site name`() {
  let withHeading = "<title>Seite | Portal</title><h1>Rubio &amp; Lawrow</h1><h1>Zweite</h1>"
  #expect(HTMLTextExtractor.extract(withHeading).title == "Rubio & Lawrow")
  let titleOnly =
    "<head><title>Rubio trifft Lawrow in Malaysia | tagesschau.de</title></head><p>x</p>"
  #expect(HTMLTextExtractor.extract(titleOnly).title == "Rubio trifft Lawrow in Malaysia")
  #expect(HTMLTextExtractor.extract("<p>ohne</p>").title == nil)
}

@Test(arguments: [
  ("Stadtrat beschließt Haushalt - Politik - SZ.de", "Stadtrat beschließt Haushalt"),
  ("Rubio trifft Lawrow | Ausland | Nachrichten | tagesschau.de", "Rubio trifft Lawrow"),
  // Only one-word sections go with the site name: the rest is the headline's.
  ("Krieg in der Ukraine - Selenskyj warnt - SZ.de", "Krieg in der Ukraine - Selenskyj warnt"),
  ("Krieg in der Ukraine – Eskalation | tagesschau.de", "Krieg in der Ukraine – Eskalation"),
])
func `the title element loses its whole chain of section and site names`(
  title: String, headline: String
) {
  let html = "<head><title>\(title)</title></head><p>Der Rat tagte.</p>"
  #expect(HTMLTextExtractor.extract(html).title == headline)
}

@Test func `the title element is never part of the text`() {
  #expect(HTMLTextExtractor.extract("<title>Titel</title><p>Text</p>").text == "Text")
}

@Test func `malformed markup keeps the text`() {
  #expect(HTMLTextExtractor.extract("<p>3 < 5 und 7 > 2</p>").text == "3 < 5 und 7 > 2")
  #expect(HTMLTextExtractor.extract("<p>offen <b>fett <i>kursiv").text == "offen fett kursiv")
  #expect(HTMLTextExtractor.extract("Text <a href=\"x>y\">Link</a> Ende").text == "Text Link Ende")
  #expect(HTMLTextExtractor.extract("Anfang <unclosed attr").text == "Anfang <unclosed attr")
  #expect(HTMLTextExtractor.extract("<p>Vor<!-- offener Kommentar").text == "Vor")
  #expect(HTMLTextExtractor.extract("<P CLASS=x>Groß</P><SCRIPT>x()</SCRIPT>").text == "Groß")
}

@Test func `preformatted text keeps its whitespace`() {
  #expect(HTMLTextExtractor.extract("<pre>a  b\n c</pre>").text == "a  b\n c")
}

@Test func `a large document is extracted without quadratic work`() {
  let paragraph = "<p>Ein <b>Satz</b> mit &auml; und <a href=\"/x\">Link</a>.</p>\n"
  let html = String(repeating: paragraph, count: 20_000) + String(repeating: "a<b ", count: 5_000)
  let clock = ContinuousClock()
  var text = ""
  let elapsed = clock.measure { text = HTMLTextExtractor.extract(html).text }
  #expect(text.hasPrefix("Ein Satz mit ä und Link.\n\nEin Satz"))
  #expect(elapsed < .seconds(60), "a guard against quadratic work; speed is benchmarked")
}

@Test func `the publication date comes from meta or time markup`() {
  let meta =
    #"<meta property="article:published_time" content="2025-02-15T10:31:00+01:00"><p>x</p>"#
  #expect(HTMLTextExtractor.extract(meta).date == "2025-02-15T10:31:00+01:00")
  let time = #"<p>Stand <time class=d datetime='2025-02-14'>gestern</time></p>"#
  #expect(HTMLTextExtractor.extract(time).date == "2025-02-14")
  let partial = #"<meta name="date" content="2025-02-15 10:31:00 CET">"#
  #expect(HTMLTextExtractor.extract(partial).date == "2025-02-15")
  let other = #"<meta name="description" content="2025-02-15"><time>heute</time>"#
  #expect(HTMLTextExtractor.extract(other).date == nil)
}

@Test func `the page's address is its canonical link, else og:url, and only an absolute web URL`() {
  let both = """
    <head><meta property="og:url" content="https://example.org/og">
    <link rel="alternate canonical" href="https://example.org/politik/a?x=1&amp;y=2">
    </head><p>Text.</p>
    """
  #expect(HTMLTextExtractor.extract(both).url == "https://example.org/politik/a?x=1&y=2")
  let og = #"<meta property="og:url" content="https://example.org/og"><p>Text.</p>"#
  #expect(HTMLTextExtractor.extract(og).url == "https://example.org/og")
  let relative = #"<link rel="canonical" href="/politik/a"><p>Text.</p>"#
  #expect(HTMLTextExtractor.extract(relative).url == nil)
  let script = #"<link rel="canonical" href="javascript:alert(1)"><p>Text.</p>"#
  #expect(HTMLTextExtractor.extract(script).url == nil)
  #expect(HTMLTextExtractor.extract("<p>Text.</p>").url == nil)
}

@Test func `an HTML article and an HTML JSON line take the canonical URL unless one is given`()
  throws
{
  let page =
    #"<html><head><link rel="canonical" href="https://example.org/a"></head><p>Ein Satz.</p></html>"#
  let (article, _) = try ArticleReader.article(
    from: Array(page.utf8), id: "h", source: "h.html", format: .html)
  #expect(article.url == "https://example.org/a")
  let escaped = page.replacingOccurrences(of: "\"", with: "\\\"")
  let line = try ArticleReader.article(
    fromJSONLine: Array(#"{"id":"j","text":"\#(escaped)"}"#.utf8), lineNumber: 1, source: "f"
  ).article
  #expect(line.url == "https://example.org/a")
  let given = try ArticleReader.article(
    fromJSONLine: Array(#"{"id":"j","url":"https://given.example","text":"\#(escaped)"}"#.utf8),
    lineNumber: 1, source: "f"
  ).article
  #expect(given.url == "https://given.example")
}

import Testing

@testable import BriefKit

@Test func `a text file is decoded and normalised`() throws {
  let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titel\r\n\r\nEin Satz.\u{A0}Noch einer.".utf8)
  let (article, warnings) = try ArticleReader.article(
    from: bytes, id: "a", source: "a.txt", format: .text)
  #expect(article.text == "Titel\n\nEin Satz. Noch einer.")
  #expect(article.id == "a")
  #expect(article.source == "a.txt")
  #expect(article.title == nil)
  #expect(warnings.isEmpty)
}

@Test func `markdown keeps its markup`() throws {
  let (article, _) = try ArticleReader.article(
    from: Array("# Titel\n\n**fett**".utf8), id: "m", source: "m.md", format: .markdown)
  #expect(article.text == "# Titel\n\n**fett**")
}

@Test func `an HTML file gives its text and title`() throws {
  let html =
    "<html><head><title>Kopf | Site</title></head><body><h1>Schlagzeile</h1><p>Stand: 15.02.2025</p><p>Text&nbsp;hier.</p></body></html>"
  let (article, _) = try ArticleReader.article(
    from: Array(html.utf8), id: "h", source: "h.html", format: .html)
  #expect(article.title == "Schlagzeile")
  #expect(article.text == "Schlagzeile\n\nStand: 15.02.2025\n\nText hier.")
  #expect(article.date == "2025-02-15")
}

@Test func `HTML without text is empty`() {
  #expect(throws: IngestError.empty) {
    try ArticleReader.article(
      from: Array("<script>x()</script>".utf8), id: "h", source: "h.html", format: .html)
  }
}

@Test func `Windows-1252 input is read with a warning`() throws {
  let (article, warnings) = try ArticleReader.article(
    from: Array("Stra".utf8) + [0xDF, 0x65], id: "w", source: "w.txt", format: .text)
  #expect(article.text == "Straße")
  #expect(warnings == [.decodedAsWindows1252])
}

@Test func `a JSONL line with every field becomes an article`() throws {
  let line =
    #"{"id": 12, "text": "Ein Satz.\r\nZweiter\u00a0Satz.", "title": "Titel", "date": "2025-02-15T10:31:00+01:00", "url": "https://example.org/a", "lang": "de-DE", "k": 2}"#
  let article = try ArticleReader.article(
    fromJSONLine: Array(line.utf8), lineNumber: 12, source: "feed.jsonl"
  ).article
  #expect(
    article
      == Article(
        id: "12", text: "Ein Satz.\nZweiter Satz.", title: "Titel",
        date: "2025-02-15T10:31:00+01:00", url: "https://example.org/a", language: .german,
        source: "feed.jsonl:12", sentenceCount: 2))
}

@Test func `a JSONL line needs only id and text`() throws {
  let article = try ArticleReader.article(
    fromJSONLine: Array(#"{"id":"x","text":"Hallo.","lang":"en-US"}"#.utf8), lineNumber: 1,
    source: "stdin"
  ).article
  #expect(article.id == "x")
  #expect(article.title == nil)
  #expect(article.date == nil)
  #expect(article.language == .english)
  #expect(article.sentenceCount == nil)
  #expect(article.source == "stdin:1")
}

@Test func `HTML text in a JSONL line is extracted`() throws {
  let line = #"{"id":"h","text":"<p>Erster &amp; <b>zweiter</b></p><p>Absatz</p>"}"#
  let article = try ArticleReader.article(
    fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f.jsonl"
  ).article
  #expect(article.text == "Erster & zweiter\n\nAbsatz")
}

@Test(arguments: [
  (#"not json"#, "invalid JSON"),
  (#"[1, 2]"#, "not a JSON object"),
  (#""text""#, "not a JSON object"),
  ("   ", "empty line"),
  (#"{"text":"x"}"#, #"missing "id""#),
  (#"{"id":true,"text":"x"}"#, #""id" must be a non-empty string or a number"#),
  (#"{"id":"a"}"#, #"missing "text""#),
  (#"{"id":"a","text":5}"#, #""text" must be a string"#),
  (#"{"id":"a","text":" \n "}"#, #""text" is empty"#),
  (#"{"id":"a","text":"x","title":3}"#, #""title" must be a string"#),
  (#"{"id":"a","text":"x","date":7}"#, #""date" must be a string"#),
  (
    #"{"id":"a","text":"a\u001bb\u001bc\u0008d"}"#,
    #""text" is binary content (control byte at offset 1)"#
  ),
  (#"{"id":"a","text":"x","url":[]}"#, #""url" must be a string"#),
  (#"{"id":"a","text":"x","lang":"fr"}"#, #""lang" must be "de" or "en""#),
  (#"{"id":"a","text":"x","k":0}"#, #""k" must be a positive integer"#),
  (#"{"id":"a","text":"x","k":1.5}"#, #""k" must be a positive integer"#),
  (#"{"id":"a","text":"x","k":"3"}"#, #""k" must be a positive integer"#),
])
func `a bad JSONL line is rejected with a short reason`(line: String, reason: String) {
  #expect(throws: IngestError.invalidJSONLine(line: 7, reason: reason)) {
    try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 7, source: "f.jsonl")
  }
}

@Test(arguments: [
  "2025", "2025-02", "2025-02-15", "2025-02-15T10:31", "2025-02-15T10:31:00Z",
  "2025-02-15 10:31:00.123+01:00", "2024-02-29",
])
func `ISO 8601 dates and date-times are accepted`(date: String) {
  #expect(ISO8601Date.isValid(date))
}

@Test(arguments: [
  "2025-2-15", "2025-13", "2023-02-29", "2025-02-15T25:00", "15.02.2025", "", "2025-02-15Tx",
])
func `malformed dates are refused`(date: String) {
  #expect(!ISO8601Date.isValid(date))
}

@Test(arguments: [
  ("20250214", "2025-02-14"), ("2025-02-14", "2025-02-14"),
  ("20250214T101500Z", "2025-02-14T10:15:00Z"), ("20250214T1015+0100", "2025-02-14T10:15+0100"),
])
func `a JSONL date in the ISO 8601 basic form is read in the extended form`(
  given: String, kept: String
) throws {
  let line = #"{"id":"a","text":"Ein Satz.","date":"\#(given)"}"#
  let read = try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f")
  #expect(read.article.date == kept)
  #expect(read.warnings.isEmpty)
}

@Test(arguments: ["2025-W07", "2025-02-30", "15.02.2025", "2025045"])
func `a JSONL date Brief cannot read leaves the article undated with a warning`(given: String)
  throws
{
  let line = #"{"id":"a","text":"Ein Satz.","date":"\#(given)"}"#
  let read = try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f")
  #expect(read.article.date == nil)
  #expect(read.warnings == [.unreadableDate(value: given)])
  #expect(read.warnings[0].message.contains("\"\(given)\""))
}

@Test func `a few control characters in a JSONL text and title are removed, as in a file`() throws {
  let line =
    #"{"id":"c","title":"T\u001b]0;pwned\u0007itel","text":"Rot\u001b[31m Satz.\nZwei\u0008."}"#
  let read = try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f")
  #expect(read.article.title == "T]0;pwneditel")
  #expect(read.article.text == "Rot[31m Satz.\nZwei.")
  let file = try ArticleReader.article(
    from: Array("Rot\u{1B}[31m Satz.\nZwei\u{08}.".utf8), id: "c", source: "c.txt",
    format: .text)
  #expect(file.article.text == read.article.text)
}

@Test func `a JSONL line that is not UTF-8 is read as Windows-1252 with a warning`() throws {
  var line = Array(#"{"id":"w","text":"Die Stra"#.utf8)
  line += [0xDF, 0x65] + Array(#" ist gesperrt."}"#.utf8)
  let read = try ArticleReader.article(fromJSONLine: line, lineNumber: 1, source: "f")
  #expect(read.article.text == "Die Straße ist gesperrt.")
  #expect(read.warnings == [.decodedAsWindows1252])
}

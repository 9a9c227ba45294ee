import Testing

@testable import BriefKit

@Test(arguments: [
  (" date 2025-02 Der russische Außenminister Sergej Lawrow traf am Samstag ein.", "2025-02"),
  ("Titel\n\nStand: 15.02.2025\n\nText.", "2025-02-15"),
  ("Veröffentlicht am 15.02.2025, 10:31 Uhr\nText", "2025-02-15"),
  ("Aktualisiert am Samstag, 1. März 2025, 08:00 Uhr", "2025-03-01"),
  ("15. Februar 2025\nDer Text beginnt.", "2025-02-15"),
  ("Samstag, 15. Februar 2025", "2025-02-15"),
  ("2025-02-15\nText", "2025-02-15"),
  ("2025-02-15T10:31:00Z", "2025-02-15"),
  ("Published Feb 15, 2025", "2025-02-15"),
  ("Updated: February 3rd, 2025 at 10:00 am CET", "2025-02-03"),
  ("Von Max Muster, dpa | 15.02.25, 10:31 Uhr\nText", "2025-02-15"),
  ("Berlin, 15.02.2025", "2025-02-15"),
  ("Februar 2025", "2025-02"),
  ("Titel\n\n11.03.2025, 17:45 Uhr | dpa-AFX\n\nText.", "2025-03-11"),
  (
    "Titel\n\nDer Text.\n\nMittelbayerische Zeitung, Von Stefan Huber, 14.03.2025 - 11:32 Uhr",
    "2025-03-14"
  ),
])
func `a metadata date near the start is found`(text: String, expected: String) {
  #expect(ArticleDateFinder.date(in: text) == expected)
}

@Test(arguments: [
  "Das Treffen findet am 20. Januar 2025 in Riad statt.",
  "Am 20. Januar kam er.",
  "Die Gespräche am 15.02.2025 waren lang.",
  "Es gab 12 Tote und 30. Verletzte im Jahr 2024.",
  "Stand: unklar",
  "Datum 31.02.2025",
  "",
  "11.03.2025 | Die Börse schloss am 11. März mit 23.000 Punkten",
  "Titel\n\nDer Text.\n\nDas Urteil vom 14.03.2025 ist rechtskräftig.",
])
func `dates inside sentences are not publication dates`(text: String) {
  #expect(ArticleDateFinder.date(in: text) == nil)
}

@Test func `only the first 400 characters are searched`() {
  let text = String(repeating: "Ein Satz ohne Datum. ", count: 30) + "\nStand: 15.02.2025"
  #expect(ArticleDateFinder.date(in: text) == nil)
}

@Test(arguments: [
  "Stand: 15.02.2025\n\n  \nText „Zitat“ – 3,5 € über Österreich…",
  "Von Max Muster, dpa | 15.02.25, 10:31 Uhr\nText", "Straße 12a3b\t\u{A0}x\u{2009}y\u{AD}z",
  String(repeating: "Größe 7 ", count: 60), String(repeating: "x", count: 399) + "ä\u{301}",
  String(repeating: "x", count: 400) + "\u{301}", "Café\u{301} 2025", "CRLF\r\nStand: 2025-02",
  "Wort\u{200D}Wort 2025", "日本 2025-02-15", "",
])
func `date tokens read from bytes are the tokens of the characters`(text: String) {
  let characters = text.prefix(ArticleDateFinder.searchLength).split(separator: "\n")
    .filter { $0.contains { $0.isASCII && $0.isNumber } }.map { DateToken.tokens(in: $0) }
  if let lines = DateToken.lines(ofFirst: ArticleDateFinder.searchLength, in: text) {
    #expect(lines == characters)
  }
}

@Test func `date tokens come from bytes unless a character may span scalars`() {
  #expect(DateToken.lines(ofFirst: 400, in: "Stand: 15.02.2025 – „Zitat“ €") != nil)
  #expect(DateToken.lines(ofFirst: 400, in: "Cafe\u{301}") == nil)
  #expect(DateToken.lines(ofFirst: 400, in: "a\r\nb") == nil)
  #expect(DateToken.lines(ofFirst: 400, in: "日本") == nil)
}

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
])
func `dates inside sentences are not publication dates`(text: String) {
  #expect(ArticleDateFinder.date(in: text) == nil)
}

@Test func `only the first 400 characters are searched`() {
  let text = String(repeating: "Ein Satz ohne Datum. ", count: 30) + "\nStand: 15.02.2025"
  #expect(ArticleDateFinder.date(in: text) == nil)
}

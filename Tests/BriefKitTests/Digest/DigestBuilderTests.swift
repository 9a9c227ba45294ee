import Testing

@testable import BriefKit

@Test func `dated briefs come first in date order, then undated ones, ties by id`() {
  let briefs = [
    BriefFixtures.brief(id: "undated-b", date: nil),
    BriefFixtures.brief(id: "feb15", date: "2025-02-15"),
    BriefFixtures.brief(id: "feb", date: "2025-02"),
    BriefFixtures.brief(id: "undated-a", date: nil),
    BriefFixtures.brief(id: "z-jan", date: "2025-01-31"),
    BriefFixtures.brief(id: "a-jan", date: "2025-01-31"),
    BriefFixtures.brief(id: "feb15-time", date: "2025-02-15T08:00:00Z"),
    BriefFixtures.brief(id: "empty-date", date: ""),
  ]
  let order = DigestBuilder.digest(of: briefs).briefs.map(\.id)
  #expect(
    order == [
      "a-jan", "z-jan", "feb", "feb15", "feb15-time", "empty-date", "undated-a", "undated-b",
    ])
}

@Test func `the digest order does not depend on the input order`() {
  let briefs = (0..<6).map {
    BriefFixtures.brief(id: "id\($0 % 3)", date: $0 % 2 == 0 ? nil : "2025-02")
  }
  let forward = DigestBuilder.digest(of: briefs).briefs.map(\.id)
  let backward = DigestBuilder.digest(of: briefs.reversed()).briefs.map(\.id)
  #expect(forward == backward)
}

@Test func `the digest renders every article with title, date and sentences`() {
  let digest = DigestBuilder.digest(of: [
    BriefFixtures.brief(id: "b", title: nil, date: nil),
    BriefFixtures.brief(id: "a", title: "Erster Artikel", date: "2025-01-02"),
  ])
  let markdown = BriefRenderer(format: .markdown).render(digest)
  #expect(
    markdown.hasPrefix("# Digest\n\n2 articles\n\n## Erster Artikel\n\n*2025-01-02 · seeds/a.txt"))
  #expect(markdown.contains("## b\n\n*seeds/b.txt · de"))
  let text = BriefRenderer(format: .text).render(digest)
  #expect(text.hasPrefix("Digest — 2 articles\n"))
  #expect(text.components(separatedBy: "EN  — not translated").count == 3)
}

import Testing

@testable import BriefKit

@Test func `the dated seeds make one story of four events in date order`() throws {
  let briefs = try SeedFeed.briefs()
  let digest = DigestBuilder.digest(of: briefs)
  #expect(digest.stories.count == 1)
  let events = try #require(digest.stories.first?.events)
  #expect(events.count == 4)
  #expect(events.map(\.date) == ["2025-02-15", "2025-02-20", "2025-07-10", "2025-10-22"])
  #expect(
    events.map(\.sources) == [
      ["002_caddd746febfda94"], ["003_089c71dc8240e07f"],
      ["000_6ee6f2a3ea15f813", "001_f2858b3aa5e8110f"], ["004_31bc555e087dc2ac"],
    ])
}

@Test func `every seed digest line is a distinct sentence quoted from its first source`() throws {
  let briefs = try SeedFeed.briefs()
  let byID = Dictionary(uniqueKeysWithValues: briefs.map { ($0.id, $0) })
  let digest = DigestBuilder.digest(of: briefs)
  let lines = digest.stories.flatMap(\.events).flatMap(\.sentences)
  #expect(lines.count >= 8)
  let filter = RedundancyFilter(configuration: .init())
  var vocabulary: [String: Int] = [:]
  let profiles = SentenceProfile.profiles(
    of: sentences(lines.map(\.text)), analyzer: TermAnalyzer(language: .german),
    vocabulary: &vocabulary)
  for (index, line) in lines.enumerated() {
    // Quoted from its first source; any other source holds it too, or a near-duplicate.
    let quoted = try #require(line.sources.first.flatMap { byID[$0] })
    #expect(quoted.lines.contains { $0.text == line.text && $0.scored.segment.kind == .sentence })
    #expect(line.sources.allSatisfy { byID[$0] != nil })
    #expect(!line.text.contains("Besuchen Sie uns"))
    for other in profiles.indices where other > index {
      #expect(!filter.areNearDuplicates(profiles[index], profiles[other]), "\(line.text)")
    }
  }
}

@Test func `seeds dated only by one file day stay separate events`() throws {
  // A fresh clone gives every seed the same modification day; it says nothing about which of
  // them report one happening, and their words do not either (key-term cosines 0.25 to 0.33).
  var briefs = try SeedFeed.briefs()
  for index in briefs.indices {
    briefs[index].date = nil
    briefs[index].fileDate = "2026-11-21"
  }
  let digest = DigestBuilder.digest(of: briefs)
  #expect(digest.stories.count == 1)
  let events = try #require(digest.stories.first?.events)
  #expect(events.count == 5)
  #expect(events.allSatisfy { $0.sources.count == 1 })
}

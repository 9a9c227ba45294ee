import Foundation
import Testing

@testable import BriefKit

private func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Test func `rendered briefs conform to the brief schema`() throws {
  let checker = try SchemaChecker.repositorySchemas()
  let renderer = BriefRenderer(format: .json)
  for brief in [
    BriefFixtures.brief(), BriefFixtures.hostile(),
    BriefFixtures.brief(title: nil, date: nil, note: nil),
  ] {
    #expect(checker.problems(try json(renderer.render(brief)), file: "brief.schema.json") == [])
    #expect(
      checker.problems(try json(renderer.renderJSONLine(brief)), file: "brief.schema.json") == [])
  }
}

@Test func `a rendered digest conforms to the digest schema`() throws {
  let checker = try SchemaChecker.repositorySchemas()
  let built = DigestBuilder.digest(of: [BriefFixtures.brief(), BriefFixtures.hostile()])
  for digest in [built, DigestFixtures.twoStories(), Digest(stories: [], articleCount: 0)] {
    let rendered = try json(BriefRenderer(format: .json).render(digest))
    #expect(checker.problems(rendered, file: "digest.schema.json") == [])
  }
}

@Test func `the digest schema rejects an event without sources or date, or a number for a boolean`()
  throws
{
  let checker = try SchemaChecker.repositorySchemas()
  var digest = try #require(
    try json(BriefRenderer(format: .json).render(DigestFixtures.twoStories())) as? [String: Any])
  var stories = try #require(digest["stories"] as? [[String: Any]])
  var events = try #require(stories[0]["events"] as? [[String: Any]])
  events[0]["sources"] = nil
  events[0]["date"] = 5
  events[1]["date_from_file"] = 1
  stories[0]["events"] = events
  digest["stories"] = stories
  let problems = checker.problems(digest, file: "digest.schema.json")
  #expect(problems.contains("$.stories[0].events[0]: missing sources"))
  #expect(problems.contains { $0.hasPrefix("$.stories[0].events[0].date: not of type") })
  #expect(problems.contains { $0.hasPrefix("$.stories[0].events[1].date_from_file: not of type") })
}

@Test func `the schema checker notices a missing key and a wrong type`() throws {
  let checker = try SchemaChecker.repositorySchemas()
  var brief = try #require(
    try json(BriefRenderer(format: .json).render(BriefFixtures.brief())) as? [String: Any])
  brief["sentences"] = nil
  brief["id"] = 5
  let problems = checker.problems(brief, file: "brief.schema.json")
  #expect(problems.contains("$: missing sentences"))
  #expect(problems.contains { $0.hasPrefix("$.id: not of type") })
}

@Test func `the schemas require the keys the renderer always writes`() throws {
  let checker = try SchemaChecker.repositorySchemas()
  let brief = try #require(checker.schemas["brief.schema.json"])
  let required = try #require(brief["required"] as? [String])
  for key in [
    "id", "sentences", "translations", "title", "date", "url", "source", "language",
    "translation_note", "segment_counts", "items", "file_date", "key_terms",
  ] {
    #expect(required.contains(key))
  }
  #expect(brief["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
}

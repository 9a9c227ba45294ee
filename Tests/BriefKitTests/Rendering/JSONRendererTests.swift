import Foundation
import Testing

@testable import BriefKit

private func parsed(_ json: String) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
  return try #require(object as? [String: Any])
}

@Test func `a brief's JSON has parallel sentences and translations with null where untranslated`()
  throws
{
  let json = try parsed(BriefRenderer(format: .json).render(BriefFixtures.brief()))
  let sentences = try #require(json["sentences"] as? [String])
  let translations = try #require(json["translations"] as? [Any])
  #expect(sentences.count == 2)
  #expect(translations.count == 2)
  #expect(
    translations[0] as? String
      == "US Secretary of State Marco Rubio meets the Russian foreign minister on Thursday.")
  #expect(translations[1] is NSNull)
  #expect(json["id"] as? String == "000_rubio")
  // The untranslated line's own reason is its item's; the brief has none of its own.
  #expect(json["translation_note"] is NSNull)
  let counts = try #require(json["segment_counts"] as? [String: Int])
  #expect(counts == ["sentence": 9, "heading": 3, "boilerplate": 0])
  let items = try #require(json["items"] as? [[String: Any]])
  #expect(items[1]["start"] as? Int == 310)
  #expect(items[1]["end"] as? Int == 310 + "Das Treffen soll in Malaysia stattfinden.".utf8.count)
  #expect(items[1]["kind"] as? String == "sentence")
  #expect(items[1]["translation_note"] as? String == "no translator configured")
  #expect(items[0]["translation_note"] is NSNull)
  #expect(items[1]["translation"] is NSNull)
  #expect(items[0]["score"] as? Double == 0.8765)
}

@Test func `JSON escaping round-trips through JSONSerialization`() throws {
  let brief = BriefFixtures.hostile()
  for text in [
    BriefRenderer(format: .json).render(brief), BriefRenderer(format: .json).renderJSONLine(brief),
  ] {
    let json = try parsed(text)
    #expect(json["id"] as? String == brief.id)
    #expect(json["title"] as? String == brief.title)
    #expect(json["sentences"] as? [String] == brief.lines.map(\.text))
    #expect(json["translations"] as? [String] == brief.lines.compactMap(\.translation))
    #expect(json["date"] is NSNull)
  }
}

@Test func `rendering twice gives identical bytes`() {
  for format in OutputFormat.allCases {
    let renderer = BriefRenderer(format: format)
    let brief = BriefFixtures.brief()
    #expect(Array(renderer.render(brief).utf8) == Array(renderer.render(brief).utf8))
    let digest = DigestBuilder.digest(of: [brief, BriefFixtures.hostile()])
    #expect(Array(renderer.render(digest).utf8) == Array(renderer.render(digest).utf8))
  }
}

@Test func `the JSON line is one line and the document is pretty with a final newline`() {
  let renderer = BriefRenderer(format: .json)
  let line = renderer.renderJSONLine(BriefFixtures.hostile())
  #expect(!line.contains("\n"))
  #expect(line.hasPrefix(#"{"schema":"brief","version":4,"id":"#))
  let document = renderer.render(BriefFixtures.brief())
  #expect(
    document.hasPrefix("{\n  \"schema\": \"brief\",\n  \"version\": 4,\n  \"id\": \"000_rubio\","))
  #expect(document.hasSuffix("}\n"))
}

@Test func `the digest JSON holds stories with dated events and cited bilingual sentences`() throws
{
  let json = try parsed(BriefRenderer(format: .json).render(DigestFixtures.twoStories()))
  #expect(json["schema"] as? String == "digest")
  #expect(json["version"] as? Int == 6)
  #expect(json["count"] as? Int == 3)
  #expect(json["translation_note"] as? String == "no translator configured")
  let stories = try #require(json["stories"] as? [[String: Any]])
  #expect(stories.map { $0["title"] as? String } == ["Rubio trifft Lawrow", "Wetter"])
  let events = try #require(stories[0]["events"] as? [[String: Any]])
  #expect(events.map { $0["date"] as? String } == ["2025-02-15", "2025-07-10"])
  #expect(events.map { $0["date_from_file"] as? Bool } == [true, false])
  #expect(events[1]["sources"] as? [String] == ["000_rubio", "001_rubio"])
  let sentences = try #require(events[1]["sentences"] as? [[String: Any]])
  #expect(sentences[0]["de"] as? String == "Rubio traf Lawrow in Kuala Lumpur.")
  #expect(sentences[0]["en"] as? String == "Rubio met Lavrov in Kuala Lumpur.")
  #expect(sentences[0]["sources"] as? [String] == ["000_rubio", "001_rubio"])
  #expect(sentences[0]["translation_note"] is NSNull)
  #expect(sentences[1]["en"] is NSNull)
  #expect(sentences[1]["translation_note"] as? String == "rejected: it is still German")
  let undated = try #require(stories[1]["events"] as? [[String: Any]])
  #expect(undated[0]["date"] is NSNull)
  #expect(undated[0]["date_from_file"] as? Bool == false)
  #expect(json["articles"] == nil)
}

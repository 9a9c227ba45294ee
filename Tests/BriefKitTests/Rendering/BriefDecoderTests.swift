import Foundation
import Testing

@testable import BriefKit

/// `BriefDecoder`: JSON briefs read back as `JSONRenderer` wrote them.
struct BriefDecoderTests {
  /// The seed briefs, translated line by line where the index is even, with a note.
  static func seedBriefs() throws -> [Brief] {
    try SeedFeed.briefs().map { brief in
      var brief = brief
      for index in brief.lines.indices where index.isMultiple(of: 2) {
        brief.lines[index].translation = "English \(index): \"\(brief.lines[index].text)\""
      }
      brief.translationNote = "quota exceeded"
      brief.url = "https://example.org/\(brief.id)?a=1&b=2"
      brief.fileDate = "2025-11-21"
      brief.titleTranslation = brief.title.map { "English: \($0)" }
      return brief
    }
  }

  /// `brief` as its JSON holds it: scores rounded, each segment's text its line's text.
  static func expected(_ brief: Brief) -> Brief {
    var brief = brief
    for index in brief.lines.indices {
      let score = brief.lines[index].scored.score
      brief.lines[index].scored.score =
        Double(JSONWriter.format(score, decimals: JSONRenderer.scoreDecimals)) ?? score
      brief.lines[index].scored.segment.text = brief.lines[index].text
    }
    return brief
  }

  @Test func `seed briefs with translations and notes read back as written`() throws {
    let briefs = try Self.seedBriefs()
    #expect(briefs.count == 5)
    #expect(briefs.allSatisfy { !$0.keyTerms.isEmpty && !$0.lines.isEmpty })
    for brief in briefs {
      for pretty in [true, false] {
        let decoded = try BriefDecoder.decode(JSONRenderer(pretty: pretty).render(brief))
        #expect(decoded == Self.expected(brief))
      }
      #expect(BriefDecoder.asWritten(brief) == Self.expected(brief))
    }
  }

  @Test func `reading back is a fixed point: rendering the decoded brief gives the same bytes`()
    throws
  {
    for brief in try Self.seedBriefs() + [BriefFixtures.brief(), BriefFixtures.hostile()] {
      let once = BriefDecoder.asWritten(brief)
      #expect(BriefDecoder.asWritten(once) == once)
      #expect(JSONRenderer().render(once) == JSONRenderer().render(brief))
    }
  }

  @Test func `hand-made briefs keep nil fields, escapes and zero counts`() throws {
    let untitled = BriefFixtures.brief(title: nil, date: nil, note: nil)
    for brief in [BriefFixtures.brief(), BriefFixtures.hostile(), untitled] {
      #expect(BriefDecoder.asWritten(brief) == Self.expected(brief))
    }
  }

  @Test func `the digest of briefs read back equals the digest of the briefs as written`() throws {
    let briefs = try Self.seedBriefs()
    let reread = briefs.map(BriefDecoder.asWritten)
    #expect(DigestBuilder.digest(of: reread) == DigestBuilder.digest(of: reread.reversed()))
    #expect(DigestBuilder.digest(of: reread).stories.count >= 1)
  }

  @Test func `a brief written before key terms and file dates existed reads with none`() throws {
    var object = try #require(JSONValue.parse(JSONRenderer().render(BriefFixtures.brief())))
    guard case .object(let members) = object else { return }
    object = .object(members.filter { $0.key != "key_terms" && $0.key != "file_date" })
    let decoded = try BriefDecoder.decode(object)
    #expect(decoded.keyTerms.isEmpty)
    #expect(decoded.fileDate == nil)
  }

  @Test func `a version 1 brief, written before headlines were translated, reads with none`()
    throws
  {
    let brief = BriefFixtures.brief()
    #expect(brief.titleTranslation != nil)
    guard case .object(let members) = try #require(JSONValue.parse(JSONRenderer().render(brief)))
    else { return }
    let old = JSONValue.object(
      members.filter { $0.key != "title_translation" }.map {
        $0.key == "version" ? .init("version", .integer(1)) : $0
      })
    let decoded = try BriefDecoder.decode(old)
    var expected = Self.expected(brief)
    expected.titleTranslation = nil
    #expect(decoded == expected)
  }

  @Test func `a version 2 brief, written before the lead was kept, reads with none`() throws {
    var brief = BriefFixtures.brief()
    brief.lead = "Rubio landet am Montag in Riad."
    let written = try #require(JSONValue.parse(JSONRenderer().render(brief)))
    #expect(try BriefDecoder.decode(written).lead == "Rubio landet am Montag in Riad.")
    guard case .object(let members) = written else { return }
    let old = JSONValue.object(
      members.filter { $0.key != "lead" }.map {
        $0.key == "version" ? .init("version", .integer(2)) : $0
      })
    #expect(try BriefDecoder.decode(old) == Self.expected(BriefFixtures.brief()))
  }

  @Test func `a version 3 brief, written before lines had their own notes, reads with none`()
    throws
  {
    var brief = BriefFixtures.brief()
    brief.lines[1].note = "translation failed: its own reason"
    let written = try #require(JSONValue.parse(JSONRenderer().render(brief)))
    #expect(try BriefDecoder.decode(written).lines[1].note == "translation failed: its own reason")
    guard case .object(let members) = written else { return }
    let old = JSONValue.object(
      members.map { member -> JSONValue.Member in
        if member.key == "version" { return .init("version", .integer(3)) }
        guard member.key == "items", case .array(let items) = member.value else { return member }
        return .init(
          "items",
          .array(
            items.map { item in
              guard case .object(let fields) = item else { return item }
              return .object(fields.filter { $0.key != "translation_note" })
            }))
      })
    var plain = BriefFixtures.brief()
    plain.lines[1].note = nil
    #expect(try BriefDecoder.decode(old) == Self.expected(plain))
  }

  @Test(arguments: [
    ("{\"schema\": \"brief\"", BriefDecodingError.notJSON),
    ("[1, 2]", .notABrief),
    ("{\"schema\": \"digest\", \"version\": 2}", .notABrief),
    ("{\"schema\": \"brief\", \"version\": 5}", .unsupportedVersion(5)),
    ("{\"schema\": \"brief\", \"version\": 3}", .missing("id")),
    ("{\"schema\": \"brief\", \"version\": 0}", .unsupportedVersion(0)),
    ("{\"schema\": \"brief\", \"version\": 2}", .missing("id")),
    ("{\"schema\": \"brief\", \"version\": 1}", .missing("id")),
    ("{\"schema\": \"brief\", \"version\": 1, \"id\": 5}", .invalid("id", expected: "a string")),
  ])
  func `bad documents are rejected with the reason`(text: String, error: BriefDecodingError) {
    #expect(throws: error) { try BriefDecoder.decode(text) }
  }

  @Test func `a bad item names its place`() throws {
    let text = JSONRenderer().render(BriefFixtures.brief())
      .replacingOccurrences(of: "\"kind\": \"sentence\"", with: "\"kind\": \"verse\"")
    #expect(
      throws: BriefDecodingError.invalid(
        "items[0].kind", expected: "sentence, heading or boilerplate")
    ) {
      try BriefDecoder.decode(text)
    }
    #expect(
      BriefDecodingError.invalid("items[0].kind", expected: "a kind").description
        == "\"items[0].kind\" is not a kind")
  }
}

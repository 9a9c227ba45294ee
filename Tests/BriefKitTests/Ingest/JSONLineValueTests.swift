import Foundation
import Testing

@testable import BriefKit

struct JSONLineValueTests {
  static let lines = [
    #"{"id": "a-1", "text": "Der Text.\nZweite Zeile \"zitiert\" \\ \/ \t\b\f\r"}"#,
    #"{"id":7,"text":"x","k":3,"lang":"de","date":null,"url":"https://x.org/a?b=1"}"#,
    #"  {"id": -0, "text": "\u00e4\u20ac\u0000 über"}  "#,
    #"{"id": 12, "flag": true, "no": false}"#,
    #"{}"#, #"{"id": 123456789012345678}"#, #"{"id": 1234567890123456789012}"#,
    #"{"id": 1.5}"#, #"{"id": 1e3}"#, #"{"id": 01}"#, #"{"id": -}"#, #"{"id": [1, 2]}"#,
    #"{"id": {"a": 1}}"#, #"{"id": "a", "id": "b"}"#, #"{"id": "\ud83d\ude00"}"#,
    #"{"id": "\ud83d"}"#, #"{"id": "\x"}"#, "{\"id\": \"tab\there\"}", #"{"i\u0064": 1}"#,
    #"{"id": 1,}"#, #"{"id" 1}"#, #"{"id": 1} x"#, #"["a"]"#, #""text""#, #"{"id": nul}"#,
    #"{"id": tru}"#, "{\"id\": \"\u{FEFF}bom\"}", #"{"id": "a"}"# + "\r", #"{"id": 00}"#,
    #"{"id": "unterminated}"#, "", " ",
  ]

  @Test func `a flat object is read as JSONDecoder reads it, anything else left to it`() throws {
    var read = 0
    for line in Self.lines {
      let bytes = Array(line.utf8)
      guard let fields = JSONLineValue.flatObject(bytes) else { continue }
      read += 1
      let decoded = try JSONDecoder().decode(JSONLineDocument.self, from: Data(bytes))
      #expect(decoded == .object(fields), "\(line)")
    }
    #expect(read >= 8)
  }

  @Test func `invalid UTF-8 in a string is left to JSONDecoder`() {
    #expect(JSONLineValue.flatObject(Array(#"{"id": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)) == nil)
  }
}

/// Nesting in a field the article does not use costs time linear in the line.
struct JSONLineNestingTests {
  /// `count` arrays `depth` deep, joined by commas.
  static func nested(depth: Int, count: Int) -> String {
    let item = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    return "[" + Array(repeating: item, count: count).joined(separator: ",") + "]"
  }

  @Test func `a wide and deep unknown field is skipped without superlinear work`() throws {
    // 2 MB; the old reader decoded each 500-deep item in over a second.
    let line =
      #"{"id":"a","text":"Ein Satz.","x":"# + Self.nested(depth: 500, count: 2_000)
      + #","y":{"z":[{"w":[1,2.5,"s",null,true]}]}}"#
    let elapsed = try ContinuousClock().measure {
      let article = try ArticleReader.article(
        fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f.jsonl"
      ).article
      #expect(article.id == "a")
      #expect(article.text == "Ein Satz.")
    }
    #expect(elapsed < .seconds(120), "a guard against superlinear work; speed is benchmarked")
  }

  @Test(arguments: ["id", "text", "title", "date", "url", "lang", "k"])
  func `a wide and deep known field is refused with its reason`(field: String) {
    let others = [#""id":"a""#, #""text":"x""#].filter { !$0.hasPrefix("\"\(field)\"") }
    let line =
      "{"
      + (others + ["\"\(field)\":" + Self.nested(depth: 400, count: 500)]).joined(
        separator: ",") + "}"
    #expect(throws: IngestError.self) {
      try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f.jsonl")
    }
  }

  // The line's object and the field's array are two levels of JSONDecoder's 512.
  @Test(arguments: [(510, false), (511, true)])
  func `nesting past JSONDecoder's limit is invalid JSON`(depth: Int, invalid: Bool) {
    let line = #"{"id":"a","text":"Ein Satz.","x":"# + Self.nested(depth: depth, count: 1) + "}"
    let result = Result {
      try ArticleReader.article(fromJSONLine: Array(line.utf8), lineNumber: 1, source: "f.jsonl")
    }
    if invalid {
      #expect(throws: IngestError.invalidJSONLine(line: 1, reason: "invalid JSON")) {
        try result.get()
      }
    } else {
      #expect((try? result.get()) != nil)
    }
  }
}

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
      let decoded = try JSONDecoder().decode(JSONLineValue.self, from: Data(bytes))
      #expect(decoded == .object(fields), "\(line)")
    }
    #expect(read >= 8)
  }

  @Test func `invalid UTF-8 in a string is left to JSONDecoder`() {
    #expect(JSONLineValue.flatObject(Array(#"{"id": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)) == nil)
  }
}

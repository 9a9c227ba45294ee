import Testing

@testable import BriefKit

@Test(arguments: [
  "", "plain", "Grüße aus Köln", "Ä ö ü ß „quoted“", "😀👍🏽🇩🇪", "日本語", "quote \" and \\ /",
  "\n\r\t\u{08}\u{0C}", "\u{00}\u{01}\u{1F}\u{7F}", "\u{2028}\u{2029}", "e\u{301}",
  "line\nbreak\u{1}",
])
func `the encoded byte count equals the compact writer's output`(text: String) {
  #expect(
    JSONValue.encodedByteCount(of: text)
      == JSONWriter(pretty: false).write(.string(text)).utf8.count)
}

@Test func `encoded is the compact writer's text as UTF-8`() {
  let value = JSONValue.object([
    .init("text", .array([.string("Größe\u{2028}"), .null])), .init("n", .integer(0)),
    .init("x", .number(0.1)), .init("ok", .bool(false)),
  ])
  #expect(value.encoded == Array(JSONWriter(pretty: false).write(value).utf8))
  #expect(
    String(decoding: value.encoded, as: UTF8.self)
      == #"{"text":["Größe\u2028",null],"n":0,"x":0.1,"ok":false}"#)
}

@Test func `parsing sorts keys and reads booleans, integers and other numbers`() {
  let parsed = JSONValue.parse(
    #"{"z": [true, false, null], "a": 42, "m": -7, "f": 0.30000000000000004, "w": 2.0}"#)
  #expect(
    parsed
      == .object([
        .init("a", .integer(42)), .init("f", .number(0.30000000000000004)),
        .init("m", .integer(-7)), .init("w", .integer(2)),
        .init("z", .array([.bool(true), .bool(false), .null])),
      ]))
}

@Test(arguments: [
  "0.1", "0.30000000000000004", "1e-05", "1.2345678901234567e+19", "-2.5", "1e+300",
  "9223372036854775807", "-9223372036854775808", "123",
])
func `a parsed number writes back with its value`(text: String) throws {
  let parsed = try #require(JSONValue.parse(text))
  let written = JSONWriter(pretty: false).write(parsed)
  #expect(JSONValue.parse(written) == parsed)
  #expect(Double(written) == Double(text))
}

@Test func `intValue reads integers and whole numbers`() {
  #expect(JSONValue.integer(12).intValue == 12)
  #expect(JSONValue.number(12).intValue == 12)
  #expect(JSONValue.number(12.5).intValue == nil)
  #expect(JSONValue.parse("[3]")?.arrayValue?.first?.intValue == 3)
  #expect(JSONValue.string("3").intValue == nil)
}

@Test func `the subscript finds members by key, the last one when repeated`() {
  let value = JSONValue.object([.init("k", .integer(1)), .init("k", .string("two"))])
  #expect(value["k"] == .string("two"))
  #expect(value["missing"] == nil)
  #expect(JSONValue.array([]).stringValue == nil)
  #expect(JSONValue.string("s").stringValue == "s")
}

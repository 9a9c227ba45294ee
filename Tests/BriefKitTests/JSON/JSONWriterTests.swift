import Foundation
import Testing

@testable import BriefKit

@Test(arguments: [
  ("plain", #""plain""#),
  ("quote \" and \\", #""quote \" and \\""#),
  ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
  ("\u{01}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
  ("\u{2028}\u{2029}", #""\u2028\u2029""#),
  ("Grüße 😀 /", "\"Grüße 😀 /\""),
])
func `strings are escaped for JSON`(input: String, expected: String) {
  #expect(JSONWriter.quoted(input) == expected)
}

@Test(arguments: [
  (0.876543, 4, "0.8765"),
  (0.5, 4, "0.5"),
  (1.0, 4, "1.0"),
  (0.0, 4, "0.0"),
  (-0.00001, 4, "0.0"),
  (-1.23456, 2, "-1.23"),
  (0.00005, 4, "0.0001"),
  (12.0, 0, "12.0"),
  (Double.nan, 4, "null"),
])
func `numbers are formatted with fixed rules`(value: Double, decimals: Int, expected: String) {
  #expect(JSONWriter.format(value, decimals: decimals) == expected)
}

@Test func `pretty output indents by two spaces and keeps member order`() {
  let value = JSONValue.object([
    .init("b", .integer(1)), .init("a", .array([.null, .bool(true)])), .init("e", .array([])),
    .init("o", .object([])),
  ])
  #expect(
    JSONWriter(pretty: true).write(value) == """
      {
        "b": 1,
        "a": [
          null,
          true
        ],
        "e": [],
        "o": {}
      }
      """)
  #expect(JSONWriter(pretty: false).write(value) == #"{"b":1,"a":[null,true],"e":[],"o":{}}"#)
}

@Test func `a string without escapes is copied as it is and one with escapes is escaped`() {
  for value in UInt32(0)...0x30FF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    let text = "a" + String(scalar) + "b"
    #expect(JSONWriter.quoted(text).utf8.count == JSONWriter.quotedByteCount(text), "\(value)")
  }
}

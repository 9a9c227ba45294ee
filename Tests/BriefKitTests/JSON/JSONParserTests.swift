import Foundation
import Testing

@testable import BriefKit

/// `JSONValue.parse` reads what `JSONSerialization` reads, as it reads it, in linear time.
struct JSONParserTests {
  /// Documents where a reader could differ from Foundation's: grammar, escapes, surrogates,
  /// UTF-8, duplicate keys, numbers, encodings, nesting.
  static let texts: [String] = [
    "", " ", "null", "true", "false", "nul", "tru", "True", "0", "-0", "-0.0", "1", "-1", "01",
    "-01", "00", "1.", ".5", "1.5", "-", "--1", "+1", "1e5", "1E5", "1e+5", "1e-5", "1E-5",
    "1e", "1e+", "1.5e3", "0e5", "1e05", "1.2.3", "1e5e5", "0.00", "1x", "1 ", " 1", "[1 2]",
    "2.0", "0.30000000000000004", "1e400", "-1e400", "1e-400", "123456789012345678",
    "1234567890123456789", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
    "18446744073709551616", "123456789012345678901234567890", "1.2345678901234567e+19",
    "12345678901234567.5", "1.23456789012345678", "0.000000000000000001", "1e128",
    "12345678901234567890e200", "123456789012345678e-130", "-12345678901234567890.5",
    "9007199254740993", "9007199254740993.0", "4.5e15", "1E400", "[]", "[ ]", "[,]", "[1,]",
    "[1,,]", "[1,2,]", "{}", "{ }", "{,}", #"{"a":1,}"#, #"{"a":1,,}"#, #"{"a" 1}"#,
    #"{"a":}"#, #"{a:1}"#, #"{"a":1"b":2}"#, #"{"b":1,"a":[2,{"c":null}]}"#,
    #"{"k":1,"k":2}"#, #"{"k":2,"k":1,"a":0}"#, "{\"e\u{301}\":1,\"\u{E9}\":2}",
    "{\"\u{E9}\":1,\"e\u{301}\":2}", #"{"Z":1,"a":2,"ä":3,"B":4,"":5}"#, #"["a" "b"]"#,
    #""""#, #""a"#, #""\""#, #""\\""#, #""\/""#, #""\b\f\n\r\t""#, #""\a""#, #""\x41""#,
    #""\u0041""#, #""\u00e4\u00C4""#, #""\u0000""#, #""\u12""#, #""\u12G4""#,
    #""\ud83d\ude00""#, #""\uD83D\uDE00""#, #""\ud83d""#, #""\ud83dx""#, #""\ud83d\u0041""#,
    #""\ude00""#, #""\ude00\ud83d""#, #""\ud83d\ud83d""#, #""\udbff\udfff""#,
    "\"tab\there\"", "\"line\nbreak\"", "\"\u{7F}\"", "\"\u{FEFF}bom\"", "\"\u{FEFF}\u{FEFF}x\"",
    "\"a\\n\u{FEFF}b\"", "\"a\u{FEFF}b\"", "\"ä€😀\"",
    "\"\u{2028}\"", " [1] ", "\t\r\n[1]\n", "[1]x", "[1] [2]", "[1]]", "[[1]", "{\"a\":[}",
    "[\"a\",{\"b\":[true,null]}]", #"{"a":1e400,"a":1}"#, #"{"a":[1e400],"a":1}"#,
    #"{"a":1,"a":1e400}"#, #"[{"a":1e400,"a":2},1e400]"#, #"{"a":{"b":1e400,"b":0},"a":1e400}"#,
  ]

  /// Strings with invalid or odd UTF-8 between quotes.
  static let rawStrings: [[UInt8]] = [
    [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    [0x5C, 0x75, 0x30, 0x30, 0x65, 0x34, 0xC3], [0xC3, 0x5C, 0x75, 0x30, 0x30, 0x61, 0x39],
  ]

  /// Byte order marks and other encodings.
  static let encoded: [[UInt8]] = [
    [0xEF, 0xBB, 0xBF, 0x5B, 0x31, 0x5D], [0xEF, 0xBB, 0xBF], [0, 0x5B, 0, 0x31, 0, 0x5D],
    [0x5B, 0, 0x31, 0, 0x5D, 0], [0xFF, 0xFE, 0x5B, 0, 0xE4, 0, 0x5D, 0],
    [0xFE, 0xFF, 0, 0x5B, 0, 0x32, 0, 0x5D], [0, 0, 0, 0x31], [0x31, 0, 0, 0], [0, 0x31],
    [0x31, 0], [0x31, 0, 0x32], [0xFF, 0xFE, 0, 0, 0x31, 0, 0, 0],
    [0, 0, 0xFE, 0xFF, 0, 0, 0, 0x31], [0x5B, 0x00, 0x5D], [0xFF, 0xFE], [0xFE, 0xFF, 0],
  ]

  static var documents: [[UInt8]] {
    texts.map { Array($0.utf8) } + rawStrings.map { [0x22] + $0 + [0x22] } + encoded
  }

  @Test func `documents read as JSONSerialization reads them`() {
    var valid = 0
    for document in Self.documents {
      let expected = FoundationReading.parse(document)
      #expect(JSONValue.parse(document) == expected, "\(document)")
      if expected != nil { valid += 1 }
    }
    #expect(valid > 60)
  }

  @Test func `random documents read as JSONSerialization reads them`() {
    var random = SeededGenerator(seed: 2025)
    var valid = 0
    for _ in 0..<4000 {
      var document = RandomJSON.value(depth: 0, using: &random)
      if Int.random(in: 0..<3, using: &random) == 0 { RandomJSON.mutate(&document, using: &random) }
      let bytes = Array(document.utf8)
      let expected = FoundationReading.parse(bytes)
      #expect(JSONValue.parse(bytes) == expected, "\(document)")
      if expected != nil { valid += 1 }
    }
    #expect(valid > 2000)
  }

  @Test func `nesting is read to 512 levels and refused beyond, without deep recursion`() {
    func nested(_ depth: Int, _ open: String, _ close: String) -> String {
      String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
    }
    #expect(JSONValue.parse(nested(512, "[", "]")) != nil)
    #expect(JSONValue.parse(nested(257, "{\"a\":[", "]}")) == nil)
    #expect(JSONValue.parse(nested(256, "{\"a\":[", "]}")) != nil)
    #expect(JSONValue.parse(nested(513, "[", "]")) == nil)
    #expect(JSONValue.parse(nested(100_000, "[", "]")) == nil)
    #expect(JSONValue.parse(String(repeating: "[", count: 1_000_000)) == nil)
  }

  @Test func `a string of many escapes is read without superlinear work`() throws {
    let text = "\"" + String(repeating: #"\"\u00e4\n"#, count: 300_000) + "\""
    var parsed: JSONValue?
    let elapsed = ContinuousClock().measure { parsed = JSONValue.parse(text) }
    #expect(try #require(parsed?.stringValue).count == 900_000)
    #expect(elapsed < .seconds(120), "a guard against superlinear work; speed is benchmarked")
  }

  @Test(arguments: [("[", "]", 500), ("{\"a\":", "}", 500), ("[{\"a\":", "}]", 250)])
  func `deep and wide documents are read without superlinear work`(
    open: String, close: String, depth: Int
  ) throws {
    // JSONSerialization and the conversion from its result took minutes on these 5–20 MB.
    let item =
      String(repeating: open, count: depth) + "\"x\"" + String(repeating: close, count: depth)
    let text = "[" + Array(repeating: item, count: 5_000).joined(separator: ",") + "]"
    let clock = ContinuousClock()
    var parsed: JSONValue?
    let elapsed = clock.measure { parsed = JSONValue.parse(text) }
    #expect(try #require(parsed?.arrayValue).count == 5_000)
    #expect(elapsed < .seconds(120), "a guard against superlinear work; speed is benchmarked")
  }
}

/// The reading `JSONValue.parse` matches: `JSONSerialization` and a conversion of its result.
enum FoundationReading {
  static func parse(_ bytes: [UInt8]) -> JSONValue? {
    guard
      let object = try? JSONSerialization.jsonObject(
        with: Data(bytes), options: [.fragmentsAllowed])
    else { return nil }
    return value(object)
  }

  private static func value(_ any: Any) -> JSONValue? {
    // Arrays and dictionaries are tried first: casting one to `String` bridges it whole.
    if let array = any as? [Any] {
      var elements: [JSONValue] = []
      for element in array {
        guard let converted = value(element) else { return nil }
        elements.append(converted)
      }
      return .array(elements)
    }
    if let dictionary = any as? [String: Any] {
      var members: [JSONValue.Member] = []
      for key in dictionary.keys.sorted() {
        guard let element = dictionary[key], let converted = value(element) else { return nil }
        members.append(.init(key, converted))
      }
      return .object(members)
    }
    if let string = any as? String { return .string(string) }
    if any is NSNull { return .null }
    guard let number = any as? NSNumber else { return nil }
    let type = String(cString: number.objCType)
    if type == "c" { return .bool(number.boolValue) }
    if let decimal = number as? NSDecimalNumber {
      let text = decimal.stringValue
      if let integer = Int(text) { return .integer(integer) }
      return .number(Double(text) ?? decimal.doubleValue)
    }
    switch type {
    case "Q", "L", "I", "S", "C":
      if let integer = Int(exactly: number.uint64Value) { return .integer(integer) }
      return .number(number.doubleValue)
    case "d", "f":
      let double = number.doubleValue
      if double.rounded() == double, abs(double) < 9_007_199_254_740_992 {
        return .integer(Int(double))
      }
      return .number(double)
    default: return .integer(Int(number.int64Value))
    }
  }
}

/// Random JSON-like text: mostly valid documents, some mutated into invalid ones.
enum RandomJSON {
  static let strings = [
    "", "a", "ä", "\\\"", "\\\\", "\\/", "\\n\\t", "\\u00e4", "\\ud83d\\ude00", "\\ud83d",
    "\\u0000", "😀", "e\u{301}", "\u{E9}", "\\x", "\u{7F}", "Z", "1",
  ]
  static let numbers = [
    "0", "-0", "1", "-1", "42", "0.5", "-2.5", "1e3", "1E3", "1e-3", "2.0", "1.5e+2",
    "123456789012345678", "9223372036854775807", "9223372036854775808", "18446744073709551616",
    "12345678901234567890.5", "0.1234567890123456789", "1e400", "9007199254740993", "01", "1.",
  ]
  static let spaces = ["", "", " ", "\n", "\t", "\r\n "]

  static func value(depth: Int, using random: inout SeededGenerator) -> String {
    let choice = Int.random(in: 0..<(depth > 6 ? 6 : 10), using: &random)
    let space = spaces.randomElement(using: &random) ?? ""
    switch choice {
    case 0: return space + "null"
    case 1: return Bool.random(using: &random) ? "true" : "false"
    case 2, 3: return space + (numbers.randomElement(using: &random) ?? "0")
    case 4, 5: return "\"" + (strings.randomElement(using: &random) ?? "") + "\""
    case 6, 7:
      let count = Int.random(in: 0..<4, using: &random)
      let elements = (0..<count).map { _ in value(depth: depth + 1, using: &random) }
      let trailing = count > 0 && Int.random(in: 0..<8, using: &random) == 0 ? "," : ""
      return "[" + elements.joined(separator: "," + space) + trailing + space + "]"
    default:
      let count = Int.random(in: 0..<4, using: &random)
      let members = (0..<count).map { _ in
        "\"" + (strings.randomElement(using: &random) ?? "") + "\"" + space + ":"
          + value(depth: depth + 1, using: &random)
      }
      let trailing = count > 0 && Int.random(in: 0..<8, using: &random) == 0 ? "," : ""
      return "{" + members.joined(separator: ",") + trailing + "}"
    }
  }

  /// Deletes, doubles or replaces one character.
  static func mutate(_ text: inout String, using random: inout SeededGenerator) {
    var characters = Array(text)
    guard !characters.isEmpty else { return }
    let at = Int.random(in: 0..<characters.count, using: &random)
    switch Int.random(in: 0..<3, using: &random) {
    case 0: characters.remove(at: at)
    case 1: characters.insert(characters[at], at: at)
    default: characters[at] = Array("[]{},:\"\\ 0e.-x").randomElement(using: &random) ?? " "
    }
    text = String(characters)
  }
}

import Foundation
import Testing

@testable import BriefKit

@Test func `UTF-8 with a byte-order mark decodes without the mark`() throws {
  let result = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Straße".utf8))
  #expect(result.text == "Straße")
  #expect(result.encoding == .utf8)
  #expect(result.warnings.isEmpty)
}

@Test func `UTF-8 without a byte-order mark decodes as is`() throws {
  let result = try TextDecoder.decode(Array("„Zitat“ – 5 €".utf8))
  #expect(result.text == "„Zitat“ – 5 €")
  #expect(result.encoding == .utf8)
}

@Test func `UTF-16 little endian with a byte-order mark decodes`() throws {
  let units = Array("Grüße €".utf16)
  let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  let result = try TextDecoder.decode(bytes)
  #expect(result.text == "Grüße €")
  #expect(result.encoding == .utf16LittleEndian)
}

@Test func `UTF-16 big endian with a byte-order mark decodes`() throws {
  let units = Array("Grüße 😀".utf16)
  let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  let result = try TextDecoder.decode(bytes)
  #expect(result.text == "Grüße 😀")
  #expect(result.encoding == .utf16BigEndian)
}

@Test func `invalid UTF-8 falls back to Windows-1252 with a warning`() throws {
  let bytes: [UInt8] =
    Array("Stra".utf8) + [0xDF] + Array("e ".utf8) + [0x84]
    + Array("Zitat".utf8) + [0x93, 0x20, 0x80, 0x20, 0x96]
  let result = try TextDecoder.decode(bytes)
  #expect(result.text == "Straße „Zitat“ € –")
  #expect(result.encoding == .windows1252)
  #expect(result.warnings == [.decodedAsWindows1252])
}

@Test func `every Windows-1252 byte maps to the code point of the code page`() throws {
  let bytes = (0x80...0xFF).map { UInt8($0) }
  let result = try TextDecoder.decode(Array("x".utf8) + bytes)
  let scalars = Array(result.text.unicodeScalars.dropFirst())
  #expect(scalars.count == 128)
  #expect(scalars[0] == "€")
  #expect(scalars[0x1F] == "Ÿ")
  #expect(scalars[0x81 - 0x80].value == 0x81)
  #expect(scalars[0xA0 - 0x80].value == 0xA0)
  #expect(scalars[0xFF - 0x80] == "ÿ")
}

@Test func `a NUL byte makes the input binary at its offset`() {
  let bytes = Array("Hallo Welt".utf8) + [0x00] + Array("mehr".utf8)
  #expect(throws: IngestError.binary(offset: 10)) { try TextDecoder.decode(bytes) }
}

@Test func `many control characters make the input binary at the first one`() {
  var bytes = Array("Kopf".utf8)
  for index in 0..<50 { bytes += [UInt8(1 + index % 8), 0x41] }
  #expect(throws: IngestError.binary(offset: 4)) { try TextDecoder.decode(bytes) }
}

@Test func `a stray control character in long text is tolerated`() throws {
  let text = String(repeating: "Ein ganz normaler Satz. ", count: 40) + "\u{1B}" + "Ende."
  let result = try TextDecoder.decode(Array(text.utf8))
  #expect(result.text.hasSuffix("Ende."))
}

@Test func `tabs, form feeds and line breaks are text`() throws {
  let result = try TextDecoder.decode(Array("a\tb\u{0C}c\r\nd".utf8))
  #expect(result.text == "a\tb\u{0C}c\r\nd")
}

@Test(arguments: [[UInt8](), [0xEF, 0xBB, 0xBF], Array(" \n\t\r\n ".utf8), [0xFF, 0xFE]])
func `empty or whitespace-only input is empty`(bytes: [UInt8]) {
  #expect(throws: IngestError.empty) { try TextDecoder.decode(bytes) }
}

@Test func `a 20 MB text decodes quickly`() throws {
  let line = "Der Außenminister trifft am Donnerstag „seinen“ Amtskollegen – 5 € mehr.\n"
  let bytes = Array(String(repeating: line, count: 20_000_000 / line.utf8.count).utf8)
  let clock = ContinuousClock()
  var result: TextDecoder.Result?
  let elapsed = try clock.measure { result = try TextDecoder.decode(bytes) }
  #expect(result?.text.utf8.count == bytes.count)
  #expect(elapsed < .seconds(5))
}

@Test func `error and warning messages are short lowercase phrases`() {
  #expect(IngestError.empty.message == "empty file")
  #expect(
    IngestError.binary(offset: 120).description == "binary content (control byte at offset 120)")
  #expect(
    IngestError.invalidJSONLine(line: 3, reason: #"missing "text""#).message == #"missing "text""#)
  #expect(IngestWarning.decodedAsWindows1252.message == "invalid UTF-8, decoded as Windows-1252")
}

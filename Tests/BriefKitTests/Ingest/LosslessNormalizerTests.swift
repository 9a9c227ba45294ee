import Testing

@testable import BriefKit

/// The chunked lossless normaliser equals `TextNormalizer`'s `.lossless` form.
struct LosslessNormalizerTests {
  static func normalized(_ text: String, chunk: Int) -> String {
    String(
      decoding: LosslessNormalizer.normalized(Array(text.utf8), chunkSize: chunk), as: UTF8.self)
  }

  @Test(arguments: [
    "a\r\nb\rc\n", "\r", "x\r", "\r\n\r\n", "Ä\u{00A0}ö\u{2028}ü\u{2029}\u{0085}é\u{3000}.",
    "\u{202F}\u{205F}\u{2009}😀\u{00AD}\u{200B}", "plain ASCII", "",
  ])
  func `any chunking gives the whole-text lossless form`(text: String) {
    let whole = TextNormalizer.normalize(text, form: .lossless)
    for chunk in 1...6 {
      #expect(Self.normalized(text, chunk: chunk) == whole)
    }
  }

  @Test func `the text check accepts plain UTF-8 and rejects what decoding would change`() {
    func isPlain(_ bytes: [UInt8], chunk: Int) -> Bool {
      var check = StreamingTextCheck()
      bytes.withUnsafeBufferPointer { buffer in
        var start = 0
        while start < buffer.count {
          let end = min(buffer.count, start + chunk)
          check.check(UnsafeBufferPointer(rebasing: buffer[start..<end]))
          start = end
        }
      }
      return check.isPlainText
    }
    for chunk in [1, 2, 3, 100] {
      #expect(isPlain(Array("Größe 😀 zählt.\r\n".utf8), chunk: chunk))
      #expect(!isPlain([0x47, 0x72, 0xF6, 0xDF, 0x65], chunk: chunk))  // Windows-1252
      #expect(!isPlain([0x41, 0x00, 0x42], chunk: chunk))
      #expect(!isPlain(Array(" \n\t".utf8), chunk: chunk))
      #expect(!isPlain([0x41, 0xE2, 0x80], chunk: chunk))  // truncated at the end
    }
  }

  @Test func `two checks absorbed at a character boundary equal one check of the whole`() {
    func check(_ bytes: ArraySlice<UInt8>) -> StreamingTextCheck {
      var check = StreamingTextCheck()
      Array(bytes).withUnsafeBufferPointer { check.check($0) }
      return check
    }
    let texts: [[UInt8]] = [
      Array("Größe 😀 zählt.\r\n".utf8), [0x47, 0x72, 0xF6, 0xDF, 0x65], [0x41, 0x00, 0x42],
      Array(" \n\t".utf8), [0x41, 0xE2, 0x80], [0x41, 0xE2, 0x80, 0x42], Array("Ä\u{01}b".utf8),
    ]
    for bytes in texts {
      let whole = check(bytes[...]).isPlainText
      for split in 0...bytes.count where split == bytes.count || bytes[split] & 0xC0 != 0x80 {
        var first = check(bytes[..<split])
        first.absorb(check(bytes[split...]))
        #expect(first.isPlainText == whole, "\(bytes) split at \(split)")
      }
    }
  }
}

/// The UTF-8 check without a string agrees with the standard library's validation.
struct WellFormedUTF8Tests {
  @Test func `random byte strings are judged as String(validating:) judges them`() {
    var generator = SeededGenerator(seed: 11)
    let alphabet: [UInt8] = [
      0x41, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0,
      0xE2, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...40, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let judged = bytes.withUnsafeBufferPointer { StreamingTextCheck.isWellFormed($0) }
      #expect(judged == expected, "\(bytes)")
    }
    let text = Array(String(repeating: "Größe 😀 zählt – „gut“. ", count: 50).utf8)
    #expect(text.withUnsafeBufferPointer { StreamingTextCheck.isWellFormed($0) })
  }
}

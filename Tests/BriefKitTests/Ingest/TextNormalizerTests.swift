import Foundation
import Testing

@testable import BriefKit

@Test(arguments: [
  ("a\r\nb", "a\nb"),
  ("a\rb\r\rc", "a\nb\n\nc"),
  ("a\u{2028}b", "a\nb"),
  ("Kra\u{0308}he", "Krähe"),
  ("a\u{308}", "ä"),
  ("5\u{A0}€ und 10\u{202F}%\u{2007}x", "5 € und 10 % x"),
  ("Bundes\u{AD}tag", "Bundestag"),
  ("zero\u{200B}width\u{200C}\u{200D}\u{2060}\u{FEFF}", "zerowidth"),
  ("  two  spaces\n\n\nthree lines  ", "  two  spaces\n\n\nthree lines  "),
  ("plain ASCII text", "plain ASCII text"),
])
func `normalisation rewrites only what it promises`(input: String, expected: String) {
  #expect(TextNormalizer.normalize(input) == expected)
  #expect(Array(TextNormalizer.normalize(input).unicodeScalars) == Array(expected.unicodeScalars))
}

@Test func `NFC is applied only where needed but everywhere needed`() {
  let text = "Zeile eins ä\nZeile zwei o\u{308}\r\nZeile drei ü"
  let normalized = TextNormalizer.normalize(text)
  #expect(normalized == "Zeile eins ä\nZeile zwei ö\nZeile drei ü")
  #expect(!normalized.unicodeScalars.contains("\u{308}"))
}

@Test func `normalising 20 MB of text does no quadratic work`() {
  let line = "Der Außenminister\u{A0}trifft „seinen“ Amtskollegen – 5 € mehr.\r\n"
  let text = String(repeating: line, count: 20_000_000 / line.utf8.count)
  let clock = ContinuousClock()
  var result = ""
  let elapsed = clock.measure { result = TextNormalizer.normalize(text) }
  #expect(result.utf8.count == text.utf8.count - 2 * (20_000_000 / line.utf8.count))
  #expect(elapsed < .seconds(60), "a guard against quadratic work; speed is benchmarked")
}

@Test func `bidi controls are removed for briefs and kept by the lossless form`() {
  let text =
    "Rathaus \u{202E}eröffnet\u{202C} in \u{2067}Berlin\u{2069}\u{200F} \u{202A}heute\u{202C}."
  #expect(TextNormalizer.normalize(text) == "Rathaus eröffnet in Berlin heute.")
  #expect(TextNormalizer.normalize(text, form: .lossless) == text)
}

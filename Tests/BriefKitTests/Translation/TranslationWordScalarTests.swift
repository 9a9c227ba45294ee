import Foundation
import Testing

@testable import BriefKit

struct TranslationWordScalarTests {
  @Test func `word characters are exactly the alphanumerics`() {
    let samples =
      "azAZ09 -.,;:!?'\"„“«»()[]/\\_+*&%$§äöüÄÖÜßéèñçøåłšžčćęąőűİıЖжΩω中文日本語١٢٣²½\u{301}\u{0308}\u{00A0}\u{2014}"
    for scalar in samples.unicodeScalars {
      #expect(
        Glossary.isWordScalar(scalar) == CharacterSet.alphanumerics.contains(scalar),
        "U+\(String(scalar.value, radix: 16))")
    }
  }
}

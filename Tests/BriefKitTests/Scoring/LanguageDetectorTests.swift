import Testing

@testable import BriefKit

@Test(arguments: [
  "US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister in Malaysia.",
  "Die Gewerkschaft sieht Handlungsbedarf bei sogenannten All-in-Verträgen.",
  "Der Kanzler ist nicht nach Wien gereist, weil er krank war.",
])
func `German text is detected as German`(text: String) {
  #expect(LanguageDetector.detect(text) == .german)
}

@Test(arguments: [
  "Secretary of State Marco Rubio will meet his Russian counterpart on Thursday in Malaysia.",
  "The union said that the contracts were not transparent and that workers had been misled.",
  "It is the second meeting of the two ministers this year, after talks in Saudi Arabia.",
])
func `English text is detected as English`(text: String) {
  #expect(LanguageDetector.detect(text) == .english)
}

@Test(arguments: ["", "12345 ... !!!", "Marco Rubio", "Die the"])
func `too little evidence defaults to German`(text: String) {
  #expect(LanguageDetector.detect(text) == .german)
}

@Test func `only the start of a long text is examined`() {
  let german = String(repeating: "Der Minister ist mit dem Ergebnis nicht zufrieden. ", count: 200)
  let english = String(repeating: "The minister is not happy with the result. ", count: 5_000)
  #expect(LanguageDetector.detect(german + english) == .german)
}

@Test func `the sample is cut at whitespace and never splits a scalar`() {
  let text = String(repeating: "Größe ", count: 2_000)
  let sample = LanguageDetector.sample(of: text)
  #expect(sample.utf8.count <= LanguageDetector.sampleBytes)
  #expect(sample.hasSuffix("Größe"))
  #expect(LanguageDetector.sample(of: "short text") == "short text")
}

/// The sample as first defined: scalar by scalar, cut at the last whitespace that fits.
func referenceSample(of text: String, bytes limit: Int) -> String {
  guard text.utf8.count > limit else { return text }
  let scalars = text.unicodeScalars
  var bytes = 0
  var cut = scalars.startIndex
  for index in scalars.indices {
    bytes += UTF8.width(scalars[index])
    if bytes > limit { break }
    if scalars[index].properties.isWhitespace { cut = index }
  }
  return String(scalars[..<cut])
}

@Test(arguments: [
  "Größe\u{A0}", "Wort\u{3000}", "Wort\u{2009}", "Wort\u{85}", "Wort\u{1680}", "Wort\u{200B}",
  "Wort\u{2028}", "ab\t", "😀 ", "Straße\u{202F}", "„Zitat“ – ",
])
func `the sample is cut at the same whitespace as the scalar definition`(unit: String) {
  let text = String(repeating: unit, count: 300)
  for limit in [0, 1, 7, 100, 1024, 1025, 1026, 1027, 4096] {
    #expect(
      LanguageDetector.sample(of: text, bytes: limit) == referenceSample(of: text, bytes: limit))
  }
}

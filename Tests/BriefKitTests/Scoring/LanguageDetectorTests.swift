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

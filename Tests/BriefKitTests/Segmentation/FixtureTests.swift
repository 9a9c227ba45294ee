import Testing

@testable import BriefKit

/// The MIT-licensed German golden rules of pySBD and pragmatic_segmenter, and our own
/// hand-written English news cases.
struct FixtureTests {
  @Test(arguments: [
    ("pysbd-de", Language.german), ("pragmatic-de", .german), ("english-news", .english),
  ])
  func `every fixture case is segmented losslessly`(fixture: String, language: Language) throws {
    for testCase in try fixtureCases(fixture) {
      let text = testCase.text
      expectInvariants(Segmenter(language: language).segments(in: text), of: text)
    }
  }

  @Test(arguments: [
    ("pysbd-de", Language.german, 1.0), ("pragmatic-de", .german, 1.0),
    ("english-news", .english, 0.98),
  ])
  func `boundary F1 on the fixture reaches the achieved level`(
    fixture: String, language: Language, minimum: Double
  ) throws {
    let f1 = boundaryF1(try fixtureCases(fixture), language)
    #expect(f1 >= minimum, "F1 \(f1) on \(fixture)")
  }

  @Test func `the English fixture has at least forty hand-written cases`() throws {
    #expect(try fixtureCases("english-news").count >= 40)
  }
}

import Testing

@testable import BriefKit

/// The MIT-licensed German golden rules of pySBD and pragmatic_segmenter.
struct FixtureTests {
  @Test(arguments: ["pysbd-de", "pragmatic-de"])
  func `every fixture case is segmented losslessly`(fixture: String) throws {
    for testCase in try fixtureCases(fixture) {
      let text = testCase.text
      expectInvariants(Segmenter(language: .german).segments(in: text), of: text)
    }
  }

  @Test(arguments: [("pysbd-de", 1.0), ("pragmatic-de", 1.0)])
  func `boundary F1 on the fixture reaches the achieved level`(
    fixture: String, minimum: Double
  ) throws {
    let f1 = boundaryF1(try fixtureCases(fixture))
    #expect(f1 >= minimum, "F1 \(f1) on \(fixture)")
  }
}

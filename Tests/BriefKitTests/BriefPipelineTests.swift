import Testing

@testable import BriefKit

@Test func `an empty article gives an empty brief`() {
  let output = BriefPipeline().run(Article(id: "a", text: "", source: "test"))
  #expect(output.brief.lines.isEmpty)
}

import Foundation
import Testing

@testable import BriefKit

@Test func `seed briefs are real sentences without pronoun openers or near-duplicates`() throws {
  let pronouns: Set<String> = ["Er", "Sie", "Dies", "Es", "Dieser", "Diese", "Dieses"]
  let filter = RedundancyFilter(configuration: .init())
  for line in try SeedFeed.jsonLines() {
    let article = try ArticleReader.article(
      fromJSONLine: Array(line.utf8), lineNumber: 1, source: "seeds.jsonl"
    ).article
    let output = BriefPipeline().run(article)
    #expect(output.brief.lines.count == 3, "\(article.id)")
    for line in output.brief.lines {
      #expect(line.scored.segment.kind == .sentence)
      let first = line.text.prefix { $0.isLetter }
      #expect(!pronouns.contains(String(first)), "\(article.id): \(line.text)")
    }
    var vocabulary: [String: Int] = [:]
    let profiles = SentenceProfile.profiles(
      of: output.brief.lines.map(\.scored.segment),
      analyzer: TermAnalyzer(language: .german), vocabulary: &vocabulary)
    for i in profiles.indices {
      for j in profiles.indices where j > i {
        #expect(!filter.areNearDuplicates(profiles[i], profiles[j]), "\(article.id)")
      }
    }
  }
}

@Test func `a quoted sentence scores below the same sentence reported`() {
  let reported =
    "Rubio sagte, die Gespräche mit Russland über die Ukraine seien sehr konstruktiv gewesen."
  let quoted = "„Die Gespräche mit Russland über die Ukraine waren sehr konstruktiv“, sagte Rubio."
  let scored = SentenceSelector(language: .german).score(
    from: sentences([
      "Die USA und Russland haben in Riad über ein Ende des Krieges in der Ukraine gesprochen.",
      quoted, reported,
    ]), title: nil)
  #expect(scored[1].score < scored[2].score)
  #expect(SentenceShape.quoteShare(of: quoted) > 0.7)
}

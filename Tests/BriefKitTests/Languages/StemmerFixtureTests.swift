import Foundation
import Testing

@testable import BriefKit

/// Agreement of the Swift stemmers with the reference (Python `snowballstemmer` 3.1.1), on the
/// sample written by `scripts/stemmer-check.py --fixture`.
@Suite struct StemmerFixtureTests {
  /// `word<TAB>stem` pairs of a TSV file.
  static func pairs(in url: URL) throws -> [(word: String, stem: String)] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else { return nil }
      return (String(fields[0]), String(fields[1]))
    }
  }

  static func fixture(_ name: String) throws -> URL {
    try #require(
      Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures/stemmer"))
  }

  /// Words whose stem differs from the reference.
  static func mismatches(_ pairs: [(word: String, stem: String)], _ stemmer: any Stemmer)
    -> [String]
  {
    pairs.filter { stemmer.stem($0.word) != $0.stem }.map {
      "\($0.word): \(stemmer.stem($0.word)) != \($0.stem)"
    }
  }

  @Test(arguments: [("german", Language.german), ("english", Language.english)])
  func `the stemmer agrees with the Snowball reference on the fixture sample`(
    name: String, language: Language
  ) throws {
    let pairs = try Self.pairs(in: Self.fixture(name))
    #expect(pairs.count >= 1000)
    let wrong = Self.mismatches(pairs, language.stemmer)
    #expect(wrong.isEmpty, "\(wrong.count) of \(pairs.count): \(wrong.prefix(20))")
  }

  /// The full-vocabulary comparison: runs only when `BRIEF_STEMMER_FULL` names the directory
  /// written by `scripts/stemmer-check.py --full`.
  @Test(
    .enabled(if: ProcessInfo.processInfo.environment["BRIEF_STEMMER_FULL"] != nil),
    arguments: [("german", Language.german), ("english", Language.english)])
  func `the stemmer agrees with the Snowball reference on the whole vocabulary`(
    name: String, language: Language
  ) throws {
    let directory = try #require(ProcessInfo.processInfo.environment["BRIEF_STEMMER_FULL"])
    let url = URL(fileURLWithPath: directory).appendingPathComponent("\(name).tsv")
    let pairs = try Self.pairs(in: url)
    let wrong = Self.mismatches(pairs, language.stemmer)
    let agreement = 100 * Double(pairs.count - wrong.count) / Double(max(1, pairs.count))
    print("stemmer \(name): \(pairs.count - wrong.count)/\(pairs.count) agree (\(agreement)%)")
    #expect(wrong.isEmpty, "\(wrong.count) of \(pairs.count): \(wrong.prefix(30))")
  }
}

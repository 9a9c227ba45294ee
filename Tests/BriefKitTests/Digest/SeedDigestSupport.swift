import Foundation

@testable import BriefKit

/// The seed articles with their publication dates, as a JSONL feed would give them.
enum SeedFeed {
  /// Publication dates of the seeds by file-name prefix.
  static let dates = [
    "000": "2025-07-09", "001": "2025-07-10", "002": "2025-02-15", "003": "2025-02-20",
    "004": "2025-10-22",
  ]

  /// The package's `seeds/` folder.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds")

  /// The feed: one JSON line per seed, `{"id","text","date"}`, in file-name order.
  static func jsonLines() throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let object: [String: String] = [
        "id": String(name.dropLast(4)), "text": text, "date": dates[String(name.prefix(3))] ?? "",
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
  }

  /// The seeds' briefs from the feed, through the real reader and pipeline, of
  /// `sentenceCount` sentences each.
  static func briefs(sentenceCount: Int = 3) throws -> [Brief] {
    let pipeline = BriefPipeline(configuration: .init(sentenceCount: sentenceCount))
    return try jsonLines().enumerated().map { index, line in
      let article = try ArticleReader.article(
        fromJSONLine: Array(line.utf8), lineNumber: index + 1, source: "seeds.jsonl"
      ).article
      return pipeline.run(article).brief
    }
  }
}

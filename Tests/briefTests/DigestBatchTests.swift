import Foundation
import Testing

/// `brief batch` on a JSONL feed built from the seed files with their publication dates.
struct DigestBatchTests {
  /// Publication dates of the seeds by file-name prefix.
  static let dates = [
    "000": "2025-07-09", "001": "2025-07-10", "002": "2025-02-15", "003": "2025-02-20",
    "004": "2025-10-22",
  ]

  /// The feed: one `{"id","text","date"}` line per seed file.
  static func seedFeed() throws -> Data {
    var feed = ""
    for file in try BriefProcess.seedFiles() {
      let id = file.deletingPathExtension().lastPathComponent
      let object = [
        "id": id, "text": try String(contentsOf: file, encoding: .utf8),
        "date": dates[String(id.prefix(3))] ?? "",
      ]
      let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      feed += String(decoding: line, as: UTF8.self) + "\n"
    }
    return Data(feed.utf8)
  }

  @Test func `the dated seed feed gives one story of four events with both sources merged`() throws
  {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let feed = folder.appendingPathComponent("seeds.jsonl")
    try Self.seedFeed().write(to: feed)
    let out = folder.appendingPathComponent("out")
    let result = try BriefProcess.run(["batch", feed.path, "--out", out.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let digest = try JSONHelpers.object(at: out.appendingPathComponent("digest.json"))
    #expect(digest["version"] as? Int == 6)
    let stories = try #require(digest["stories"] as? [[String: Any]])
    #expect(stories.count == 1)
    let events = try #require(stories.first?["events"] as? [[String: Any]])
    #expect(
      events.map { $0["date"] as? String } == [
        "2025-02-15", "2025-02-20", "2025-07-10", "2025-10-22",
      ])
    #expect(
      events[2]["sources"] as? [String] == ["000_6ee6f2a3ea15f813", "001_f2858b3aa5e8110f"])
    for event in events {
      let sentences = try #require(event["sentences"] as? [[String: Any]])
      #expect(!sentences.isEmpty)
      for sentence in sentences {
        #expect(sentence["en"] is NSNull)
        #expect((sentence["sources"] as? [String])?.isEmpty == false)
      }
    }
    let markdown = try String(
      contentsOf: out.appendingPathComponent("digest.md"), encoding: .utf8)
    #expect(markdown.contains("### 2025-07-10 · 000_6ee6f2a3ea15f813, 001_f2858b3aa5e8110f"))
    #expect(!markdown.contains("(file date)"))
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    let seconds = try #require(report["seconds"] as? [String: Any])
    #expect(seconds["digest"] != nil)
  }

  @Test func `undated seed files are dated by their modification time`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = try #require(try BriefProcess.seedFiles().first)
    let copy = folder.appendingPathComponent(seed.lastPathComponent)
    try FileManager.default.copyItem(at: seed, to: copy)
    let day = Date(timeIntervalSince1970: 1_752_278_400)  // 2025-07-12 00:00 UTC, a Saturday
    try FileManager.default.setAttributes([.modificationDate: day], ofItemAtPath: copy.path)
    let out = folder.appendingPathComponent("out")
    let result = try BriefProcess.run(["batch", copy.path, "--out", out.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let digest = try JSONHelpers.object(at: out.appendingPathComponent("digest.json"))
    let stories = try #require(digest["stories"] as? [[String: Any]])
    let events = try #require(stories.first?["events"] as? [[String: Any]])
    // The headline's "am Donnerstag" is not resolved against the file's day: the file may have
    // been saved any day after the article.
    #expect(events.first?["date"] as? String == "2025-07-12")
    #expect(events.first?["date_from_file"] as? Bool == true)
  }
}

/// `--k`, `--ratio` and `--max-chars` on `brief summarize`.
struct LengthOptionTests {
  let article = """
    Die Regierung in Wien hat am Montag ein neues Klimaschutzgesetz beschlossen. \
    Das Gesetz sieht verbindliche Ziele für den Verkehr und die Industrie vor. \
    Umweltschützer begrüßten den Beschluss, forderten aber schärfere Vorgaben. \
    Die Opposition kritisierte die späte Vorlage im Parlament. \
    Die Industrie warnte vor hohen Kosten durch die neuen Regeln. \
    Der Verkehrsminister kündigte ein Förderprogramm für Elektroautos an. \
    Bis 2040 soll das Land klimaneutral werden, heißt es im Entwurf. \
    Die Länder müssen eigene Pläne für Gebäude und Heizungen vorlegen. \
    Eine Evaluierung ist alle drei Jahre durch den Rechnungshof vorgesehen. \
    Der Nationalrat stimmt im Herbst über das Gesetz ab.
    """

  func lines(_ arguments: [String]) throws -> [Substring] {
    let result = try BriefProcess.run(
      ["summarize", "--sentences-only"] + arguments, stdin: Data(article.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n")
  }

  @Test func `ratio, max-chars and k limit the brief`() throws {
    #expect(try lines([]).count == 3)
    #expect(try lines(["--ratio", "0.2"]).count == 2)
    #expect(try lines(["--k", "5"]).count == 5)
    let short = try lines(["--max-chars", "150"])
    #expect(!short.isEmpty)
    #expect(short.reduce(0) { $0 + $1.count } <= 150)
    #expect(short.allSatisfy { article.contains($0) })
  }

  @Test(arguments: [["--k", "2", "--ratio", "0.5"], ["--ratio", "0"], ["--max-chars", "0"]])
  func `conflicting or empty limits are usage errors`(arguments: [String]) throws {
    let result = try BriefProcess.run(["summarize"] + arguments, stdin: Data(article.utf8))
    #expect(result.status != 0)
    #expect(!result.stderr.isEmpty)
  }
}

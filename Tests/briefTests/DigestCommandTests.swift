import Foundation
import Testing

/// `brief digest`: the reduce step over shards of a batch and over `summarize --jsonl` output.
struct DigestCommandTests {
  static let formats = ["json", "md", "html", "en.md", "en.html"]

  /// Runs `brief` with no translator settings from the environment; expects `status`.
  @discardableResult
  static func brief(_ arguments: [String], stdin: Data? = nil, status: Int32 = 0) throws
    -> BriefProcess.Result
  {
    let result = try BriefProcess.run(arguments, stdin: stdin, environment: [:])
    #expect(result.status == status, "brief \(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  /// The bytes of `DIR/digest.EXT`.
  static func digest(_ folder: URL, _ fileExtension: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent("digest.\(fileExtension)"))
  }

  @Test func `four shards merged by brief digest give the batch's digest byte for byte`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let feed = folder.appendingPathComponent("feed.jsonl")
    try DistributedFeed.feed().write(to: feed)
    let seeds = BriefProcess.packageRoot.appendingPathComponent("seeds").path
    let all = folder.appendingPathComponent("all")
    try Self.brief(["batch", seeds, feed.path, "--out", all.path, "--quiet"])
    var shards: [String] = []
    for index in 1...4 {
      let shard = folder.appendingPathComponent("shard-\(index)")
      try Self.brief(
        ["batch", seeds, feed.path, "--out", shard.path, "--shard", "\(index)/4", "--quiet"])
      shards.append(shard.path)
    }
    let merged = folder.appendingPathComponent("merged")
    let result = try Self.brief(["digest"] + shards + ["--out", merged.path])
    #expect(result.stderr.contains("digest of 18 briefs"))
    let reversed = folder.appendingPathComponent("reversed")
    try Self.brief(["digest"] + shards.reversed() + ["--out", reversed.path, "--quiet"])
    let digest = try JSONHelpers.object(at: all.appendingPathComponent("digest.json"))
    #expect(digest["count"] as? Int == 18)
    #expect(((digest["stories"] as? [Any])?.count ?? 0) >= 4)
    for format in Self.formats {
      let expected = try Self.digest(all, format)
      #expect(try Self.digest(merged, format) == expected, "digest.\(format)")
      #expect(try Self.digest(reversed, format) == expected, "digest.\(format), reversed")
    }
  }

  @Test func `ids that make one file name fall in one shard and merge like one run`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let feed = folder.appendingPathComponent("feed.jsonl")
    let ids = ["Case", "case", "a/b", "a_b", "CASE"] + (0..<12).map { "extra-\($0)" }
    let lines = ids.enumerated().map { offset, id in
      let text =
        "Der Rat \(offset) tagte am Montag in Wien. Die Vorlage \(offset) wurde vertagt. "
        + "Eine Einigung über den Punkt \(offset) gab es nicht."
      return #"{"id": "\#(id)", "date": "2025-03-0\#(offset % 9 + 1)", "text": "\#(text)"}"#
    }
    try Data(lines.joined(separator: "\n").utf8).write(to: feed)
    let all = folder.appendingPathComponent("all")
    try Self.brief(["batch", feed.path, "--out", all.path, "--quiet"])
    var shards: [String] = []
    for index in 1...4 {
      let shard = folder.appendingPathComponent("shard-\(index)")
      try Self.brief(["batch", feed.path, "--out", shard.path, "--shard", "\(index)/4", "--quiet"])
      shards.append(shard.path)
    }
    let merged = folder.appendingPathComponent("merged")
    try Self.brief(["digest"] + shards + ["--out", merged.path, "--quiet"])
    for format in Self.formats {
      #expect(try Self.digest(merged, format) == Self.digest(all, format), "digest.\(format)")
    }
  }

  @Test func `summarize --jsonl piped into brief digest gives the batch's digest`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let feed = folder.appendingPathComponent("feed.jsonl")
    try DistributedFeed.feed().write(to: feed)
    let batch = folder.appendingPathComponent("batch")
    try Self.brief(["batch", feed.path, "--out", batch.path, "--quiet"])
    let mapped = try Self.brief(["summarize", "--jsonl"], stdin: try DistributedFeed.feed())
    #expect(mapped.stdout.split(separator: "\n").count == 13)
    let reduced = folder.appendingPathComponent("reduced")
    try Self.brief(["digest", "-", "--out", reduced.path], stdin: Data(mapped.stdout.utf8))
    for format in Self.formats {
      #expect(try Self.digest(reduced, format) == Self.digest(batch, format), "digest.\(format)")
    }
  }

  @Test func `bad lines and files are named with their place and duplicates are left out`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = try DistributedFeed.generatedLines().prefix(2).joined(separator: "\n")
    let mapped = try Self.brief(["summarize", "--jsonl"], stdin: Data(lines.utf8))
    let briefs = mapped.stdout.split(separator: "\n").map(String.init)
    #expect(briefs.count == 2)
    let good = folder.appendingPathComponent("good.jsonl")
    try (briefs.joined(separator: "\n") + "\n").write(to: good, atomically: true, encoding: .utf8)
    let bad = folder.appendingPathComponent("bad.jsonl")
    let badLines = [briefs[0], "{\"schema\": \"brief\"", "", "{\"id\": \"x\"}", briefs[1]]
    try badLines.joined(separator: "\n").write(to: bad, atomically: true, encoding: .utf8)
    let notBatch = folder.appendingPathComponent("empty-folder")
    try FileManager.default.createDirectory(at: notBatch, withIntermediateDirectories: true)
    let out = folder.appendingPathComponent("out")
    let result = try Self.brief(
      ["digest", good.path, bad.path, notBatch.path, "--out", out.path], status: 1)
    #expect(result.stderr.contains("\(bad.path):2: not valid JSON"))
    #expect(result.stderr.contains("\(bad.path):4: not a brief"))
    #expect(!result.stderr.contains("\(bad.path):3"))
    #expect(result.stderr.contains("\(notBatch.path): not a batch output folder"))
    #expect(result.stderr.contains("\(bad.path):1: duplicate id \"hochwasser-1\" left out"))
    #expect(result.stderr.contains("\(bad.path):5: duplicate id \"hochwasser-2\""))
    #expect(result.stderr.contains("(first in \(good.path):1)"))
    let digest = try JSONHelpers.object(at: out.appendingPathComponent("digest.json"))
    #expect(digest["count"] as? Int == 2)
    for format in Self.formats {
      #expect(FileManager.default.fileExists(atPath: out.path + "/digest." + format))
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func `a named pipe among a batch's briefs is named and skipped, not waited on`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let batch = folder.appendingPathComponent("batch")
    let seed = try #require(try BriefProcess.seedFiles().first)
    try Self.brief(["batch", seed.path, "--out", batch.path, "--quiet"])
    let pipe = batch.appendingPathComponent("briefs").appendingPathComponent("pipe.json")
    #expect(mkfifo(pipe.path, 0o644) == 0)
    // Without its report the folder is read whole, as a batch killed before the end left it.
    try FileManager.default.removeItem(at: batch.appendingPathComponent("report.json"))
    let out = folder.appendingPathComponent("out")
    let result = try Self.brief(["digest", batch.path, "--out", out.path], status: 1)
    #expect(result.stderr.contains("\(pipe.path): not a regular file (a pipe, socket or device)"))
    #expect(result.stderr.contains("\(batch.path): no report.json: the batch that wrote it"))
    #expect(try Self.digest(out, "json") == Self.digest(batch, "json"))
  }

  @Test func `an output path that is a file fails at once with one line`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("taken")
    try Data("x".utf8).write(to: file)
    let result = try Self.brief(["digest", folder.path, "--out", file.path], status: 74)
    #expect(result.stderr == "brief: \(file.path): not a folder\n")
  }

  /// `folder/batch`, the output of a batch of the first seed, and that seed.
  static func seedBatch(in folder: URL) throws -> (batch: URL, seed: URL) {
    let batch = folder.appendingPathComponent("batch")
    let seed = try #require(try BriefProcess.seedFiles().first)
    try Self.brief(["batch", seed.path, "--out", batch.path, "--quiet"])
    return (batch, seed)
  }

  @Test func `a single JSON brief file is read and duplicates alone still succeed`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (batch, seed) = try Self.seedBatch(in: folder)
    let file = batch.appendingPathComponent("briefs")
      .appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".json")
    let out = folder.appendingPathComponent("out")
    let result = try Self.brief(["digest", batch.path, file.path, "--out", out.path])
    #expect(result.stderr.contains("\(file.path): duplicate id"))
    #expect(result.stderr.contains(", 1 duplicate left out"), "\(result.stderr)")
    for format in Self.formats {
      #expect(try Self.digest(out, format) == Self.digest(batch, format))
    }
  }

  @Test func `a file that holds no JSON is named once as not a brief file`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = try BriefProcess.seedFiles()[0]
    let out = folder.appendingPathComponent("out")
    let result = try Self.brief(["digest", seed.path, "--out", out.path], status: 1)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 2, "\(result.stderr)")
    #expect(lines.first?.hasPrefix("brief: \(seed.path): not a brief file: ") == true)
    #expect(!result.stderr.contains("not valid JSON"))
  }

  @Test func `a digest of no brief writes nothing and keeps the last digest`() throws {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let batch = try Self.seedBatch(in: folder).batch
    let out = folder.appendingPathComponent("week")
    try Self.brief(["digest", batch.path, "--out", out.path, "--quiet"])
    let before = try Self.formats.map { try Self.digest(out, $0) }
    // An unmatched glob reaches brief as it was typed.
    let glob = folder.appendingPathComponent("shard-*").path
    let result = try Self.brief(["digest", glob, "--out", out.path], status: 1)
    #expect(result.stderr.contains("brief: \(glob): no such file\n"), "\(result.stderr)")
    #expect(
      result.stderr.hasSuffix(
        "brief: no briefs read from \(glob); nothing written, \(out.path) left as it was\n"))
    #expect(try Self.formats.map { try Self.digest(out, $0) } == before)
    let empty = try Self.brief(["digest", "-", "--out", out.path], stdin: Data(), status: 1)
    #expect(empty.stderr.contains("no briefs read from -"), "\(empty.stderr)")
    #expect(try Self.formats.map { try Self.digest(out, $0) } == before)
  }
}

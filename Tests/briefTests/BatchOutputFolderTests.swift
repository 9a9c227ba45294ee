import Foundation
import Testing

/// An output folder used night after night: what `brief digest DIR` reads from it, what is set
/// aside, what the work area keeps, and what a run without articles leaves.
@Suite(.serialized) struct BatchOutputFolderTests {
  /// A new folder holding the seeds numbered in `numbers` (1-based) as `a1.txt` ...
  func inputs(_ numbers: [Int]) throws -> URL {
    let folder = try BriefProcess.temporaryFolder()
    let seeds = try BriefProcess.seedFiles()
    for number in numbers {
      try FileManager.default.copyItem(
        at: seeds[number - 1], to: folder.appendingPathComponent("a\(number).txt"))
    }
    return folder
  }

  func batch(_ arguments: [String], status: Int32 = 0) throws -> BriefProcess.Result {
    let result = try BriefProcess.run(["batch"] + arguments, environment: [:])
    #expect(result.status == status, "\(result.stderr)")
    return result
  }

  func bytes(_ folder: URL, _ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
  }

  @Test func `a reused output folder's digest reads only the last run's briefs`() throws {
    let folder = try inputs([1, 2, 3])
    let out = try BriefProcess.temporaryFolder()
    try batch([folder.path, "--out", out.path, "--quiet"])
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("a2.txt"), to: folder.appendingPathComponent("b2.txt"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a3.txt"))
    let result = try batch([folder.path, "--out", out.path])
    #expect(result.stderr.contains("6 brief files of articles not in this run moved to"))
    let briefs = try FileManager.default.contentsOfDirectory(
      atPath: out.appendingPathComponent("briefs").path
    ).sorted()
    #expect(briefs == ["a1.html", "a1.json", "a1.md", "b2.html", "b2.json", "b2.md"])
    let stale = try FileManager.default.contentsOfDirectory(
      atPath: out.appendingPathComponent("stale").path)
    #expect(Set(stale) == ["a2.html", "a2.json", "a2.md", "a3.html", "a3.json", "a3.md"])
    let merged = try BriefProcess.temporaryFolder()
    let digest = try BriefProcess.run(["digest", out.path, "--out", merged.path])
    #expect(digest.status == 0, "\(digest.stderr)")
    #expect(digest.stderr.contains("digest of 2 briefs"))
    for name in ["digest.md", "digest.json", "digest.html"] {
      #expect(try bytes(merged, name) == bytes(out, name), "\(name)")
    }
  }

  @Test func `a folder without a report is digested whole and the run fails visibly`() throws {
    let folder = try inputs([1, 2])
    let out = try BriefProcess.temporaryFolder()
    try batch([folder.path, "--out", out.path, "--quiet"])
    try FileManager.default.removeItem(at: out.appendingPathComponent("report.json"))
    let merged = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["digest", out.path, "--out", merged.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "\(out.path): no report.json: the batch that wrote it did not finish"))
    #expect(result.stderr.contains("digest of 2 briefs"))
  }

  @Test func `duplicate ids are numbered alike in every shard and merge like one run`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let seeds = try BriefProcess.seedFiles()
    for (index, name) in ["a.txt", "a.md", "A.txt", "a-2.txt", "a_2.txt"].enumerated() {
      try FileManager.default.copyItem(
        at: seeds[index], to: folder.appendingPathComponent(name))
    }
    let whole = try BriefProcess.temporaryFolder()
    try batch([folder.path, "--out", whole.path, "--quiet"])
    let report = try JSONHelpers.object(at: whole.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["A", "a+2", "a+3", "a-2", "a_2"])
    var shards: [String] = []
    for index in 1...4 {
      let shard = try BriefProcess.temporaryFolder()
      try batch([folder.path, "--out", shard.path, "--shard", "\(index)/4", "--quiet"])
      shards.append(shard.path)
    }
    let merged = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["digest"] + shards + ["--out", merged.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("duplicate"))
    #expect(try bytes(merged, "digest.json") == bytes(whole, "digest.json"))
  }

  @Test func `a folder with no articles fails and leaves the last outputs as they were`() throws {
    let folder = try inputs([1])
    let out = try BriefProcess.temporaryFolder()
    try batch([folder.path, "--out", out.path, "--quiet"])
    let before = try bytes(out, "digest.md")
    let empty = try BriefProcess.temporaryFolder()
    let result = try batch([empty.path, "--out", out.path], status: 1)
    #expect(result.stderr.contains("no articles found in \(empty.path)"))
    #expect(try bytes(out, "digest.md") == before)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
  }

  @Test func `the work area keeps only what the last run used and no temporary files`() throws {
    let folder = try inputs([1, 2])
    let out = try BriefProcess.temporaryFolder()
    try batch([folder.path, "--out", out.path, "--quiet"])
    let work = out.appendingPathComponent(".brief-work/v2/select")
    let leftover = work.appendingPathComponent(".0123.json.99999.tmp")
    try Data("{".utf8).write(to: leftover)
    let old = out.appendingPathComponent(".brief-work/v1")
    try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a2.txt"))
    try batch([folder.path, "--out", out.path, "--quiet"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).count == 1)
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    #expect(!FileManager.default.fileExists(atPath: old.path))
    let result = try batch([folder.path, "--out", out.path])
    #expect(result.stderr.contains("1 reused from an earlier run"))
  }
}

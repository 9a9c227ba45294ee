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

  @discardableResult func batch(_ arguments: [String], status: Int32 = 0) throws
    -> BriefProcess.Result
  {
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

  @Test func `a brief set aside twice keeps both earlier versions in stale`() throws {
    let folder = try inputs([1, 2])
    let out = try BriefProcess.temporaryFolder()
    let article = folder.appendingPathComponent("a2.txt")
    let aside = folder.appendingPathComponent("a2.txt.kept")
    try batch([folder.path, "--out", out.path, "--quiet"])
    let first = try bytes(out, "briefs/a2.md")
    try FileManager.default.moveItem(at: article, to: aside)
    try batch([folder.path, "--out", out.path, "--quiet"])
    // The article comes back with other text, and goes again.
    try FileManager.default.copyItem(at: try BriefProcess.seedFiles()[2], to: article)
    try FileManager.default.removeItem(at: aside)
    try batch([folder.path, "--out", out.path, "--quiet"])
    let second = try bytes(out, "briefs/a2.md")
    #expect(second != first)
    try FileManager.default.removeItem(at: article)
    let result = try batch([folder.path, "--out", out.path])
    #expect(result.stderr.contains("3 brief files of articles not in this run moved to"))
    let stale = try FileManager.default.contentsOfDirectory(
      atPath: out.appendingPathComponent("stale").path)
    #expect(
      Set(stale) == ["a2.html", "a2.json", "a2.md", "a2.2.html", "a2.2.json", "a2.2.md"])
    #expect(try bytes(out, "stale/a2.md") == first)
    #expect(try bytes(out, "stale/a2.2.md") == second)
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

/// One output folder, one run at a time: a second run refuses at once, and an unwritable
/// folder is found before anything is read.
@Suite struct OutputFolderClaimTests {
  /// Holds the lock `brief` takes on `folder` (as another run would) until `body` returns.
  func holdingLock<T>(on folder: URL, _ body: () throws -> T) throws -> T {
    let descriptor = open(
      folder.appendingPathComponent(".brief-lock").path, O_RDWR | O_CREAT, 0o644)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let pid = Array("\(getpid())\n".utf8)
    #expect(write(descriptor, pid, pid.count) == pid.count)
    return try body()
  }

  @Test func `a batch or digest into a folder another run holds refuses and changes nothing`()
    throws
  {
    let input = try BriefProcess.temporaryFolder()
    try FileManager.default.copyItem(
      at: try BriefProcess.seedFiles()[0], to: input.appendingPathComponent("a1.txt"))
    let out = try BriefProcess.temporaryFolder()
    let briefs = out.appendingPathComponent("briefs")
    try FileManager.default.createDirectory(at: briefs, withIntermediateDirectories: true)
    // The other run's brief being written, and a brief of its own set.
    let inFlight = briefs.appendingPathComponent(".x.md.\(getpid()).tmp")
    try Data("half".utf8).write(to: inFlight)
    try Data("other".utf8).write(to: briefs.appendingPathComponent("x.md"))
    let results = try holdingLock(on: out) {
      (
        try BriefProcess.run(["batch", input.path, "--out", out.path], environment: [:]),
        try BriefProcess.run(["digest", out.path, "--out", out.path], environment: [:])
      )
    }
    for result in [results.0, results.1] {
      #expect(result.status == 75)
      #expect(
        result.stderr
          == "brief: \(out.path): another brief run (pid \(getpid())) is writing to this "
          + "folder; nothing done, try again when it has finished\n")
    }
    #expect(FileManager.default.fileExists(atPath: inFlight.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: briefs.path).count == 2)
    let after = try BriefProcess.run(["batch", input.path, "--out", out.path], environment: [:])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(!FileManager.default.fileExists(atPath: inFlight.path))
  }

  @Test func `a briefs folder that cannot be written stops the run in one line, reading nothing`()
    throws
  {
    let input = try BriefProcess.temporaryFolder()
    for name in ["a.txt", "b.txt", "c.txt"] {
      // Empty: each would be reported if it were read.
      try Data().write(to: input.appendingPathComponent(name))
    }
    let out = try BriefProcess.temporaryFolder()
    // A folder no one, root included, can create a file in.
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("briefs").path, withDestinationPath: "/proc/self")
    let result = try BriefProcess.run(["batch", input.path, "--out", out.path], environment: [:])
    #expect(result.status == 74)
    #expect(result.stderr.hasPrefix("brief: \(out.path)/briefs: cannot be written ("))
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
  }

  @Test func `an output folder with no room for a file stops the run in one line, reading nothing`()
    throws
  {
    let input = try BriefProcess.temporaryFolder()
    for name in ["a.txt", "b.txt", "c.txt"] {
      try Data().write(to: input.appendingPathComponent(name))
    }
    let out = try BriefProcess.temporaryFolder()
    // A file may hold 50 KB at most (ulimit -f counts 512-byte blocks; the SIGXFSZ that would
    // kill the process is ignored, so the write fails with EFBIG): room for an empty probe
    // file, as on a full disk, not for a written one.
    let result = try BriefProcess.run(
      [
        "-c", #"trap '' XFSZ; ulimit -f 100; "$BRIEF" batch "$1" --out "$2""#, "sh", input.path,
        out.path,
      ],
      environment: ["BRIEF": try BriefProcess.executable().path], shell: true)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.hasSuffix(": cannot be written (File too large)\n"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
  }

  @Test func `files that cannot be written are named a few at a time and never claimed as written`()
    throws
  {
    let input = try BriefProcess.temporaryFolder()
    let text = "Die Regierung beriet am Montag über den Haushalt. Eine Einigung gab es nicht."
    let ids = (1...4).map { "x\($0)" }
    let feed = ids.map { #"{"id": "\#($0)", "text": "\#(text)"}"# }
    try Data(feed.joined(separator: "\n").utf8).write(to: input.appendingPathComponent("f.jsonl"))
    let out = try BriefProcess.temporaryFolder()
    // A folder where each file should go: its rename fails, as on a disk that filled up.
    var blocked = ["digest.md", "report.json"]
    for id in ids { blocked += ["md", "html", "json"].map { "briefs/\(id).\($0)" } }
    for name in blocked {
      try FileManager.default.createDirectory(
        at: out.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    let result = try BriefProcess.run(["batch", input.path, "--out", out.path], environment: [:])
    #expect(result.status == 74)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count { $0.hasSuffix("cannot be written (Is a directory)") } == 5)
    #expect(lines.contains("brief: and 9 more outputs could not be written"), "\(result.stderr)")
    #expect(lines.last == "nothing written to \(out.path)", "\(result.stderr)")
  }
}

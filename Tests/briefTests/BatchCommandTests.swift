import Foundation
import Testing

@Suite(.serialized) struct BatchCommandTests {
  /// Runs `brief batch seeds` into a new folder; expects success.
  func batchOnSeeds() throws -> (out: URL, result: BriefProcess.Result) {
    let out = try BriefProcess.temporaryFolder()
    let seeds = BriefProcess.packageRoot.appendingPathComponent("seeds").path
    let result = try BriefProcess.run(["batch", seeds, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    return (out, result)
  }

  @Test func `batch on the seeds writes five briefs, a digest and a report`() throws {
    let (out, result) = try batchOnSeeds()
    for seed in try BriefProcess.seedFiles() {
      let id = seed.deletingPathExtension().lastPathComponent
      for ext in ["md", "html", "json"] {
        let path = out.appendingPathComponent("briefs/\(id).\(ext)").path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
      }
    }
    for name in [
      "digest.md", "digest.html", "digest.json", "digest.en.md", "digest.en.html", "report.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
    }
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs_written"] as? Int == 5)
    #expect(report["failed"] as? Int == 0)
    #expect(result.stderr.contains("5 of 5 articles"))
  }

  @Test func `seed events dated by their files alone say so; the one with a date line does not`()
    throws
  {
    let (out, _) = try batchOnSeeds()
    let digest = try JSONHelpers.object(at: out.appendingPathComponent("digest.json"))
    let stories = try #require(digest["stories"] as? [[String: Any]])
    let events = stories.flatMap { $0["events"] as? [[String: Any]] ?? [] }
    #expect(events.count >= 4)
    for event in events {
      let sources = try #require(event["sources"] as? [String])
      // 002 has a date line ("date 2025-02"); the others have no date of their own.
      let dated = sources.contains { $0.hasPrefix("002_") }
      #expect(event["date_from_file"] as? Bool == !dated, "\(sources)")
    }
    let markdown = try String(contentsOf: out.appendingPathComponent("digest.md"), encoding: .utf8)
    #expect(markdown.contains("### 2025-02 · 002_caddd746febfda94\n"))
    #expect(markdown.components(separatedBy: " (file date) · ").count == events.count)
  }

  @Test func `seed briefs hold only real, distinct sentences of their article`() throws {
    let (out, _) = try batchOnSeeds()
    for seed in try BriefProcess.seedFiles() {
      let id = seed.deletingPathExtension().lastPathComponent
      let brief = try JSONHelpers.object(
        at: out.appendingPathComponent("briefs/\(id).json"))
      let sentences = try #require(brief["sentences"] as? [String])
      let items = try #require(brief["items"] as? [[String: Any]])
      #expect(sentences.count == 3, "\(id): \(sentences)")
      #expect(items.allSatisfy { $0["kind"] as? String == "sentence" }, "\(id)")
      let article = JSONHelpers.plain(try String(contentsOf: seed, encoding: .utf8))
      for sentence in sentences {
        #expect(article.contains(sentence), "\(id): not verbatim: \(sentence)")
        #expect(!sentence.contains("**"))
      }
      for (i, a) in sentences.enumerated() {
        for b in sentences[(i + 1)...] {
          let wa = JSONHelpers.words(a)
          let wb = JSONHelpers.words(b)
          let shared = Double(wa.intersection(wb).count)
          let cosine = shared / (Double(wa.count) * Double(wb.count)).squareRoot()
          #expect(cosine < 0.5, "\(id): near-duplicates:\n\(a)\n\(b)")
        }
      }
    }
  }

  @Test func `a batch goes on past bad inputs and names each one`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let out = try BriefProcess.temporaryFolder()
    let seed = try String(contentsOf: try BriefProcess.seedFiles()[1], encoding: .utf8)
    try Data(seed.utf8).write(to: folder.appendingPathComponent("good.txt"))
    let latin1 = "Die Straße nach Köln ist gesperrt. Das sagte die Polizei am Montag."
    try #require(latin1.data(using: .isoLatin1)).write(
      to: folder.appendingPathComponent("latin1.txt"))
    var utf16 = Data([0xFF, 0xFE])
    utf16.append(try #require(seed.data(using: .utf16LittleEndian)))
    try utf16.write(to: folder.appendingPathComponent("utf16.txt"))
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]).write(
      to: folder.appendingPathComponent("binary.txt"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data(" \n\n \t\n".utf8).write(to: folder.appendingPathComponent("blank.md"))
    let html = """
      <html><head><title>Gipfel</title><style>p{color:red}</style></head><body>
      <h1>Gipfel in Riad</h1><p>Die Delegationen trafen sich am Dienstag in Riad.</p>
      <script>var x = "<p>nicht</p>";</script><p>Die Gespr&auml;che dauerten vier Stunden.</p>
      </body></html>
      """
    try Data(html.utf8).write(to: folder.appendingPathComponent("page.html"))
    let paragraph =
      "Die Regierung beriet am Montag über den Haushalt. Eine Einigung gab es nicht.\n\n"
    let big = String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count + 1)
    try Data(big.utf8).write(to: folder.appendingPathComponent("big.txt"))

    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1, "\(result.stderr)")
    let errorLines = result.stderr.split(separator: "\n").map(String.init)
    #expect(errorLines.contains { $0.contains("binary.txt") && $0.contains("binary") })
    #expect(errorLines.contains { $0.contains("empty.txt") && $0.contains("empty") })
    #expect(errorLines.contains { $0.contains("blank.md") && $0.contains("empty") })
    #expect(errorLines.contains { $0.contains("latin1.txt") && $0.contains("Windows-1252") })
    #expect(errorLines.contains { $0.contains("big.txt") && $0.contains("briefed from its first") })
    for id in ["good", "latin1", "utf16", "page", "big"] {
      let path = out.appendingPathComponent("briefs/\(id).json").path
      #expect(FileManager.default.fileExists(atPath: path), "missing brief for \(id)")
    }
    let latin = try JSONHelpers.object(at: out.appendingPathComponent("briefs/latin1.json"))
    #expect((latin["sentences"] as? [String])?.first?.contains("Straße") == true)
    let page = try JSONHelpers.object(at: out.appendingPathComponent("briefs/page.json"))
    let pageSentences = try #require(page["sentences"] as? [String])
    #expect(pageSentences.contains("Die Gespräche dauerten vier Stunden."))
    #expect(!pageSentences.joined().contains("nicht"))
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["failed"] as? Int == 3)
    #expect(report["briefs_written"] as? Int == 5)
  }

  @Test func `ids from a feed are made safe and unique inside the output folder`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let out = try BriefProcess.temporaryFolder()
    let text = "Die Regierung beriet am Montag über den Haushalt. Eine Einigung gab es nicht."
    let lines = [
      #"{"id": "../../escape", "text": "\#(text)"}"#,
      #"{"id": "same", "text": "\#(text)"}"#,
      #"{"id": "same", "text": "\#(text)"}"#,
      #"{"id": "broken", "text": "#,
    ]
    try Data(lines.joined(separator: "\n").utf8).write(
      to: folder.appendingPathComponent("feed.jsonl"))
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("feed.jsonl:4"))
    let briefs = try FileManager.default.contentsOfDirectory(
      atPath: out.appendingPathComponent("briefs").path
    ).sorted()
    #expect(briefs.contains("escape.json"))
    #expect(briefs.contains("same.json"))
    #expect(briefs.contains("same+2.json"))
    let parent = out.deletingLastPathComponent()
    #expect(
      !FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.json").path))
  }

  @Test func `a missing input is named and the others are still briefed`() throws {
    let out = try BriefProcess.temporaryFolder()
    let seed = try BriefProcess.seedFiles()[0].path
    let result = try BriefProcess.run(["batch", seed, "/no/such/file.txt", "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/no/such/file.txt: no such file"))
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs_written"] as? Int == 1)
  }

  /// A new folder holding the first seed as `good.txt`, and a new output folder.
  func folderWithOneSeed() throws -> (folder: URL, out: URL) {
    let folder = try BriefProcess.temporaryFolder()
    try FileManager.default.copyItem(
      at: try BriefProcess.seedFiles()[0], to: folder.appendingPathComponent("good.txt"))
    return (folder, try BriefProcess.temporaryFolder())
  }

  /// The files in `out/briefs`, sorted.
  func briefFiles(_ out: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("briefs").path)
      .sorted()
  }

  @Test func `link loops and broken links are named and the rest is briefed`() throws {
    let (folder, out) = try folderWithOneSeed()
    let inner = folder.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: inner.appendingPathComponent("loop").path, withDestinationPath: folder.path)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("gone.txt").path,
      withDestinationPath: folder.appendingPathComponent("missing.txt").path)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("loop: symbolic link loop"))
    #expect(result.stderr.contains("gone.txt: broken symbolic link"))
    #expect(try briefFiles(out) == ["good.html", "good.json", "good.md"])
  }

  @Test(.timeLimit(.minutes(1)))
  func `a named pipe in a folder is named and skipped, not waited on forever`() throws {
    let (folder, out) = try folderWithOneSeed()
    #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("pipe.txt: not a regular file (a pipe, socket or device)"))
    #expect(result.stderr.contains("1 of 1 article briefed from 1 file; 1 input could not be used"))
    #expect(try briefFiles(out) == ["good.html", "good.json", "good.md"])
  }

  @Test func `an output folder inside an input folder is never read back as articles`() throws {
    let (folder, _) = try folderWithOneSeed()
    let out = folder.appendingPathComponent("briefs-out")
    for run in 1...2 {
      let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
      #expect(result.status == 0, "run \(run): \(result.stderr)")
      #expect(result.stderr.contains("1 of 1 article briefed from 1 file"), "run \(run)")
    }
    #expect(try briefFiles(out) == ["good.html", "good.json", "good.md"])
  }

  @Test func `an output path that is a file fails at once with one line, reading nothing`() throws {
    let (folder, _) = try folderWithOneSeed()
    let file = folder.appendingPathComponent("taken")
    try Data("x".utf8).write(to: file)
    let result = try BriefProcess.run(["batch", folder.path, "--out", file.path])
    #expect(result.status == 74)
    #expect(result.stderr == "brief: \(file.path): not a folder\n")
  }

  @Test func `the progress count includes inputs that fail, so it reaches its total`() throws {
    let (folder, out) = try folderWithOneSeed()
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    let result = try BriefProcess.run(
      ["batch", folder.path, "--out", out.path, "--progress", "always"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("brief: briefed: 2/2 articles"), "\(result.stderr)")
    #expect(result.stderr.contains(", 1 failed\n"), "\(result.stderr)")
  }

  @Test func `progress lines and the closing summary table go to standard error`() throws {
    let out = try BriefProcess.temporaryFolder()
    let seeds = BriefProcess.packageRoot.appendingPathComponent("seeds").path
    let result = try BriefProcess.run(["batch", seeds, "--out", out.path, "--progress", "always"])
    #expect(result.status == 0)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    // No translator: the last progress step is "briefed", not "translating".
    #expect(lines.contains { $0.hasPrefix("brief: briefed: 5/5 articles") })
    #expect(!lines.contains { $0.contains("translating") })
    #expect(lines.contains { $0.hasPrefix("brief: 5 of 5 articles briefed from 5 files") })
    for stage in ["ingest", "select", "translate", "render", "write", "digest"] {
      #expect(lines.contains { $0.hasPrefix("  \(stage) ") }, "no row for \(stage)")
    }
    let quiet = try BriefProcess.run(["batch", seeds, "--out", out.path, "--quiet"])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty)
    // Quiet keeps warnings: a Windows-1252 file says how it was read, and nothing else.
    let latin = try BriefProcess.temporaryFolder()
    try Data("Der Bürgermeister kam. Er ging früh.".utf8).write(
      to: latin.appendingPathComponent("a.txt"))
    try Data([
      0x44, 0x65, 0x72, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x6B, 0x61, 0x6D, 0x2E,
    ])
    .write(to: latin.appendingPathComponent("b.txt"))
    let warned = try BriefProcess.run(
      ["batch", latin.path, "--out", latin.appendingPathComponent("out").path, "--quiet"])
    #expect(warned.status == 0, "\(warned.stderr)")
    #expect(warned.stderr.split(separator: "\n").count == 1, "\(warned.stderr)")
    #expect(warned.stderr.contains("b.txt") && warned.stderr.contains("warning"))
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    let seconds = try #require(report["seconds"] as? [String: Any])
    #expect(Set(seconds.keys).isSuperset(of: ["ingest", "select", "render", "write", "total"]))
  }
}

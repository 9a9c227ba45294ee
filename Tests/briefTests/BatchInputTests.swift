import Dispatch
import Foundation
import Testing

/// How `brief batch` finds and opens its inputs: pipes, devices, links, odd names, encodings.
@Suite(.serialized) struct BatchInputTests {
  /// The text of the second seed article.
  func seed() throws -> String {
    try String(contentsOf: try BriefProcess.seedFiles()[1], encoding: .utf8)
  }

  /// Two sentences of article text.
  static let text = "Die Regierung beriet am Montag über den Haushalt. Eine Einigung gab es nicht."

  /// Runs `brief batch` on a folder holding `feed.jsonl` of `lines`.
  func batch(feed lines: [String]) throws -> (out: URL, result: BriefProcess.Result) {
    let folder = try BriefProcess.temporaryFolder()
    try Data(lines.joined(separator: "\n").utf8).write(
      to: folder.appendingPathComponent("feed.jsonl"))
    let out = try BriefProcess.temporaryFolder()
    return (out, try BriefProcess.run(["batch", folder.path, "--out", out.path]))
  }

  /// Runs `script` with `/bin/sh -c`, `$BRIEF` naming the built executable.
  func shell(_ script: String, in folder: URL) throws -> BriefProcess.Result {
    try BriefProcess.run(
      ["-c", script], in: folder,
      environment: ["BRIEF": try BriefProcess.executable().path], shell: true)
  }

  @Test(.timeLimit(.minutes(1)))
  func `a named pipe on the command line is opened once and read`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let pipe = folder.appendingPathComponent("feed.jsonl")
    #expect(mkfifo(pipe.path, 0o644) == 0)
    let text = Self.text
    let lines = (1...3).map { #"{"id": "a\#($0)", "text": "\#(text)"}"# + "\n" }.joined()
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      // Blocks until brief opens the pipe; a second open would then wait for good.
      try? Data(lines.utf8).write(to: pipe)
      written.signal()
    }
    let out = folder.appendingPathComponent("out")
    let result = try BriefProcess.run(
      ["batch", pipe.path, "--out", out.path], timeout: .seconds(30))
    written.wait()
    #expect(result.status == 0, "\(result.stderr)")
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["a1", "a2", "a3"])
  }

  @Test func `standard input named as /dev/stdin or a process substitution is read`() throws {
    let folder = try BriefProcess.temporaryFolder()
    try Data(try seed().utf8).write(to: folder.appendingPathComponent("seed.txt"))
    let result = try shell(
      #"cat seed.txt | "$BRIEF" batch /dev/stdin --out out && cat seed.txt > p.md && "#
        + #"mkfifo q && (cat seed.txt > q &) && "$BRIEF" batch q --out out2"#, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    for out in ["out", "out2"] {
      let report = try JSONHelpers.object(
        at: folder.appendingPathComponent("\(out)/report.json"))
      #expect(report["briefs_written"] as? Int == 1, "\(out)")
    }
  }

  @Test(arguments: [
    #"bash -c '"$BRIEF" batch <(cat feed.jsonl) --out out'"#,
    #"cat feed.jsonl | "$BRIEF" batch /dev/stdin --out out"#,
    #"cat feed.jsonl | "$BRIEF" batch - --out out"#,
    #"cp feed.jsonl feed && "$BRIEF" batch feed --out out"#,
  ])
  func `a JSON-lines feed whose name says nothing is read line by line`(script: String) throws {
    let folder = try BriefProcess.temporaryFolder()
    let text = Self.text
    let lines = (1...3).map { #"{"id": "a\#($0)", "text": "\#(text)"}"# + "\n" }.joined()
    try Data(("\n" + lines).utf8).write(to: folder.appendingPathComponent("feed.jsonl"))
    let result = try shell(script, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try JSONHelpers.object(at: folder.appendingPathComponent("out/report.json"))
    #expect(report["briefs"] as? [String] == ["a1", "a2", "a3"])
  }

  @Test func `an article on standard input is read when named -`() throws {
    let folder = try BriefProcess.temporaryFolder()
    try Data(try seed().utf8).write(to: folder.appendingPathComponent("seed.txt"))
    let result = try shell(#"cat seed.txt | "$BRIEF" batch - --out out"#, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try JSONHelpers.object(at: folder.appendingPathComponent("out/report.json"))
    #expect(report["briefs"] as? [String] == ["stdin"])
  }

  @Test(.timeLimit(.minutes(1)))
  func `an endless stream is read only to the file limit`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let result = try shell(
      #"yes 'Die Regierung beriet am Montag über den Haushalt.' | "#
        + #""$BRIEF" batch /dev/stdin --out out"#, in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "warning: /dev/stdin: not a regular file and longer than 8192 KiB: read only that far"))
    #expect(result.stderr.contains("warning: /dev/stdin: text of 8191 KiB briefed from its first"))
  }

  @Test func `a link to a sibling folder is read once, not reported as a loop`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let real = folder.appendingPathComponent("z")
    try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
    try Data(try seed().utf8).write(to: real.appendingPathComponent("a.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("alink").path, withDestinationPath: "z")
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("loop"))
    #expect(result.stderr.contains("1 of 1 article briefed from 1 file"))
  }

  @Test func `files linked to each other in a circle are a loop, not a broken link`() throws {
    let folder = try BriefProcess.temporaryFolder()
    try Data(try seed().utf8).write(to: folder.appendingPathComponent("ok.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("loopa.txt").path, withDestinationPath: "loopb.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("loopb.txt").path, withDestinationPath: "loopa.txt")
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("loopa.txt: symbolic link loop"))
    #expect(result.stderr.contains("loopb.txt: symbolic link loop"))
    #expect(!result.stderr.contains("broken"))
  }

  @Test func `a file name that is not UTF-8 is opened and printed escaped`() throws {
    let folder = try BriefProcess.temporaryFolder()
    try Data(try seed().utf8).write(to: folder.appendingPathComponent("seed"))
    // Latin-1 names: `good\xE9.txt` holds the seed, `bad\xE9.txt` nothing.
    let result = try shell(
      #"mkdir in && cp seed "in/$(printf 'good\351.txt')" && : > "in/$(printf 'bad\351.txt')" "#
        + #"&& "$BRIEF" batch in --out out"#, in: folder)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("bad\\xE9.txt: empty file"), "\(result.stderr)")
    #expect(!result.stderr.contains("no such file"))
    #expect(result.stderr.contains("1 of 1 article briefed from 2 files"))
    let report = try JSONHelpers.object(at: folder.appendingPathComponent("out/report.json"))
    let renamed = try #require((report["renamed_ids"] as? [[String: Any]])?.first)
    #expect(renamed["source"] as? String == "in/good\\xE9.txt")
    #expect(
      (renamed["message"] as? String)?.hasPrefix(#"id made safe for a file name: "good\xE9" -> "#)
        == true, "\(renamed)")
  }

  @Test func `control characters in file names are escaped in every message`() throws {
    let folder = try BriefProcess.temporaryFolder()
    for name in ["a\nb.txt", "e\u{1B}[31mred.txt", "t\tab.jsonl"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\t"))
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.contains { $0.hasSuffix("a\\nb.txt: empty file") })
    #expect(lines.contains { $0.hasSuffix("e\\x1B[31mred.txt: empty file") })
    #expect(lines.contains { $0.hasSuffix("t\\tab.jsonl: empty file") })
  }

  @Test func `an unreadable file gives the same reason whatever its format`() throws {
    // Root reads every file: the permission check cannot be seen.
    guard getuid() != 0 else { return }
    let folder = try BriefProcess.temporaryFolder()
    for name in ["a.txt", "b.jsonl"] {
      let url = folder.appendingPathComponent(name)
      try Data(try seed().utf8).write(to: url)
      #expect(chmod(url.path, 0) == 0)
    }
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.stderr.contains("a.txt: permission denied"))
    #expect(result.stderr.contains("b.jsonl: permission denied"))
  }

  @Test func `a UTF-16 feed is decoded before it is split into lines`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let text = Self.text
    let lines = (1...3).map { #"{"id": "u\#($0)", "text": "\#(text)"}"# + "\n" }.joined()
    for (name, bom, encoding) in [
      ("le.jsonl", [UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian),
      ("be.jsonl", [0xFE, 0xFF], .utf16BigEndian),
    ] {
      var data = Data(bom)
      data.append(try #require(lines.data(using: encoding)))
      try data.write(to: folder.appendingPathComponent(name))
    }
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["u1", "u1+2", "u2", "u2+2", "u3", "u3+2"])
  }

  @Test func `a JSONL line that is not UTF-8 is read as Windows-1252 with a warning`() throws {
    let line =
      #"{"id": "w", "text": "Die Straße nach Köln ist gesperrt. "#
      + #"Das sagte die Polizei."}"#
    let folder = try BriefProcess.temporaryFolder()
    try #require(line.data(using: .windowsCP1252)).write(
      to: folder.appendingPathComponent("feed.jsonl"))
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("/feed.jsonl:1: invalid UTF-8, decoded as Windows-1252"))
    let brief = try JSONHelpers.object(at: out.appendingPathComponent("briefs/w.json"))
    #expect((brief["sentences"] as? [String])?.first?.contains("Straße nach Köln") == true)
  }

  @Test func `a JSONL line over the line limit is named and skipped in bounded memory`() throws {
    let text = Self.text
    let long = String(repeating: text + "\\n\\n", count: (17 << 20) / (text.utf8.count + 4))
    let (out, result) = try batch(feed: [
      #"{"id": "long", "text": "\#(long)"}"#, #"{"id": "short", "text": "\#(text)"}"#,
    ])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "feed.jsonl:1: line of 1782"))
    #expect(result.stderr.contains("bytes is longer than the 16 MiB a line may have; skipped"))
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["short"])
  }

  @Test func `JSONL control characters are removed like a file's and dates are read or warned`()
    throws
  {
    let text = Self.text
    let (out, result) = try batch(feed: [
      #"{"id": "c", "title": "T\u001b]0;pwned\u0007itel", "text": "\u001b[31m\#(text)\u0008"}"#,
      #"{"id": "b", "date": "20250214", "text": "\#(text)"}"#,
      #"{"id": "w", "date": "2025-W07", "text": "\#(text)"}"#,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        #"/feed.jsonl:3: "date" "2025-W07" is not an ISO 8601 calendar date"#))
    let controls = try String(
      contentsOf: out.appendingPathComponent("briefs/c.json"), encoding: .utf8)
    #expect(!controls.contains("\\u001b") && !controls.contains("\\u0007"))
    let digest = try String(contentsOf: out.appendingPathComponent("digest.md"), encoding: .utf8)
    #expect(!digest.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let basic = try JSONHelpers.object(at: out.appendingPathComponent("briefs/b.json"))
    #expect(basic["date"] as? String == "2025-02-14")
    let week = try JSONHelpers.object(at: out.appendingPathComponent("briefs/w.json"))
    #expect(week["id"] as? String == "w")
  }

  @Test func `earlier nights' output folders inside the input folder are skipped with a notice`()
    throws
  {
    let data = try BriefProcess.temporaryFolder()
    for (index, seed) in try BriefProcess.seedFiles().prefix(2).enumerated() {
      try FileManager.default.copyItem(at: seed, to: data.appendingPathComponent("a\(index).txt"))
    }
    let first = data.appendingPathComponent("out-2025-02-14")
    let second = data.appendingPathComponent("out-2025-02-15")
    let week = data.appendingPathComponent("week")
    for out in [first, second] {
      let result = try BriefProcess.run(["batch", data.path, "--out", out.path], environment: [:])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("2 of 2 articles briefed from 2 files"), "\(result.stderr)")
    }
    let digest = try BriefProcess.run(
      ["digest", second.path, "--out", week.path, "--quiet"], environment: [:])
    #expect(digest.status == 0, "\(digest.stderr)")
    // A digest folder written by a Brief from before the lock file is known by its digest.json.
    try FileManager.default.removeItem(at: week.appendingPathComponent(".brief-lock"))
    let third = data.appendingPathComponent("out-2025-02-16")
    let result = try BriefProcess.run(["batch", data.path, "--out", third.path], environment: [:])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("2 of 2 articles briefed from 2 files"), "\(result.stderr)")
    for (folder, mark) in [
      (first, "holds .brief-work"), (second, "holds .brief-work"),
      (week, "holds Brief's digest.json"),
    ] {
      #expect(
        result.stderr.contains("brief: \(folder.path): a Brief output folder (\(mark)); not read\n")
      )
    }
    let report = try JSONHelpers.object(at: third.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["a0", "a1"])
    #expect(report["skipped_output_folders"] as? [String] == [first, second, week].map(\.path))
  }

  @Test func `a hard link to an article is read once, with a warning naming both names`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let first = folder.appendingPathComponent("a.txt")
    try Data(try seed().utf8).write(to: first)
    let second = folder.appendingPathComponent("b.txt")
    #expect(link(first.path, second.path) == 0)
    let out = try BriefProcess.temporaryFolder()
    let result = try BriefProcess.run(["batch", folder.path, "--out", out.path], environment: [:])
    #expect(result.status == 0, "\(result.stderr)")
    let warning =
      "\(second.path): the same file as \(first.path) (a hard link); read once, as \(first.path)"
    #expect(result.stderr.contains("brief: warning: \(warning)\n"), "\(result.stderr)")
    let report = try JSONHelpers.object(at: out.appendingPathComponent("report.json"))
    #expect(report["briefs"] as? [String] == ["a"])
    let warnings = try #require(report["warnings"] as? [[String: String]])
    #expect(warnings.contains { $0["source"] == second.path })
  }
}

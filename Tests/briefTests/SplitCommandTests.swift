import Foundation
import Testing

struct SplitCommandTests {
  @Test(arguments: try BriefProcess.seedFiles())
  func `split keeps every non-whitespace character of a seed, in order`(seed: URL) throws {
    let result = try BriefProcess.run(["split", seed.path])
    #expect(result.status == 0, "\(result.stderr)")
    let input = try String(contentsOf: seed, encoding: .utf8).filter { !$0.isWhitespace }
    let output = result.stdout.filter { !$0.isWhitespace }
    #expect(input == output)
  }

  @Test func `an endless device or a huge HTML file is refused past 64 MiB, in one line`() throws {
    // Neither streams (a device; HTML): it would be read whole, without end for /dev/zero.
    let zero = try BriefProcess.run(["split", "/dev/zero"], timeout: .seconds(120))
    #expect(zero.status == 1)
    #expect(
      zero.stderr == "brief: /dev/zero: is larger than 64 MiB; only a plain UTF-8 text file "
        + "is split whatever its size\n")
    #expect(zero.stdout.isEmpty)
    let folder = try BriefProcess.temporaryFolder()
    let html = folder.appendingPathComponent("big.html")
    var page = Data("<html><body>".utf8)
    let paragraph = Data("<p>Ein Satz über die Stadt. Noch ein Satz.</p>\n".utf8)
    while page.count <= 64 << 20 { page.append(paragraph) }
    try page.write(to: html)
    let big = try BriefProcess.run(["split", html.path], timeout: .seconds(120))
    #expect(big.status == 1)
    #expect(big.stderr.contains("big.html: is larger than 64 MiB"))
  }

  @Test func `a JSON-lines feed is split per article, one JSON line each, bad lines reported`()
    throws
  {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let feed = folder.appendingPathComponent("feed.jsonl")
    let lines = [
      #"{"id": "a", "text": "Der Rat tagte.Er beschloss nichts.\n\nLesen Sie auch"}"#,
      #"{"text": "Ohne Kennung."}"#,
      "",
      #"{"id": 7, "text": "Die Renten\u00adreform kam. Dann ging er.", "lang": "de"}"#,
      "kein JSON",
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: feed)
    let result = try BriefProcess.run(["split", "--kinds", feed.path])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        {"id":"a","segments":["Der Rat tagte.","Er beschloss nichts.","Lesen Sie auch"],\
        "kinds":["sentence","sentence","boilerplate"]}
        {"id":"7","segments":["Die Renten\u{00AD}reform kam.","Dann ging er."],\
        "kinds":["sentence","sentence"]}

        """)
    #expect(
      result.stderr
        == "brief: \(feed.path):2: missing \"id\"\nbrief: \(feed.path):5: invalid JSON\n")
    // The same feed on standard input with --jsonl; without --kinds no "kinds".
    let piped = try BriefProcess.run(["split", "--jsonl"], stdin: Data(lines[0].utf8))
    #expect(piped.status == 0)
    #expect(
      piped.stdout
        == #"{"id":"a","segments":["Der Rat tagte.","Er beschloss nichts.","Lesen Sie auch"]}"#
        + "\n")
  }

  @Test func `split with kinds prefixes each line with its kind`() throws {
    let seed = try BriefProcess.seedFiles()[3]
    let result = try BriefProcess.run(["split", "--kinds", seed.path])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(
      lines.allSatisfy {
        $0.hasPrefix("sentence\t") || $0.hasPrefix("heading\t") || $0.hasPrefix("boilerplate\t")
      })
    #expect(lines.contains("boilerplate\t00:00"))
    #expect(lines.contains { $0.hasPrefix("heading\tTreffen kommende Woche geplant") })
  }

  @Test func `a sentence wrapped across a blank line is printed on one line`() throws {
    let text = "Das Treffen soll im Rahmen eines Meetings der\n\n  Vereinigung stattfinden.  \n"
    let result = try BriefProcess.run(["split"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    #expect(
      result.stdout == "Das Treffen soll im Rahmen eines Meetings der Vereinigung stattfinden.\n")
  }

  @Test func `a metadata block is printed as boilerplate, a line each, in both split paths`()
    throws
  {
    let text =
      "---\ntitle: Rubio trifft Lawrow\nurl: https://example.org/a\n---\n"
      + "Rubio traf Lawrow. Sie sprachen lange.\n"
    let folder = try BriefProcess.temporaryFolder()
    let file = folder.appendingPathComponent("header.md")
    try Data(text.utf8).write(to: file)
    let expected = """
      boilerplate\t---
      boilerplate\ttitle: Rubio trifft Lawrow
      boilerplate\turl: https://example.org/a
      boilerplate\t---
      sentence\tRubio traf Lawrow.
      sentence\tSie sprachen lange.

      """
    let streamed = try BriefProcess.run(["split", "--kinds", file.path])
    let whole = try BriefProcess.run(["split", "--kinds"], stdin: Data(text.utf8))
    #expect(streamed.status == 0 && whole.status == 0)
    #expect(streamed.stdout == expected)
    #expect(whole.stdout == expected)
  }

  @Test func `split keeps soft hyphens and decomposed umlauts as they are`() throws {
    let text = "Die Renten\u{00AD}reform in der Bu\u{0308}rgerstraße kam.\u{00A0}Dann ging er."
    let result = try BriefProcess.run(["split"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let expected = text.unicodeScalars.filter { !$0.properties.isWhitespace }
    let printed = result.stdout.unicodeScalars.filter { !$0.properties.isWhitespace }
    #expect(Array(printed) == Array(expected))
    #expect(result.stdout.split(separator: "\n").count == 2)
  }
}

/// The streaming path (plain UTF-8 files) prints what the whole-text path (standard input
/// from a pipe) prints.
struct SplitStreamingTests {
  @Test func `a large file split in a stream equals the same text split whole`() throws {
    var text = "\u{FEFF}Politik\r\n\r\n"
    for index in 0..<12_000 {
      text += "Der Minister sprach am \(index % 28 + 1). Mai.\u{00A0}Er kam \(index) Mal "
      text += index % 3 == 0 ? "z. B. heute.\r\n\r\n" : "nach Wien.\u{2028}Das war's.\n\n"
    }
    let folder = try BriefProcess.temporaryFolder()
    let file = folder.appendingPathComponent("large.txt")
    try Data(text.utf8).write(to: file)
    for extra in [[], ["--kinds"]] {
      let streamed = try BriefProcess.run(["split", "--lang", "de"] + extra + [file.path])
      let whole = try BriefProcess.run(
        ["split", "--lang", "de"] + extra, stdin: Data(text.utf8))
      #expect(streamed.status == 0 && whole.status == 0)
      let same = streamed.stdout == whole.stdout
      #expect(same)
      #expect(streamed.stdout.split(separator: "\n").count > 20_000)
    }
  }

  @Test func `a Windows-1252 file still takes the whole-file path with its warning`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let file = folder.appendingPathComponent("latin.txt")
    try Data([0x47, 0x72, 0xF6, 0xDF, 0x65, 0x2E, 0x20, 0x44, 0x61, 0x2E]).write(to: file)
    let result = try BriefProcess.run(["split", "--lang", "de", file.path])
    #expect(result.status == 0)
    #expect(result.stdout == "Größe.\nDa.\n")
    #expect(result.stderr.contains("1252"))
  }
}

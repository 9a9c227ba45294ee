import Foundation
import Testing

struct SummarizeCommandTests {
  let article = """
    Gipfel in Riad

    Die Außenminister der USA und Russlands haben sich am Dienstag in Riad getroffen. \
    Die Gespräche dauerten mehr als vier Stunden. Beide Seiten sprachen von einem \
    konstruktiven Treffen. Ein weiteres Treffen soll in den kommenden Wochen folgen.
    """

  @Test func `summarize reads standard input and prints a markdown brief`() throws {
    let result = try BriefProcess.run(["summarize"], stdin: Data(article.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Gipfel in Riad"))
    #expect(result.stdout.contains("Die Außenminister der USA und Russlands"))
    #expect(result.stdout.contains("not translated"))
  }

  @Test func `--version prints the version and the libcurl it runs with`() throws {
    let result = try BriefProcess.run(["--version"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("brief 0."))
    #expect(result.stdout.contains("(libcurl 8.") || result.stdout.contains("(libcurl 7."))
  }

  @Test func `sentences-only prints k selected sentences one per line`() throws {
    let result = try BriefProcess.run(
      ["summarize", "--sentences-only", "--k", "2"], stdin: Data(article.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { article.contains($0) })
  }

  @Test func `the JSON brief has id, sentences and null translations`() throws {
    let seed = try BriefProcess.seedFiles()[3]
    let result = try BriefProcess.run(["summarize", seed.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let brief = try JSONHelpers.object(result.stdout)
    #expect(brief["id"] as? String == seed.deletingPathExtension().lastPathComponent)
    let sentences = try #require(brief["sentences"] as? [String])
    let translations = try #require(brief["translations"] as? [Any])
    #expect(sentences.count == 3)
    #expect(translations.count == 3)
    #expect(translations.allSatisfy { $0 is NSNull })
  }

  @Test func `the same input gives the same bytes`() throws {
    let seed = try BriefProcess.seedFiles()[2].path
    for format in ["md", "html", "json", "text"] {
      let first = try BriefProcess.run(["summarize", seed, "--format", format])
      let second = try BriefProcess.run(["summarize", seed, "--format", format])
      #expect(first.status == 0)
      #expect(first.stdout == second.stdout, "\(format) differs")
    }
  }

  @Test func `JSON lines are briefed one per line and a bad line is named`() throws {
    let lines = [
      #"{"id": "a", "text": "Die Regierung beriet am Montag. Eine Einigung gab es nicht."}"#,
      #"{"id": "b", "text": 5}"#,
      "not json",
      #"{"id": 7, "text": "Der Rat tagte am Dienstag. Er vertagte sich.", "k": 1}"#,
    ]
    let result = try BriefProcess.run(
      ["summarize", "--jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(result.status == 1)
    let outputs = try result.stdout.split(separator: "\n").map {
      try JSONHelpers.object(String($0))
    }
    #expect(outputs.map { $0["id"] as? String } == ["a", "7"])
    #expect((outputs.last?["sentences"] as? [String])?.count == 1)
    #expect(
      result.stderr.split(separator: "\n").prefix(2) == [
        #"brief: stdin:2: "text" must be a string"#, "brief: stdin:3: invalid JSON",
      ])
  }

  @Test func `a .jsonl file is read as JSON lines without --jsonl`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let feed = folder.appendingPathComponent("feed.jsonl")
    let lines = [
      #"{"id": "a", "text": "Die Regierung beriet am Montag. Eine Einigung gab es nicht."}"#,
      "not json",
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: feed)
    let result = try BriefProcess.run(["summarize", feed.path])
    #expect(result.status == 1)
    let outputs = try result.stdout.split(separator: "\n").map {
      try JSONHelpers.object(String($0))
    }
    #expect(outputs.map { $0["id"] as? String } == ["a"])
    #expect(result.stderr.hasPrefix("brief: \(feed.path):2: invalid JSON\n"))
  }

  @Test func `JSON lines on standard input are briefed line by line without --jsonl`() throws {
    let lines = (1...3).map {
      #"{"id": "a\#($0)", "text": "Der Rat tagte am Montag. Er beschloss nichts."}"#
    }
    let result = try BriefProcess.run(
      ["summarize"], stdin: Data(("\n" + lines.joined(separator: "\n")).utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let ids = try result.stdout.split(separator: "\n").map {
      try JSONHelpers.object(String($0))["id"] as? String
    }
    #expect(ids == ["a1", "a2", "a3"])
    let html = try BriefProcess.run(
      ["summarize", "--format", "html"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(html.status == 64)
    #expect(html.stderr.contains("stdin: holds JSON lines"))
    #expect(html.stdout.isEmpty)
  }

  @Test func `a JSON object without text on standard input is one article`() throws {
    let result = try BriefProcess.run(
      ["summarize", "--format", "text"],
      stdin: Data(#"{"note": "Der Rat tagte am Montag."}"#.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Der Rat tagte am Montag."))
  }

  @Test(arguments: [
    (#""$BRIEF" summarize --jsonl < ."#, "stdin: cannot be read (Is a directory)"),
    (#""$BRIEF" summarize --jsonl <&-"#, "stdin: cannot be read (Bad file descriptor)"),
    (#""$BRIEF" summarize < ."#, "stdin: cannot be read (Is a directory)"),
  ])
  func `standard input that cannot be read is reported, with or without --jsonl`(
    script: String, message: String
  ) throws {
    let result = try BriefProcess.run(
      ["-c", script], environment: ["BRIEF": try BriefProcess.executable().path], shell: true)
    #expect(result.status == 1)
    #expect(result.stderr == "brief: \(message)\n")
  }

  @Test func `a JSON line's bad date is reported as a warning naming the line`() throws {
    let lines = [
      #"{"id": "a", "text": "Der Rat tagte am Montag. Er beschloss nichts."}"#,
      #"{"id": "b", "text": "Der Rat tagte am Montag. Er beschloss nichts.", "date": "15.02.2025"}"#,
    ]
    let result = try BriefProcess.run(
      ["summarize", "--jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == 2)
    #expect(
      result.stderr.hasPrefix(#"brief: warning: stdin:2: "date" "15.02.2025" is not an ISO 8601"#))
  }

  @Test func `a binary file is refused with one line naming it`() throws {
    let folder = try BriefProcess.temporaryFolder()
    let file = folder.appendingPathComponent("photo.txt")
    try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).write(to: file)
    let result = try BriefProcess.run(["summarize", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("photo.txt") == true)
  }

  @Test func `a usage error exits with status 64`() throws {
    let result = try BriefProcess.run(["summarize", "--k", "0"], stdin: Data(article.utf8))
    #expect(result.status == 64)
  }

  @Test(arguments: [
    (["--jsonl", "--format", "html"], "--format html does not apply to JSON lines"),
    (["--jsonl", "--sentences-only"], "--sentences-only does not apply to JSON lines"),
    (
      ["--jsonl", "--format", "md", "--sentences-only"],
      "--format md and --sentences-only do not apply to JSON lines"
    ),
  ])
  func `JSON lines take no other output form`(arguments: [String], message: String) throws {
    let result = try BriefProcess.run(["summarize"] + arguments, stdin: Data())
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    let json = try BriefProcess.run(["summarize", "--jsonl", "--format", "json"], stdin: Data())
    #expect(json.status == 0, "\(json.stderr)")
  }

  @Test(arguments: [
    (
      ["--english-only", "--format", "json"],
      "--english-only applies to one brief in md, html or text"
    ),
    (["--english-only", "--jsonl"], "--english-only does not apply to JSON lines"),
    (
      ["--english-only", "--sentences-only"],
      "--english-only and --sentences-only cannot be used together"
    ),
    (
      ["--sentences-only", "--format", "html"], "--format html does not apply with --sentences-only"
    ),
    (["--sentences-only", "--format", "md"], "--format md does not apply with --sentences-only"),
  ])
  func `options that contradict each other are a usage error that names them`(
    arguments: [String], message: String
  ) throws {
    let result = try BriefProcess.run(["summarize"] + arguments, stdin: Data(article.utf8))
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func `--chunk with one article is a usage error`() throws {
    let seed = try BriefProcess.seedFiles()[0].path
    let named = try BriefProcess.run(["summarize", seed, "--chunk", "5"])
    #expect(named.status == 64)
    #expect(named.stderr.contains("--chunk applies only to JSON lines"), "\(named.stderr)")
    let piped = try BriefProcess.run(["summarize", "--chunk", "5"], stdin: Data(article.utf8))
    #expect(piped.status == 64)
    #expect(piped.stderr.contains("stdin: one article, not JSON lines; --chunk applies only"))
    #expect(piped.stdout.isEmpty)
    let lines = try BriefProcess.run(
      ["summarize", "--chunk", "5"],
      stdin: Data(#"{"id": "a", "text": "Der Rat tagte am Montag. Er beschloss nichts."}"#.utf8))
    #expect(lines.status == 0, "\(lines.stderr)")
  }

  @Test func `the help of --k says that --max-chars alone also lifts the default`() throws {
    let result = try BriefProcess.run(["summarize", "--help"])
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("default 3 unless --ratio or --max-chars is given"))
  }

  @Test func `english-only without a translator says once that there is no English`() throws {
    let result = try BriefProcess.run(
      ["summarize", "--english-only"], stdin: Data(article.utf8), environment: [:])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\nEnglish: not translated (no translator configured)\n"))
    #expect(result.stdout.contains("Die Außenminister der USA und Russlands"))
  }

  @Test func `an HTML page on standard input is read as HTML`() throws {
    let page = """
      <!doctype html><html><head><title>Gipfel</title><script>var x = 1;</script></head>
      <body><h1>Gipfel in Riad</h1><p>Die Delegationen trafen sich am Dienstag in Riad.</p>
      <p>Die Gespr&auml;che dauerten vier Stunden.</p></body></html>
      """
    let result = try BriefProcess.run(["summarize", "--sentences-only"], stdin: Data(page.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Die Gespräche dauerten vier Stunden."))
    #expect(!result.stdout.contains("<"))
  }

  @Test func `a Jina Reader page on standard input gives its title, URL and date, not its header`()
    throws
  {
    let page = """
      Title: Gipfel in Riad

      URL Source: https://example.org/gipfel

      Published Time: 2025-02-18T09:30:00Z

      Markdown Content:
      Die Delegationen der USA und Russlands trafen sich am Dienstag in Riad.

      [Lesen Sie auch: Was Moskau will](https://example.org/moskau)

      Die Gespräche dauerten viereinhalb Stunden.
      """
    let result = try BriefProcess.run(["summarize", "--format", "json"], stdin: Data(page.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let brief = try JSONHelpers.object(result.stdout)
    #expect(brief["title"] as? String == "Gipfel in Riad")
    #expect(brief["url"] as? String == "https://example.org/gipfel")
    #expect(brief["date"] as? String == "2025-02-18T09:30:00Z")
    #expect(
      brief["sentences"] as? [String] == [
        "Die Delegationen der USA und Russlands trafen sich am Dienstag in Riad.",
        "Die Gespräche dauerten viereinhalb Stunden.",
      ])
  }
}

import Foundation
import LoopbackServer
import Testing
import TranslationAPIServer

/// A batch killed at any moment completes on the next start: same bytes out as an unbroken
/// run, no translation paid twice, finished articles not briefed again.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ResumeTests {
  /// 200 articles of three distinct sentences each: 600 sentences, 12 DeepL requests.
  func feed() -> String {
    (0..<200).map { n in
      let text =
        "Am Tag \(n) beriet der Rat über die Vorlage \(n) zur Schulreform. "
        + "Die Abstimmung über die Vorlage \(n) wurde auf Antrag der Opposition vertagt. "
        + "Der Ausschuss \(n) will im Herbst erneut über die Reform beraten."
      return #"{"id": "meldung-\#(n)", "date": "2025-03-01", "text": "\#(text)"}"#
    }.joined(separator: "\n") + "\n"
  }

  @Test func `a batch killed mid-translation resumes without paying twice`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let feedPath = cli.path("feed.jsonl")
    try Data(feed().utf8).write(to: URL(fileURLWithPath: feedPath))
    func arguments(_ server: TranslationAPIServer, out: String, cache: String) -> [String] {
      [
        "batch", feedPath, "--out", cli.path(out), "--translator", "deepl", "--translator-url",
        server.baseURL, "--cache", cli.path(cache), "--concurrency", "1", "--quiet",
      ]
    }
    let keys = ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey]
    let slow = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, latency: ReplyLatency(base: .milliseconds(150)))

    // The first run is killed with SIGKILL once four responses have been sent; the second
    // completes the job against the same server (the endpoint is part of the cache key).
    let (firstTexts, secondTexts) = try withTranslationAPIServer(slow) { server in
      let process = Process()
      process.executableURL = try BriefProcess.executable()
      process.arguments = arguments(server, out: "resumed", cache: "cache.sqlite")
      process.environment = BriefProcess.isolated(
        ["HOME": cli.home.path, "XDG_CACHE_HOME": cli.path("xdg")].merging(keys) { $1 })
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = ContinuousClock.now + .seconds(30)
      while server.requests.count < 5, process.isRunning, ContinuousClock.now < deadline {
        usleep(5_000)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      let first = server.requests.map(\.texts)
      let result = try cli.run(arguments(server, out: "resumed", cache: "cache.sqlite"), keys: keys)
      #expect(result.status == 0, "\(result.stderr)")
      return (first, Array(server.requests.map(\.texts).dropFirst(first.count)))
    }
    #expect(firstTexts.count >= 5 && firstTexts.count < 12)
    // Only the request in flight when the first run was killed may be sent again.
    let answeredBeforeKill = Set(firstTexts.dropLast().joined())
    #expect(Set(secondTexts.joined()).isDisjoint(with: answeredBeforeKill))
    #expect(Set(firstTexts.joined()).union(secondTexts.joined()).count == 600)

    // An unbroken run with a fresh cache gives the same bytes.
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.run(arguments(server, out: "clean", cache: "fresh.sqlite"), keys: keys)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(server.requests.count == 12)
    }
    let resumed = try cli.outputs("resumed")
    let clean = try cli.outputs("clean")
    // Three files per brief, and the digest's three plus its English edition's two.
    #expect(resumed.count == 200 * 3 + 5)
    #expect(resumed.keys.sorted() == clean.keys.sorted())
    for (name, data) in clean { #expect(resumed[name] == data, "\(name) differs") }
  }

  @Test func `a re-run reuses every finished brief from the work area`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let feedPath = cli.path("feed.jsonl")
    try Data(feed().utf8).write(to: URL(fileURLWithPath: feedPath))
    let first = try cli.run(["batch", feedPath, "--out", cli.path("out")])
    #expect(first.status == 0)
    let before = try cli.outputs()
    let second = try cli.run(["batch", feedPath, "--out", cli.path("out")])
    #expect(second.status == 0)
    let report = try JSONHelpers.object(at: URL(fileURLWithPath: cli.path("out/report.json")))
    #expect(report["briefs_reused"] as? Int == 200)
    #expect(try cli.outputs() == before)
  }

  @Test func `the same input named relatively after absolutely reuses every brief`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let feedPath = cli.path("feed.jsonl")
    try Data(feed().utf8).write(to: URL(fileURLWithPath: feedPath))
    #expect(try cli.run(["batch", feedPath, "--out", cli.path("out")]).status == 0)
    let relative = try cli.run(
      ["batch", "feed.jsonl", "--out", "out"], in: URL(fileURLWithPath: cli.path("")))
    #expect(relative.status == 0)
    let report = try JSONHelpers.object(at: URL(fileURLWithPath: cli.path("out/report.json")))
    #expect(report["briefs_reused"] as? Int == 200)
    // A reused brief names the input as this run was given it.
    let brief = try JSONHelpers.object(
      at: URL(fileURLWithPath: cli.path("out/briefs/meldung-7.json")))
    let source = try #require(brief["source"] as? String)
    #expect(source.hasPrefix("feed.jsonl"), "\(source)")
  }
}

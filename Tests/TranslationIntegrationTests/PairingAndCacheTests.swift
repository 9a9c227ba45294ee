import BriefKit
import BriefStore
import Foundation
import Testing
import TranslationAPIServer

/// Translations land on their own sentences whatever the order of answers; the cache saves
/// every request of a repeated job; keys never leak into messages or traces.
@Suite(.timeLimit(.minutes(1))) struct PairingAndCacheTests {
  @Test(arguments: TranslationAPI.allCases)
  func `answers out of order with faults in between are never paired with the wrong sentence`(
    api: TranslationAPI
  ) throws {
    let faults = FaultScript.when({ $0 % 5 == 3 }, .status(503))
      .then(.when({ $0 % 7 == 4 }, .wrongCount(delta: -1)))
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: faults,
      latency: ReplyLatency(base: .milliseconds(5), jitter: .milliseconds(60)))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(150)
      let outcome = try EngineHarness.engine(api, server: server, maxTexts: 7)
        .translate(sentences)
      #expect(server.loopback.maxConcurrentRequests >= 3)
      var translated = 0
      for (sentence, translation) in zip(sentences, outcome.translations) {
        guard let translation else { continue }
        translated += 1
        #expect(translation == EngineHarness.expected(sentence))
      }
      #expect(translated >= 120, "\(outcome.errors)")
      #expect(outcome.accounting.retries > 0)
      #expect(outcome.accounting.requests == server.requests.count)
      // Completion order differed from sending order: the replies' delays were not monotonic.
      let delays = server.requests.map { configuration.latency.delay(forRequest: $0.index) }
      #expect(delays != delays.sorted())
    }
  }

  @Test func `a second job with the same cache makes no request at all`() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-itest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cache.sqlite").path
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let sentences = EngineHarness.sentences(60)
      let first = try EngineHarness.engine(
        .deepL, server: server, cache: try EngineHarness.memory(at: path)
      ).translate(sentences)
      expectAllTranslated(first, sentences)
      #expect(server.requests.count == 2)

      let memory = try EngineHarness.memory(at: path)
      let second = try EngineHarness.engine(.deepL, server: server, cache: memory)
        .translate(sentences)
      #expect(server.requests.count == 2)
      #expect(second.translations == first.translations)
      #expect(second.accounting.requests == 0)
      #expect(second.accounting.cacheHits == 60)
      #expect(second.accounting.charactersSent == 0)

      let more = sentences + EngineHarness.sentences(5, from: 60)
      let third = try EngineHarness.engine(.deepL, server: server, cache: memory).translate(more)
      expectAllTranslated(third, more)
      #expect(server.textsPerRequest.count == 3)
      #expect(server.textsPerRequest.last == 5)
      #expect(third.accounting.cacheHits == 60)
    }
  }

  @Test func `a failed sentence is not cached and is asked again next time`() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-itest-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let memory = try EngineHarness.memory(at: path)
    let sentences = EngineHarness.sentences(3)
    try withTranslationAPIServer(.init(key: EngineHarness.key, faults: .first(1, .quotaExceeded))) {
      server in
      let engine = try EngineHarness.engine(.deepL, server: server, cache: memory)
      #expect(engine.translate(sentences).translations == [nil, nil, nil])
      expectAllTranslated(engine.translate(sentences), sentences)
      #expect(server.requests.count == 2)
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `the key never appears in an error message or the verbose trace`(api: TranslationAPI)
    throws
  {
    let secret = "sk-itest-TOPSECRET-\(api.rawValue)-9f8e7d"
    let trace = TraceLines()
    var messages: [String] = []
    // A careless server quoting the wrong key back.
    try withTranslationAPIServer(.init(key: "another-key", echoesKeyInErrors: true)) { server in
      let outcome = try EngineHarness.engine(api, server: server, key: secret, trace: trace)
        .translate(EngineHarness.sentences(2))
      #expect(server.requests.first?.key == secret)
      messages += outcome.errors.map(\.message) + [outcome.degraded?.message ?? ""]
    }
    // A redirect quoting the key in its location, then server errors until retries run out.
    let location = "http://127.0.0.1:1/\(secret)/x?api_key=\(secret)&auth_key=\(secret)"
    let faults = FaultScript.first(1, .redirect(302, to: location)).then(.always(.status(500)))
    try withTranslationAPIServer(.init(faults: faults)) { server in
      let outcome = try EngineHarness.engine(api, server: server, key: secret, trace: trace)
        .translate(EngineHarness.sentences(60))
      messages += outcome.errors.map(\.message) + [outcome.degraded?.message ?? ""]
      #expect(outcome.errors.count == 2)
    }
    #expect(messages.contains { $0.contains("Invalid API key") })
    #expect(!trace.lines.isEmpty)
    for line in messages + trace.lines {
      #expect(!line.contains(secret), "leaked: \(line)")
      #expect(!line.contains("TOPSECRET"), "leaked: \(line)")
    }
  }
}

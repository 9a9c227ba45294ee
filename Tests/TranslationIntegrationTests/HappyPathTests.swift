import BriefKit
import Foundation
import Testing
import TranslationAPIServer

/// Each provider against a well-behaved server: requests, pairing, restored names, accounting.
@Suite(.timeLimit(.minutes(1))) struct HappyPathTests {
  @Test(arguments: TranslationAPI.allCases)
  func `a small job is one request whose translations land on their own sentences`(
    api: TranslationAPI
  ) throws {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let sentences = EngineHarness.sentences(6)
      let outcome = try EngineHarness.engine(api, server: server).translate(sentences)
      expectAllTranslated(outcome, sentences)
      #expect(server.textsPerRequest == [6])
      let accounting = outcome.accounting
      #expect(accounting.requests == 1)
      #expect(accounting.retries == 0)
      #expect(accounting.failures == 0)
      #expect(accounting.cacheHits == 0)
      #expect(accounting.uniqueSentences == 6)
      #expect(accounting.batchesSplit == 0)
      #expect(accounting.charactersSent == EngineHarness.charactersReceived(server))
      #expect(
        accounting.charactersBilled
          == (api == .deepL ? EngineHarness.charactersReceived(server) : nil))
    }
  }

  @Test func `machine translation sends placeholders, never the protected names`() throws {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let sentences = EngineHarness.sentences(3)
      let outcome = try EngineHarness.engine(.deepL, server: server).translate(sentences)
      expectAllTranslated(outcome, sentences)
      let sent = try #require(server.requests.first).texts
      #expect(sent.allSatisfy { !$0.contains("Lawrow") && !$0.contains("Sergej") })
      // Placeholders name the glossary entry: Lawrow is entry 1 (ZQX3ZQ), Sergej Lawrow 0.
      #expect(sent[0] == "Meldung 0: ZQX3ZQ sprach 0 Minuten mit Reportern.")
      #expect(sent[1] == "Meldung 1: ZQX1ZQ reiste nach Genf.")
    }
  }

  @Test func `120 sentences to DeepL are exactly 3 requests of at most 50 texts`() throws {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let sentences = EngineHarness.sentences(120)
      let outcome = try EngineHarness.engine(.deepL, server: server).translate(sentences)
      expectAllTranslated(outcome, sentences)
      #expect(server.textsPerRequest.sorted() == [20, 50, 50])
      #expect(outcome.accounting.requests == 3)
      #expect(Set(server.requests.flatMap(\.texts)).count == 120)
      #expect(server.requests.allSatisfy { $0.recorded.header("user-agent") != nil })
    }
  }

  @Test func `the three batches of a job are in flight together`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, latency: ReplyLatency(base: .milliseconds(200)))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(120)
      let engine = try EngineHarness.engine(.deepL, server: server)
      expectAllTranslated(engine.translate(sentences), sentences)
      // Each reply takes 200 ms, so all three were open at once only if sent together.
      #expect(server.loopback.maxConcurrentRequests == 3)
    }
  }

  @Test func `duplicate and empty sentences are sent once and not at all`() throws {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let base = EngineHarness.sentences(2)
      let sentences = [base[0], "", base[1], base[0], "  "]
      let outcome = try EngineHarness.engine(.libreTranslate, server: server)
        .translate(sentences)
      #expect(server.textsPerRequest == [2])
      #expect(outcome.translations[0] == EngineHarness.expected(base[0]))
      #expect(outcome.translations[1] == nil)
      #expect(outcome.translations[2] == EngineHarness.expected(base[1]))
      #expect(outcome.translations[3] == EngineHarness.expected(base[0]))
      #expect(outcome.translations[4] == nil)
      #expect(outcome.accounting.uniqueSentences == 2)
      #expect(outcome.accounting.failures == 0)
      #expect(outcome.degraded == nil)
    }
  }
}

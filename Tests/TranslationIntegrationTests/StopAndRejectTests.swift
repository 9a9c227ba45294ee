import BriefKit
import Foundation
import LoopbackServer
import Testing
import TranslationAPIServer

/// Quota stops the provider for the rest of the job; auth, address and redirect failures are
/// never retried and say what to fix.
@Suite(.timeLimit(.minutes(1))) struct StopAndRejectTests {
  @Test func `a DeepL 456 stops the provider and keeps what was already translated`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .requests([1], .quotaExceeded))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(120)
      let outcome = try EngineHarness.engine(.deepL, server: server, concurrency: 1)
        .translate(sentences)
      // Batch 1 translated, batch 2 hit the quota, batch 3 was never sent.
      #expect(server.textsPerRequest == [50, 50])
      for index in 0..<50 {
        #expect(outcome.translations[index] == EngineHarness.expected(sentences[index]))
      }
      #expect(outcome.translations[50...].allSatisfy { $0 == nil })
      let error = TranslationError.quotaExceeded(
        provider: "DeepL", status: 456, message: "Quota exceeded")
      #expect(outcome.degraded == .providerStopped(error))
      #expect(outcome.errors == [error])
      #expect(outcome.accounting.requests == 2)
      #expect(outcome.accounting.retries == 0)
      #expect(outcome.accounting.failures == 70)
    }
  }

  @Test func `a 456 while other batches are in flight keeps their translations`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .first(1, .quotaExceeded),
      latency: ReplyLatency(base: .milliseconds(50)))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(120)
      let outcome = try EngineHarness.engine(.deepL, server: server).translate(sentences)
      #expect(server.requests.count == 3)
      let lost = server.requests[0].texts.count
      #expect(outcome.translations.count { $0 == nil } == lost)
      for (sentence, translation) in zip(sentences, outcome.translations) {
        #expect(translation == nil || translation == EngineHarness.expected(sentence))
      }
      #expect(
        outcome.degraded.map { if case .providerStopped = $0 { true } else { false } } == true)
    }
  }

  @Test func `OpenAI insufficient_quota stops the provider without a retry`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .first(1, .quotaExceeded))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(30)
      let outcome = try EngineHarness.engine(.openAI, server: server, concurrency: 1)
        .translate(sentences)
      #expect(server.requests.count == 1)
      #expect(outcome.translations.allSatisfy { $0 == nil })
      let error = TranslationError.quotaExceeded(
        provider: "chat model m", status: 429, message: "You exceeded your current quota")
      #expect(outcome.degraded == .providerStopped(error))
      #expect(outcome.accounting.retries == 0)
    }
  }

  @Test func `a plain OpenAI 429 is a rate limit and is retried`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .first(1, .rateLimited(.none)))
    try withTranslationAPIServer(configuration) { server in
      let sentences = EngineHarness.sentences(30)
      let outcome = try EngineHarness.engine(.openAI, server: server, concurrency: 1)
        .translate(sentences)
      expectAllTranslated(outcome, sentences)
      #expect(server.textsPerRequest == [20, 20, 10])
      #expect(outcome.accounting.retries == 1)
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `a wrong key is one request and one message naming the provider and the fix`(
    api: TranslationAPI
  ) throws {
    try withTranslationAPIServer(.init(key: "the-right-key")) { server in
      let outcome = try EngineHarness.engine(api, server: server).translate(
        EngineHarness.sentences(5))
      #expect(server.requests.count == 1)
      #expect(outcome.translations.allSatisfy { $0 == nil })
      #expect(outcome.accounting.retries == 0)
      #expect(outcome.errors.count == 1)
      let message = try #require(outcome.errors.first?.message)
      let status = api.authFailureStatus
      #expect(
        message.contains("rejected the request (HTTP \(status): Invalid API key)"), "\(message)")
      switch api {
      case .deepL:
        #expect(message.hasPrefix("DeepL "))
        #expect(message.contains("check the DeepL auth key (Free keys end in :fx"))
      case .libreTranslate:
        #expect(message.hasPrefix("LibreTranslate "))
        #expect(message.contains("the LibreTranslate API key is invalid"))
      case .openAI:
        #expect(message.hasPrefix("chat model m "))
        #expect(message.contains("check the chat API key"))
      }
    }
  }

  @Test func `a wrong key stops the run's other batches after the ones in flight`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: "the-right-key", latency: ReplyLatency(base: .milliseconds(30)))
    try withTranslationAPIServer(configuration) { server in
      // 500 sentences are 10 DeepL batches; 4 go out at once, the other 6 wait.
      let outcome = try EngineHarness.engine(.deepL, server: server, concurrency: 4)
        .translate(EngineHarness.sentences(500))
      #expect(server.requests.count == 4)
      #expect(outcome.translations.allSatisfy { $0 == nil })
      #expect(outcome.errors.count == 1)
      guard case .providerStopped(.rejected(_, let status, _, _)) = outcome.degraded else {
        Issue.record("expected the provider stopped, got \(String(describing: outcome.degraded))")
        return
      }
      #expect(status == 403)
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `a wrong base URL is one 404 and a message about the base URL`(api: TranslationAPI) throws {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let engine = try EngineHarness.engine(
        api, server: server, baseURL: server.baseURL + "/wrong")
      let outcome = engine.translate(EngineHarness.sentences(2))
      #expect(server.requests.count == 1)
      #expect(outcome.translations == [nil, nil])
      let message = try #require(outcome.errors.first?.message)
      #expect(message.contains("HTTP 404"))
      #expect(message.contains("check the base URL"), "\(message)")
    }
  }

  @Test func `an HTML 403 from a proxy is not retried and still names the fix`() throws {
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .always(.htmlError(403)))
    try withTranslationAPIServer(configuration) { server in
      let outcome = try EngineHarness.engine(.deepL, server: server).translate(
        EngineHarness.sentences(2))
      #expect(server.requests.count == 1)
      #expect(
        outcome.errors.first?.message.hasPrefix("DeepL rejected the request (HTTP 403); check")
          == true)
    }
  }

  @Test(arguments: [301, 307])
  func `a redirect to another port is refused and the other server gets nothing`(status: Int)
    throws
  {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { other in
      let location = other.baseURL + "/v2/translate?auth_key=" + EngineHarness.key
      let configuration = TranslationAPIServer.Configuration(
        key: EngineHarness.key, faults: .always(.redirect(status, to: location)))
      try withTranslationAPIServer(configuration) { server in
        let outcome = try EngineHarness.engine(.deepL, server: server).translate(
          EngineHarness.sentences(3))
        #expect(server.requests.count == 1)
        #expect(other.requests.isEmpty)
        #expect(other.loopback.connectionCount == 0)
        #expect(outcome.translations == [nil, nil, nil])
        #expect(
          outcome.errors == [.redirectRefused(provider: "DeepL", status: status, host: "127.0.0.1")]
        )
        #expect(outcome.errors.allSatisfy { !$0.message.contains(EngineHarness.key) })
      }
    }
  }
}

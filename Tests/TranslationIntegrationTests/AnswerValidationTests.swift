import BriefKit
import Foundation
import Testing
import TranslationAPIServer

/// A 2xx answer is used only when it parses and holds one string per text.
///
/// Otherwise it is asked again once, then those sentences stay untranslated. Too large batches
/// are split.
@Suite(.timeLimit(.minutes(1))) struct AnswerValidationTests {
  static let unusable: [APIFault] = [
    .malformedJSON, .truncatedJSON, .wrongCount(delta: -1), .wrongCount(delta: 1),
  ]

  private func run(
    _ api: TranslationAPI, _ configuration: TranslationAPIServer.Configuration,
    sentences: [String], _ check: (TranslationOutcome, TranslationAPIServer) throws -> Void
  ) throws {
    try withTranslationAPIServer(configuration) { server in
      try check(try EngineHarness.engine(api, server: server).translate(sentences), server)
    }
  }

  @Test(arguments: TranslationAPI.allCases, unusable)
  func `an unusable answer is asked again once`(api: TranslationAPI, fault: APIFault) throws {
    let sentences = EngineHarness.sentences(4)
    try run(api, .init(key: EngineHarness.key, faults: .first(1, fault)), sentences: sentences) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      #expect(outcome.accounting.retries == 1)
    }
  }

  @Test(arguments: TranslationAPI.allCases, unusable)
  func `an answer unusable twice leaves the batch untranslated`(
    api: TranslationAPI, fault: APIFault
  ) throws {
    try run(
      api, .init(key: EngineHarness.key, faults: .always(fault)),
      sentences: EngineHarness.sentences(4)
    ) {
      outcome, server in
      #expect(server.requests.count == 2)
      #expect(outcome.translations == [nil, nil, nil, nil])
      #expect(outcome.accounting.failures == 4)
      #expect(outcome.errors.count == 1)
      let error = try #require(outcome.errors.first)
      if case .wrongCount(let delta) = fault {
        let name = try EngineHarness.provider(api, server: server).name
        #expect(error == .wrongCount(provider: name, expected: 4, received: 4 + delta))
      } else {
        guard case .invalidResponse = error else {
          Issue.record("expected invalidResponse, got \(error)")
          return
        }
      }
      #expect(outcome.degraded == .partial(failed: 4, total: 4, firstError: error))
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `a 413 splits the batch and the halves go through`(api: TranslationAPI) throws {
    let sentences = EngineHarness.sentences(20)
    try run(api, .init(key: EngineHarness.key, maxTexts: 10), sentences: sentences) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.textsPerRequest.first == 20)
      #expect(server.textsPerRequest.dropFirst().sorted() == [10, 10])
      #expect(outcome.accounting.batchesSplit == 1)
      #expect(outcome.accounting.retries == 0)
      #expect(outcome.accounting.requests == 3)
    }
  }

  @Test func `a sentence still too large alone fails as too large`() throws {
    try run(
      .deepL, .init(key: EngineHarness.key, faults: .always(.tooLarge)),
      sentences: EngineHarness.sentences(4)
    ) {
      outcome, server in
      // 4 texts, then 2 + 2, then 1 + 1 + 1 + 1.
      #expect(server.requests.count == 7)
      #expect(server.textsPerRequest.sorted() == [1, 1, 1, 1, 2, 2, 4])
      #expect(outcome.accounting.batchesSplit == 3)
      #expect(outcome.translations == [nil, nil, nil, nil])
      #expect(outcome.errors == [.tooLarge(provider: "DeepL", status: 413)])
    }
  }

  @Test func `a chat answer cut off by the length limit splits the batch`() throws {
    let sentences = EngineHarness.sentences(3)
    try run(
      .openAI, .init(key: EngineHarness.key, faults: .first(1, .cutOff)), sentences: sentences
    ) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.textsPerRequest.first == 3)
      #expect(server.textsPerRequest.dropFirst().sorted() == [1, 2])
      #expect(outcome.accounting.batchesSplit == 1)
    }
  }

  @Test func `a chat answer cut off even for one sentence fails as truncated`() throws {
    try run(
      .openAI, .init(key: EngineHarness.key, faults: .always(.cutOff)),
      sentences: EngineHarness.sentences(2)
    ) {
      outcome, server in
      #expect(server.textsPerRequest.sorted() == [1, 1, 2])
      #expect(outcome.translations == [nil, nil])
      #expect(outcome.errors == [.truncated(provider: "chat model m")])
    }
  }
}

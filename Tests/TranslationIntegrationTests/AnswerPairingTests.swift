import BriefKit
import Foundation
import Testing
import TranslationAPIServer

/// Chat answers are placed by number; German echoed back is never taken.
///
/// A chat answer is placed by its sentence numbers, whatever their order; an answer whose
/// pairing cannot be verified is asked again once, then its sentences stay untranslated. An
/// answer that is still the German is never taken or cached, from any provider.
@Suite(.timeLimit(.minutes(1))) struct AnswerPairingTests {
  static let placeable: [APIFault.ChatContent] = [
    .numberedItemsReversed, .keyedReversed, .reasoningFirst, .fencedAfterProse,
  ]
  static let unverifiable: [APIFault.ChatContent] = [
    .unnumberedArray, .reversedArray, .twoAnswers, .repeatedNumber,
  ]

  @Test(arguments: placeable)
  func `a chat answer is placed by its sentence numbers`(shape: APIFault.ChatContent) throws {
    let sentences = EngineHarness.sentences(5)
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .always(.chatContent(shape)))
    try withTranslationAPIServer(configuration) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server).translate(sentences)
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 1)
    }
  }

  @Test(arguments: unverifiable)
  func `a chat answer whose pairing cannot be verified is never used`(
    shape: APIFault.ChatContent
  ) throws {
    let sentences = EngineHarness.sentences(4)
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .always(.chatContent(shape)))
    try withTranslationAPIServer(configuration) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server).translate(sentences)
      #expect(outcome.translations == [nil, nil, nil, nil])
      #expect(server.requests.count == 2)
      #expect(outcome.accounting.failures == 4)
      switch try #require(outcome.errors.first) {
      case .invalidResponse, .wrongCount: break
      default: Issue.record("expected an invalid answer, got \(outcome.errors)")
      }
    }
  }

  @Test func `a reordered chat answer asked again is used once it is numbered`() throws {
    let sentences = EngineHarness.sentences(4)
    let configuration = TranslationAPIServer.Configuration(
      key: EngineHarness.key, faults: .first(1, .chatContent(.reversedArray)))
    try withTranslationAPIServer(configuration) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server).translate(sentences)
      expectAllTranslated(outcome, sentences)
      #expect(outcome.accounting.retries == 1)
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `German echoed back is untranslated, reported and not cached`(api: TranslationAPI) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-itest-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let memory = try EngineHarness.memory(at: path)
    let sentences = EngineHarness.sentences(3) + ["Nato", "Der Bundestag beschließt das Gesetz."]
    try withTranslationAPIServer(.init(key: EngineHarness.key, faults: .first(1, .echo))) {
      server in
      let engine = try EngineHarness.engine(api, server: server, cache: memory)
      let echoed = engine.translate(sentences)
      // A name alone may stay as it is; every sentence of several words must not.
      #expect(echoed.translations == [nil, nil, nil, "Nato", nil])
      #expect(echoed.accounting.failures == 4)
      #expect(
        echoed.degraded?.message.contains("rejected: it is the German sentence unchanged") == true)
      #expect(echoed.errors.count == 4)
      let again = engine.translate(sentences)
      expectAllTranslated(
        TranslationOutcome(translations: Array(again.translations.prefix(3))),
        Array(sentences.prefix(3)))
      #expect(again.translations[4] == FakeTranslation.english(sentences[4]))
      #expect(again.accounting.cacheHits == 1)
    }
  }
}

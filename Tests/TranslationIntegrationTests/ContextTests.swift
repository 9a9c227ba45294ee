import BriefKit
import BriefStore
import Foundation
import Testing
import TranslationAPIServer

/// Sentences sent with their article's context: DeepL and a chat prompt with a context section
/// get one context per request, never another article's; a sentence is cached per context;
/// providers without context ignore it.
@Suite(.timeLimit(.minutes(1))) struct ContextTests {
  /// Two articles' sentences, interleaved, one sentence in both; their contexts.
  let sentences = [
    "Lawrow traf Rubio in Riad.", "Der Rat tagte zwei Stunden.", "Die Sitzung wurde vertagt.",
    "Lawrow traf Rubio in Riad.", "Ein Termin steht noch nicht fest.",
  ]
  let contexts: [String?] = ["Gipfel in Riad", "Ratssitzung", "Ratssitzung", "Gipfel in Riad", nil]

  @Test func `each DeepL request carries one context and only the sentences that share it`()
    throws
  {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let outcome = try EngineHarness.engine(.deepL, server: server)
        .translate(sentences, contexts: contexts)
      expectAllTranslated(outcome, sentences)
      #expect(outcome.accounting.uniqueSentences == 4)
      let sent = server.requests.map { ($0.json?["context"] as? String, $0.texts.count) }
      #expect(sent.count == 3)
      #expect(sent.first { $0.0 == "Gipfel in Riad" }?.1 == 1)
      #expect(sent.first { $0.0 == "Ratssitzung" }?.1 == 2)
      // The sentence without a context goes without one.
      #expect(sent.contains { $0.0 == nil && $0.1 == 1 })
      #expect(server.requests.count { $0.json?.keys.contains("context") == false } == 1)
    }
  }

  @Test func `a sentence is sent once per context and cached per context`() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-itest-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cache.sqlite").path
    let sentence = "Lawrow traf Rubio in Riad."
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let engine = try EngineHarness.engine(
        .deepL, server: server, cache: try EngineHarness.memory(at: path))
      let first = engine.translate([sentence, sentence], contexts: ["A", "B"])
      expectAllTranslated(first, [sentence, sentence])
      #expect(server.requests.count == 2)
      #expect(first.accounting.uniqueSentences == 2)
      let again = engine.translate([sentence, sentence], contexts: ["B", "A"])
      #expect(server.requests.count == 2)
      #expect(again.accounting.cacheHits == 2)
      // Without a context, or with another one, it is a different translation.
      _ = engine.translate([sentence], contexts: [nil])
      _ = engine.translate([sentence], contexts: ["C"])
      #expect(server.requests.count == 4)
      // The first two requests run concurrently, so they may arrive in either order.
      let sent = server.requests.map { $0.json?["context"] as? String }
      #expect(Set(sent.prefix(2)) == ["A", "B"])
      #expect(Array(sent.dropFirst(2)) == [nil, "C"])
    }
  }

  @Test
  func `a chat prompt with a context section gets one article per request, the section first`()
    throws
  {
    let prompt = EngineHarness.promptText + "\n\n## context\nFrom one article: {{context}}"
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server, prompt: prompt)
        .translate(sentences, contexts: contexts)
      expectAllTranslated(outcome, sentences)
      #expect(outcome.accounting.uniqueSentences == 4)
      let users = server.requests.map(\.userMessage)
      #expect(users.count == 3)
      #expect(users.contains("From one article: Gipfel in Riad\n\n1. Lawrow traf Rubio in Riad."))
      #expect(
        users.contains(
          "From one article: Ratssitzung\n\n1. Der Rat tagte zwei Stunden.\n"
            + "2. Die Sitzung wurde vertagt."))
      // The sentence without a context goes without the section.
      #expect(users.contains("1. Ein Termin steht noch nicht fest."))
    }
  }

  @Test(arguments: [TranslationAPI.libreTranslate, .openAI])
  func `a provider or chat prompt without context ignores it and batches the run as one`(
    api: TranslationAPI
  )
    throws
  {
    try withTranslationAPIServer(.init(key: EngineHarness.key)) { server in
      let outcome = try EngineHarness.engine(api, server: server)
        .translate(sentences, contexts: contexts)
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 1)
      #expect(outcome.accounting.uniqueSentences == 4)
      #expect(server.requests[0].json?["context"] == nil)
    }
  }
}

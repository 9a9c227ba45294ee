import Foundation
import Testing

@testable import BriefKit

@Suite struct TranslationEngineTests {
  func engine(
    _ provider: any TranslationProvider, _ transport: ScriptedTransport, clock: ManualClock,
    glossary: Glossary = .empty, policy: RetryPolicy = RetryPolicy(),
    cache: (any TranslationCache)? = nil, inFlight: Int = 4
  ) -> TranslationEngine {
    TranslationEngine(
      provider: provider, transport: transport, clock: clock, random: SeededGenerator(seed: 42),
      glossary: glossary, policy: policy, cache: cache,
      configuration: .init(maxBatchesInFlight: inFlight))
  }

  func deepL() throws -> DeepLProvider { try DeepLProvider(.init(authKey: "dl-secret:fx")) }

  @Test func `120 sentences go out in exactly 3 requests and come back paired`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock, responder: TestJSON.echoDeepL)
    let sentences = (0..<120).map { "Satz Nummer \($0)." }
    let outcome = try engine(deepL(), transport, clock: clock).translate(sentences)
    #expect(transport.sent.count == 3)
    #expect(transport.sentTexts.map(\.count) == [50, 50, 20])
    #expect(outcome.translations == sentences.map(TestJSON.fakeEnglish))
    #expect(outcome.accounting.requests == 3 && outcome.accounting.failures == 0)
    #expect(outcome.degraded == nil)
  }

  @Test func `duplicates across articles are sent once and empty sentences are not sent`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock, responder: TestJSON.echoDeepL)
    let outcome = try engine(deepL(), transport, clock: clock).translate(
      ["Ein  Satz.", "", "Ein Satz.", "Zwei."])
    #expect(transport.sentTexts == [["Ein Satz.", "Zwei."]])
    #expect(outcome.translations == ["EN<Ein_Satz.>", nil, "EN<Ein_Satz.>", "EN<Zwei.>"])
    #expect(outcome.accounting.uniqueSentences == 2)
  }

  @Test func `a 429 is retried after its Retry-After and then succeeds`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, index in
      index == 0
        ? .success(TestJSON.response(429, "", headers: ["retry-after": "2"]))
        : TestJSON.echoDeepL(request, index)
    }
    let outcome = try engine(deepL(), transport, clock: clock).translate(["Hallo."])
    #expect(transport.sent.map(\.delay) == [.zero, .seconds(2)])
    #expect(outcome.translations == ["EN<Hallo.>"])
    #expect(outcome.accounting.requests == 2 && outcome.accounting.retries == 1)
  }

  @Test func `a 413 splits the batch in halves that keep their sentences`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, index in
      TestJSON.texts(in: request).count > 2
        ? .success(TestJSON.response(413, "<html>413 Request Entity Too Large</html>"))
        : TestJSON.echoDeepL(request, index)
    }
    let sentences = ["A.", "B.", "C.", "D.", "E."]
    let outcome = try engine(deepL(), transport, clock: clock).translate(sentences)
    #expect(
      transport.sentTexts == [
        ["A.", "B.", "C.", "D.", "E."], ["A.", "B."], ["C.", "D.", "E."], ["C."], ["D.", "E."],
      ])
    #expect(outcome.translations == sentences.map(TestJSON.fakeEnglish))
    #expect(outcome.accounting.batchesSplit == 2)
  }

  @Test func `a 456 stops everything: all nil, nothing more sent, degraded`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { _, _ in
      .success(TestJSON.response(456, #"{"message":"Quota exceeded"}"#))
    }
    let sentences = (0..<120).map { "Satz \($0)." }
    let outcome = try engine(deepL(), transport, clock: clock, inFlight: 1).translate(sentences)
    #expect(transport.sent.count == 1)
    #expect(outcome.translations.allSatisfy { $0 == nil })
    #expect(
      outcome.degraded
        == .providerStopped(
          .quotaExceeded(provider: "DeepL", status: 456, message: "Quota exceeded")))
    #expect(outcome.accounting.failures == 120)
  }

  @Test func `a translator that never answers is stopped after 8 failed batches in a row`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { _, _ in
      .failure(.connectionFailed("Connection refused"))
    }
    // 1,000 sentences: 20 batches of 50, each tried 1 + 2 times.
    let sentences = (0..<1000).map { "Satz \($0)." }
    let outcome = try engine(
      deepL(), transport, clock: clock, policy: RetryPolicy(maxRetries: 2), inFlight: 4
    ).translate(sentences)
    #expect(outcome.translations.allSatisfy { $0 == nil })
    guard case .providerStopped(.unavailable(let provider, let failed, let last)) = outcome.degraded
    else {
      Issue.record("not stopped as unavailable: \(String(describing: outcome.degraded))")
      return
    }
    #expect(provider == "DeepL" && failed == 8)
    #expect(last.contains("Connection refused"))
    // The 8 failed batches and the ones in flight beside the last, 3 tries each; none after.
    #expect(transport.sent.count <= (8 + 3) * 3)
    #expect(outcome.accounting.failures == 1000)
    // Every sentence's reason is the outage, said once per brief, not each batch's timeout.
    let outage = TranslationError.unavailable(provider: provider, failedBatches: failed, last: last)
    #expect(outcome.reasons.allSatisfy { $0 == outage })
  }

  @Test func `failed batches between answers do not stop the translator`() throws {
    let clock = ManualClock()
    // Batches of 50: every even batch (its first sentence 0, 100, 200 …) times out on all its
    // 3 tries, every odd one is answered.
    let transport = ScriptedTransport(clock: clock) { request, index in
      let first = TestJSON.texts(in: request).first ?? ""
      let number = Int(first.filter(\.isNumber)) ?? 0
      return (number / 50) % 2 == 1 ? TestJSON.echoDeepL(request, index) : .failure(.timedOut)
    }
    let sentences = (0..<1000).map { "Satz \($0)." }
    let outcome = try engine(
      deepL(), transport, clock: clock, policy: RetryPolicy(maxRetries: 2), inFlight: 1
    ).translate(sentences)
    guard case .partial(let failed, _, _) = outcome.degraded else {
      Issue.record("expected partial, got \(String(describing: outcome.degraded))")
      return
    }
    #expect(failed == 500)
    #expect(outcome.translations.compactMap { $0 }.count == 500)
  }

  @Test func `a wrong count is asked again once, then the sentences stay nil`() throws {
    let clock = ManualClock()
    let chat = try OpenAIChatProvider(
      .init(baseURL: "http://localhost:11434/v1", model: "m", prompt: TestJSON.shippedPrompt()))
    let transport = ScriptedTransport(clock: clock) { _, _ in
      .success(TestJSON.chat(#"["only one"]"#))
    }
    let outcome = engine(chat, transport, clock: clock).translate(["Eins.", "Zwei."])
    #expect(transport.sent.count == 2)
    #expect(outcome.translations == [nil, nil])
    #expect(outcome.errors == [.wrongCount(provider: "chat model m", expected: 2, received: 1)])
    guard case .partial(failed: 2, total: 2, _) = outcome.degraded else {
      Issue.record("expected partial, got \(String(describing: outcome.degraded))")
      return
    }
  }

  @Test func `a truncated chat answer splits until the parts fit`() throws {
    let clock = ManualClock()
    let chat = try OpenAIChatProvider(
      .init(baseURL: "http://localhost:11434/v1", model: "m", prompt: TestJSON.shippedPrompt()))
    let transport = ScriptedTransport(clock: clock) { request, _ in
      let user =
        JSONValue.parse(request.body)?["messages"]?.arrayValue?.last?["content"]?.stringValue ?? ""
      let numbered = user.split(separator: "\n").filter { $0.first?.isNumber == true }
      guard numbered.count == 1 else {
        return .success(TestJSON.chat("[\"", finishReason: "length"))
      }
      let text = numbered[0].split(separator: " ", maxSplits: 1)[1]
      return .success(TestJSON.chat("[\"EN \(text)\"]"))
    }
    let outcome = engine(chat, transport, clock: clock).translate(["Eins.", "Zwei."])
    #expect(outcome.translations == ["EN Eins.", "EN Zwei."])
    #expect(outcome.accounting.batchesSplit == 1 && transport.sent.count == 3)
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func `translations are never mis-paired whatever the completion order`(seed: UInt64) throws {
    let clock = ManualClock()
    var failing = SeededGenerator(seed: seed)
    let flaky = (0..<200).map { _ in Bool.random(using: &failing) }
    let transport = ScriptedTransport(order: .shuffled(seed: seed), clock: clock) {
      request, index in
      flaky[index % flaky.count]
        ? .success(TestJSON.response(503, "")) : TestJSON.echoDeepL(request, index)
    }
    let provider = try DeepLProvider(.init(authKey: "k:fx", maxTexts: 3))
    let sentences = (0..<40).map { "Nachricht \($0) über dies." }
    let outcome = engine(
      provider, transport, clock: clock,
      policy: RetryPolicy(maxRetries: 50, totalDeadline: .seconds(100_000))
    )
    .translate(sentences)
    #expect(outcome.translations == sentences.map(TestJSON.fakeEnglish))
  }

  @Test func `glossary names are protected for DeepL and restored in the English`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, _ in
      let english = TestJSON.texts(in: request).map {
        $0.replacingOccurrences(of: "sagte", with: "said").replacingOccurrences(
          of: "in", with: "in")
      }
      return .success(TestJSON.deepL(english))
    }
    let outcome = try engine(deepL(), transport, clock: clock, glossary: TestJSON.shippedGlossary())
      .translate(["Lawrow sagte in Moskau"])
    let protected = ProtectedText(
      protecting: "Lawrow sagte in Moskau", with: try TestJSON.shippedGlossary())
    #expect(transport.sentTexts == [[protected.text]])
    #expect(outcome.translations == ["Lavrov said in Moscow"])
  }

  @Test func `a mangled placeholder leaves that sentence nil and the others translated`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, _ in
      .success(
        TestJSON.deepL(
          TestJSON.texts(in: request).map { $0.replacingOccurrences(of: "ZQX", with: "ZQX ") }
        ))
    }
    let outcome = try engine(deepL(), transport, clock: clock, glossary: TestJSON.shippedGlossary())
      .translate(["Kiew wurde angegriffen.", "Es regnet."])
    #expect(outcome.translations == [nil, "Es regnet."])
    #expect(
      outcome.errors == [.placeholderMismatch(provider: "DeepL", expected: ["Kyiv"], found: [])])
  }

  @Test func `translations swapped between sentences fail, naming the names`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, _ in
      .success(TestJSON.deepL(Array(TestJSON.texts(in: request).reversed())))
    }
    let outcome = try engine(deepL(), transport, clock: clock, glossary: TestJSON.shippedGlossary())
      .translate(["Kiew wurde angegriffen.", "Lawrow reiste ab."])
    #expect(outcome.translations == [nil, nil])
    #expect(
      outcome.errors.map(\.message) == [
        "DeepL altered protected names (expected: Kyiv; found: Lavrov)",
        "DeepL altered protected names (expected: Lavrov; found: Kyiv)",
      ])
  }

  @Test func `the none provider sends nothing and translates nothing`() {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock, responder: TestJSON.echoDeepL)
    let outcome = engine(DisabledProvider(), transport, clock: clock).translate(["a", "b"])
    #expect(
      transport.sent.isEmpty && outcome.translations == [nil, nil] && outcome.degraded == nil)
  }

  @Test func `a second run over a cache makes no requests`() throws {
    let clock = ManualClock()
    let cache = MemoryCache()
    let first = ScriptedTransport(clock: clock, responder: TestJSON.echoDeepL)
    _ = try engine(deepL(), first, clock: clock, cache: cache).translate(["Eins.", "Zwei."])
    let second = ScriptedTransport(clock: clock, responder: TestJSON.echoDeepL)
    let outcome = try engine(deepL(), second, clock: clock, cache: cache).translate([
      "Zwei.", "Eins.",
    ])
    #expect(second.sent.isEmpty)
    #expect(outcome.translations == ["EN<Zwei.>", "EN<Eins.>"])
    #expect(outcome.accounting.cacheHits == 2)
  }

  @Test func `each response is stored in the cache as it arrives`() throws {
    let clock = ManualClock()
    let cache = RecordingCache()
    let sentences = (1...120).map { "Satz Nummer \($0) ist hier." }
    var storesSeenBySend: [Int] = []
    let transport = ScriptedTransport(clock: clock) { request, number in
      // What the cache holds when request `number` is answered: the batches before it.
      storesSeenBySend.append(cache.stores.count)
      return TestJSON.echoDeepL(request, number)
    }
    _ = try engine(deepL(), transport, clock: clock, cache: cache, inFlight: 1)
      .translate(sentences)
    #expect(storesSeenBySend == [0, 1, 2])
    #expect(cache.stores.map(\.count) == [50, 50, 20])
  }

  @Test func `errors never carry the key even when the server echoes it`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { _, _ in
      .success(TestJSON.response(403, #"{"message":"key dl-secret:fx is not valid here"}"#))
    }
    let outcome = try engine(deepL(), transport, clock: clock).translate(["Hallo."])
    #expect(outcome.errors.count == 1)
    #expect(outcome.errors.allSatisfy { !$0.message.contains("dl-secret") })
    #expect(outcome.degraded?.message.contains("dl-secret") == false)
  }

  @Test func `billed characters are summed and number losses are warned about`() throws {
    let clock = ManualClock()
    let transport = ScriptedTransport(clock: clock) { request, _ in
      .success(TestJSON.deepL(TestJSON.texts(in: request).map { _ in "Twelve people" }, billed: 9))
    }
    let outcome = try engine(deepL(), transport, clock: clock).translate(["12 Leute", "Leute"])
    #expect(outcome.accounting.charactersBilled == 18)
    #expect(outcome.warnings == [TranslationWarning(index: 0, kind: .missingNumbers(["12"]))])
    #expect(outcome.translations == ["Twelve people", "Twelve people"])
  }
}

/// An in-memory `TranslationCache`.
final class MemoryCache: TranslationCache, @unchecked Sendable {
  private var entries: [CacheKey: String] = [:]
  func lookup(_ keys: [CacheKey]) -> [CacheKey: String] { entries.filter { keys.contains($0.key) } }
  func store(_ new: [CacheKey: String]) { entries.merge(new) { $1 } }
}

/// A cache that remembers every `store` call.
final class RecordingCache: TranslationCache, @unchecked Sendable {
  private(set) var stores: [[CacheKey: String]] = []
  func lookup(_ keys: [CacheKey]) -> [CacheKey: String] { [:] }
  func store(_ entries: [CacheKey: String]) { stores.append(entries) }
}

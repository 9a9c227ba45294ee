import BriefCurl
import BriefKit
import BriefStore
import Foundation
import Synchronization
import Testing
import TranslationAPIServer

/// Builds engines over the real libcurl transport against a `TranslationAPIServer`, with
/// small timeouts and retry delays so every fault test ends within a few seconds.
enum EngineHarness {
  /// The key the servers expect and the engines send (a DeepL Free key shape).
  static let key = "itest-5ecret-Key-4242:fx"

  /// Glossary names the fake must get back in place of their placeholders.
  static let glossary = Glossary(entries: [
    GlossaryEntry(german: "Sergej Lawrow", english: "Sergei Lavrov"),
    GlossaryEntry(german: "Lawrow", english: "Lavrov"),
    GlossaryEntry(german: "Sergej", english: "Sergei"),
  ])

  /// A minimal chat prompt: the glossary in the system message, numbered sentences in the user
  /// message.
  static let promptText = """
    ---
    version: 1
    ---
    ## system
    Translate {{source_language}} news sentences into {{target_language}}. Name forms:
    {{glossary}}
    Answer with a JSON object of {{count}} translations keyed by sentence number.

    ## user
    {{sentences}}
    """

  /// Retries fast: 10 ms base, 200 ms cap, 3 retries, 5 s deadline.
  static func policy(
    maxRetries: Int = 3, baseDelay: Duration = .milliseconds(10),
    maxDelay: Duration = .milliseconds(200), totalDeadline: Duration = .seconds(5)
  ) -> RetryPolicy {
    RetryPolicy(
      maxRetries: maxRetries, baseDelay: baseDelay, maxDelay: maxDelay,
      totalDeadline: totalDeadline)
  }

  /// The provider for `api` at `server` (or at `baseURL`), sending `key`.
  static func provider(
    _ api: TranslationAPI, server: TranslationAPIServer, key: String? = key,
    baseURL: String? = nil, maxTexts: Int? = nil, prompt: String = promptText
  ) throws -> any TranslationProvider {
    let base = baseURL ?? server.baseURL
    switch api {
    case .deepL:
      var configuration = DeepLProvider.Configuration(authKey: key ?? "", baseURL: base)
      if let maxTexts { configuration.maxTexts = maxTexts }
      return try DeepLProvider(configuration)
    case .libreTranslate:
      var configuration = LibreTranslateProvider.Configuration(baseURL: base, apiKey: key)
      if let maxTexts { configuration.maxTexts = maxTexts }
      return try LibreTranslateProvider(configuration)
    case .openAI:
      var configuration = OpenAIChatProvider.Configuration(
        baseURL: base + "/v1", apiKey: key, model: "m",
        prompt: try PromptTemplate(parsing: prompt))
      if let maxTexts { configuration.maxTexts = maxTexts }
      return try OpenAIChatProvider(configuration)
    }
  }

  /// An engine for `api` at `server` over `CurlTransport`.
  static func engine(
    _ api: TranslationAPI, server: TranslationAPIServer, key: String? = key,
    baseURL: String? = nil, maxTexts: Int? = nil, policy: RetryPolicy = policy(),
    cache: (any TranslationCache)? = nil, concurrency: Int = 4,
    requestTimeout: Duration = .seconds(2), trace: TraceLines? = nil, prompt: String = promptText
  ) throws -> TranslationEngine {
    var verbose: (@Sendable (String) -> Void)?
    if let trace { verbose = { trace.append($0) } }
    let provider = try provider(
      api, server: server, key: key, baseURL: baseURL, maxTexts: maxTexts, prompt: prompt)
    // Wired as the CLI wires it: the provider's secrets are scrubbed from the trace.
    let transport = CurlTransport(
      configuration: CurlTransport.Configuration(
        concurrency: concurrency, connectTimeout: .seconds(1), requestTimeout: requestTimeout,
        noProxy: "127.0.0.1,localhost", verbose: verbose, secrets: provider.secrets))
    return TranslationEngine(
      provider: provider, transport: transport, clock: MonotonicClock(),
      random: SeededGenerator(seed: 7),
      glossary: glossary, policy: policy, cache: cache,
      configuration: .init(maxBatchesInFlight: concurrency))
  }

  /// `count` distinct German sentences; a third name Lawrow, a third Sergej Lawrow.
  static func sentences(_ count: Int, from start: Int = 0) -> [String] {
    (start..<(start + count)).map { index in
      switch index % 3 {
      case 0: "Meldung \(index): Lawrow sprach \(index) Minuten mit Reportern."
      case 1: "Meldung \(index): Sergej Lawrow reiste nach Genf."
      default: "Meldung \(index): Der Rat tagte \(index * 2) Stunden lang."
      }
    }
  }

  /// What the fake server's translation of `sentence` looks like once names are restored.
  static func expected(_ sentence: String) -> String {
    FakeTranslation.english(
      sentence.replacingOccurrences(of: "Sergej Lawrow", with: "Sergei Lavrov")
        .replacingOccurrences(of: "Lawrow", with: "Lavrov"))
  }

  /// The SQLite translation memory at `path`.
  static func memory(at path: String) throws -> TranslationMemory {
    let warnings: @Sendable (String) -> Void = { Issue.record("cache warning: \($0)") }
    return try #require(TranslationMemory.open(path: path, warn: warnings))
  }

  /// Characters the server received in texts, over all requests (what `charactersSent` counts).
  static func charactersReceived(_ server: TranslationAPIServer) -> Int {
    server.requests.reduce(0) { $0 + $1.texts.reduce(0) { $0 + $1.count } }
  }

  /// Time between the arrival of request `first` and request `second` at `server`.
  static func gap(_ server: TranslationAPIServer, _ first: Int, _ second: Int) throws -> Duration {
    let requests = server.requests
    try #require(requests.count > max(first, second))
    return requests[second].recorded.receivedAt - requests[first].recorded.receivedAt
  }
}

/// Checks every translation against its own sentence.
func expectAllTranslated(
  _ outcome: TranslationOutcome, _ sentences: [String],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(outcome.translations.count == sentences.count, sourceLocation: sourceLocation)
  for (sentence, translation) in zip(sentences, outcome.translations) {
    #expect(translation == EngineHarness.expected(sentence), sourceLocation: sourceLocation)
  }
  #expect(outcome.degraded == nil, sourceLocation: sourceLocation)
  #expect(outcome.errors.isEmpty, "\(outcome.errors)", sourceLocation: sourceLocation)
}

/// The test clock: monotonic time and the wall clock, as in a real run.
struct MonotonicClock: TranslationClock {
  private let start = ContinuousClock.now
  func elapsed() -> Duration { ContinuousClock.now - start }
  func now() -> Date { Date() }
}

/// SplitMix64: a seeded generator, so the jitter is the same every run.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Collects the transport's trace lines from any thread.
final class TraceLines: Sendable {
  private let storage = Mutex<[String]>([])
  func append(_ line: String) { storage.withLock { $0.append(line) } }
  var lines: [String] { storage.withLock { $0 } }
}

/// A translation service as request builder and response parser: no I/O of its own.
///
/// The engine batches texts, asks the provider for a request per batch, hands it to the
/// transport, and gives the response back to the provider to parse (success) or diagnose
/// (failure). Providers: `DeepLProvider`, `LibreTranslateProvider`, `OpenAIChatProvider`,
/// `DisabledProvider`.
public protocol TranslationProvider: Sendable {
  /// Display name for messages, e.g. "DeepL".
  var name: String { get }
  /// False only for `DisabledProvider`: the engine then sends nothing and translates nothing.
  var isEnabled: Bool { get }
  /// How much one request may carry.
  var limits: BatchLimits { get }
  /// True: glossary names are replaced by placeholders before sending (machine translation);
  /// false: the matching glossary entries are passed to `makeRequest` (chat prompt).
  var protectsNames: Bool { get }
  /// Every setting that changes the output (kind, endpoint, languages, model, prompt
  /// version...), for `CacheKey`. Never holds a key.
  var cacheIdentity: [String] { get }
  /// Credentials the `Redactor` must remove from every message.
  var secrets: [String] { get }
  /// True when a request can carry context: text that guides the translation of its texts
  /// and is itself not translated (DeepL's `context`, not billed; the chat prompt's context
  /// section).
  var acceptsContext: Bool { get }
  /// Why the provider takes no context, for the warning when context is asked for anyway.
  var noContextReason: String { get }
  /// The longest `Retry-After` worth waiting for; a longer one is not retried. Nil: any that
  /// ends before the deadline.
  var longestRetryAfter: Duration? { get }
  /// The delays between retries when the server names none.
  var backoff: BackoffSchedule { get }

  /// The request translating `texts` in order. `glossary` holds the entries found in the
  /// texts (empty when `protectsNames`).
  func makeRequest(texts: [String], glossary: [GlossaryEntry]) -> ProviderRequest

  /// The request translating `texts` in order with `context` (nil: none), for a provider that
  /// `acceptsContext`; the others ignore it.
  func makeRequest(texts: [String], glossary: [GlossaryEntry], context: String?)
    -> ProviderRequest

  /// Reads a 2xx response to a request for `expectedCount` texts.
  func parse(_ response: HTTPResponse, expectedCount: Int) -> ProviderReply

  /// Reads a non-2xx response: the server's message, quota and size signals, the likely fix.
  func diagnose(_ response: HTTPResponse) -> ErrorDiagnosis
}

extension TranslationProvider {
  /// The standard reading of error bodies; providers refine it.
  public func diagnose(_ response: HTTPResponse) -> ErrorDiagnosis {
    ErrorDiagnosis.standard(for: response)
  }

  /// Takes no context unless the provider says so.
  public var acceptsContext: Bool { false }

  public var noContextReason: String { "\(name) takes no context" }

  /// Any wait that ends before the deadline.
  public var longestRetryAfter: Duration? { nil }

  /// `BackoffSchedule.standard`, for servers that document no backoff.
  public var backoff: BackoffSchedule { .standard }

  /// Ignores `context`: for providers that do not accept it.
  public func makeRequest(texts: [String], glossary: [GlossaryEntry], context: String?)
    -> ProviderRequest
  {
    makeRequest(texts: texts, glossary: glossary)
  }

  /// The size of the request body for no texts at all: the fixed part `TranslationBatcher`
  /// adds to the texts' encoded sizes.
  public var emptyBodySize: Int { emptyBodySize(context: nil) }

  /// The size of the request body for no texts with `context`.
  public func emptyBodySize(context: String?) -> Int {
    makeRequest(texts: [], glossary: [], context: context).http.body.count
  }
}

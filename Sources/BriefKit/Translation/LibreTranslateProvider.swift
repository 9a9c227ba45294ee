/// LibreTranslate: `POST {base}/translate` with `q` as an array (batch) and the optional API
/// key in the body, so its requests are marked `bodyContainsSecret`.
public struct LibreTranslateProvider: TranslationProvider {
  /// Settings, each with its default.
  public struct Configuration: Sendable, Equatable {
    /// The server root, for example `http://localhost:5000`.
    public var baseURL: String
    /// The API key when the server wants one (secret); default nil: not sent.
    public var apiKey: String?
    /// Source language code; default "de".
    public var source: String
    /// Target language code; default "en".
    public var target: String
    /// Texts per request; default 50 (match the server's `--batch-limit`).
    public var maxTexts: Int
    /// Encoded body bytes per request; default 120 KiB.
    public var maxBodyBytes: Int
    /// Characters per request (the server's `--char-limit`); default nil: none.
    public var maxCharacters: Int?

    public init(
      baseURL: String, apiKey: String? = nil, source: String = "de", target: String = "en",
      maxTexts: Int = 50, maxBodyBytes: Int = 120 * 1024, maxCharacters: Int? = nil
    ) {
      self.baseURL = baseURL
      self.apiKey = apiKey
      self.source = source
      self.target = target
      self.maxTexts = maxTexts
      self.maxBodyBytes = maxBodyBytes
      self.maxCharacters = maxCharacters
    }
  }

  public let configuration: Configuration
  /// The base URL in use, without trailing slash.
  public let baseURL: String

  /// - Throws: `TranslationError.invalidConfiguration` for a bad base URL.
  public init(_ configuration: Configuration) throws(TranslationError) {
    self.configuration = configuration
    baseURL = try BaseURL.validated(configuration.baseURL, provider: "LibreTranslate")
  }

  public var name: String { "LibreTranslate" }
  public var isEnabled: Bool { true }
  public var protectsNames: Bool { true }
  public var secrets: [String] { configuration.apiKey.map { [$0] } ?? [] }
  public var limits: BatchLimits {
    BatchLimits(
      maxTexts: configuration.maxTexts, maxBodyBytes: configuration.maxBodyBytes,
      maxCharacters: configuration.maxCharacters)
  }
  public var cacheIdentity: [String] {
    ["libretranslate", baseURL, configuration.source, configuration.target]
  }

  public func makeRequest(texts: [String], glossary: [GlossaryEntry]) -> ProviderRequest {
    var members: [JSONValue.Member] = [
      .init("q", .array(texts.map(JSONValue.string))),
      .init("source", .string(configuration.source)),
      .init("target", .string(configuration.target)),
      .init("format", .string("text")),
    ]
    if let apiKey = configuration.apiKey { members.append(.init("api_key", .string(apiKey))) }
    return ProviderRequest(
      http: HTTPRequest(
        url: baseURL + "/translate", headers: [HTTPHeader("Content-Type", "application/json")],
        body: JSONValue.object(members).encoded),
      bodyContainsSecret: configuration.apiKey != nil)
  }

  /// Reads `{"translatedText":[...]}`; a plain string is accepted for a single text.
  public func parse(_ response: HTTPResponse, expectedCount: Int) -> ProviderReply {
    let value = JSONValue.parse(response.body)?["translatedText"]
    if let single = value?.stringValue, expectedCount == 1 {
      return .translations([single], billedCharacters: nil)
    }
    guard let items = value?.arrayValue else {
      return .invalid(.invalidResponse(provider: name, reason: "no translatedText array"))
    }
    guard items.count == expectedCount else {
      return .invalid(.wrongCount(provider: name, expected: expectedCount, received: items.count))
    }
    let texts = items.compactMap(\.stringValue)
    guard texts.count == items.count else {
      return .invalid(.invalidResponse(provider: name, reason: "a translation is not a string"))
    }
    return .translations(texts, billedCharacters: nil)
  }

  /// The standard reading, plus: a 400 naming an exceeded limit splits the batch; a 500
  /// ("Cannot translate text") is retried once; a 429 naming its limit ("Slowdown: 30 per 1
  /// minute") waits for the limit's window; key and address fixes for 400/403/404.
  public func diagnose(_ response: HTTPResponse) -> ErrorDiagnosis {
    var diagnosis = ErrorDiagnosis.standard(for: response)
    let message = diagnosis.serverMessage?.lowercased() ?? ""
    switch response.status {
    case 400 where message.contains("exceeds"):
      diagnosis.isBatchTooLarge = true
      diagnosis.fix = "lower the batch limits to the server's --batch-limit/--char-limit"
    case 400 where message.contains("api key"):
      diagnosis.fix = "this LibreTranslate server needs an API key: configure one"
    case 403: diagnosis.fix = "the LibreTranslate API key is invalid (or this address is banned)"
    case 404: diagnosis.fix = "check the base URL: the server root, without /translate"
    case 500: diagnosis.retryLimit = 1
    case 429: diagnosis.requestedDelay = Self.rateLimitWindow(message)
    default: break
    }
    return diagnosis
  }

  /// The window of the Flask-Limiter limit named in `message`, after which its count starts
  /// again.
  ///
  /// "slowdown: 30 per 1 minute": 60 s, "10 per hour": 3600 s; nil when none is named.
  static func rateLimitWindow(_ message: String) -> Duration? {
    let units: [(String, Int64)] = [
      ("second", 1), ("minute", 60), ("hour", 3_600), ("day", 86_400),
    ]
    let words = message.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    guard let per = words.firstIndex(of: "per"), per + 1 < words.count else { return nil }
    var count: Int64 = 1
    var unitIndex = per + 1
    if let number = Int64(words[unitIndex]), unitIndex + 1 < words.count {
      count = max(1, min(number, 1_000))
      unitIndex += 1
    }
    let unit = words[unitIndex]
    guard let seconds = units.first(where: { unit == $0.0 || unit == $0.0 + "s" })?.1 else {
      return nil
    }
    return .seconds(count * seconds)
  }
}

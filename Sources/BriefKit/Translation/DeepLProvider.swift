/// DeepL API v2: `POST {base}/v2/translate` with a JSON body and header authentication.
///
/// The host follows the key unless overridden: keys ending in `:fx` are Free keys for
/// `https://api-free.deepl.com`, others Pro keys for `https://api.deepl.com`.
public struct DeepLProvider: TranslationProvider {
  /// English variant; DeepL deprecates bare `EN`.
  public enum TargetLanguage: String, Sendable, Equatable, CaseIterable {
    case britishEnglish = "EN-GB"
    case americanEnglish = "EN-US"
  }

  /// Formality; English targets accept only the `prefer_` forms.
  public enum Formality: String, Sendable, Equatable, CaseIterable {
    case preferMore = "prefer_more"
    case preferLess = "prefer_less"
  }

  /// Settings, each with its default.
  public struct Configuration: Sendable, Equatable {
    /// The DeepL auth key (secret).
    public var authKey: String
    /// Override of the host (tests, proxies); nil derives it from the key.
    public var baseURL: String?
    /// Default British English.
    public var targetLanguage: TargetLanguage
    /// Default nil: not sent.
    public var formality: Formality?
    /// A DeepL glossary id; default nil: not sent.
    public var glossaryID: String?
    /// Texts per request; default 50 (DeepL's documented limit).
    public var maxTexts: Int
    /// Encoded body bytes per request; default 120 KiB, under DeepL's 128 KiB.
    public var maxBodyBytes: Int
    /// Sent as `User-Agent`; DeepL asks for one.
    ///
    /// Default "Brief".
    public var userAgent: String

    public init(
      authKey: String, baseURL: String? = nil, targetLanguage: TargetLanguage = .britishEnglish,
      formality: Formality? = nil, glossaryID: String? = nil, maxTexts: Int = 50,
      maxBodyBytes: Int = 120 * 1024, userAgent: String = "Brief"
    ) {
      self.authKey = authKey
      self.baseURL = baseURL
      self.targetLanguage = targetLanguage
      self.formality = formality
      self.glossaryID = glossaryID
      self.maxTexts = maxTexts
      self.maxBodyBytes = maxBodyBytes
      self.userAgent = userAgent
    }
  }

  /// The Free API host.
  public static let freeHost = "https://api-free.deepl.com"
  /// The Pro API host.
  public static let proHost = "https://api.deepl.com"

  public let configuration: Configuration
  /// The base URL in use, without trailing slash.
  public let baseURL: String

  /// - Throws: `TranslationError.invalidConfiguration` for an empty key or a bad base URL.
  public init(_ configuration: Configuration) throws(TranslationError) {
    guard !configuration.authKey.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .invalidConfiguration("DeepL needs an auth key")
    }
    self.configuration = configuration
    let derived = configuration.authKey.hasSuffix(":fx") ? Self.freeHost : Self.proHost
    baseURL = try BaseURL.validated(configuration.baseURL ?? derived, provider: "DeepL")
  }

  public var name: String { "DeepL" }
  public var isEnabled: Bool { true }
  public var protectsNames: Bool { true }
  public var secrets: [String] { [configuration.authKey] }

  /// DeepL's own client's backoff: 1 s, × 1.6, ± 23 % (`BackoffSchedule.deepL`).
  public var backoff: BackoffSchedule { .deepL }
  public var acceptsContext: Bool { true }
  public var limits: BatchLimits {
    BatchLimits(maxTexts: configuration.maxTexts, maxBodyBytes: configuration.maxBodyBytes)
  }
  public var cacheIdentity: [String] {
    [
      "deepl", baseURL, "DE", configuration.targetLanguage.rawValue,
      configuration.formality?.rawValue ?? "", configuration.glossaryID ?? "",
    ]
  }

  public func makeRequest(texts: [String], glossary: [GlossaryEntry]) -> ProviderRequest {
    makeRequest(texts: texts, glossary: glossary, context: nil)
  }

  /// The request with `context` as DeepL's `context` (not translated, not billed) when given.
  public func makeRequest(texts: [String], glossary: [GlossaryEntry], context: String?)
    -> ProviderRequest
  {
    var members: [JSONValue.Member] = [
      .init("text", .array(texts.map(JSONValue.string))),
      .init("source_lang", .string("DE")),
      .init("target_lang", .string(configuration.targetLanguage.rawValue)),
    ]
    if let formality = configuration.formality {
      members.append(.init("formality", .string(formality.rawValue)))
    }
    if let glossaryID = configuration.glossaryID {
      members.append(.init("glossary_id", .string(glossaryID)))
    }
    if let context { members.append(.init("context", .string(context))) }
    members.append(.init("show_billed_characters", .bool(true)))
    let headers = [
      HTTPHeader("Authorization", "DeepL-Auth-Key \(configuration.authKey)", isSecret: true),
      HTTPHeader("Content-Type", "application/json"),
      HTTPHeader("User-Agent", configuration.userAgent),
    ]
    return ProviderRequest(
      http: HTTPRequest(
        url: baseURL + "/v2/translate", headers: headers, body: JSONValue.object(members).encoded))
  }

  /// Reads `{"translations":[{"detected_source_language","text","billed_characters"?}]}`.
  public func parse(_ response: HTTPResponse, expectedCount: Int) -> ProviderReply {
    guard let items = JSONValue.parse(response.body)?["translations"]?.arrayValue else {
      return .invalid(.invalidResponse(provider: name, reason: "no translations array"))
    }
    guard items.count == expectedCount else {
      return .invalid(.wrongCount(provider: name, expected: expectedCount, received: items.count))
    }
    var texts: [String] = []
    var billed: Int? = 0
    for item in items {
      guard let text = item["text"]?.stringValue else {
        return .invalid(.invalidResponse(provider: name, reason: "a translation has no text"))
      }
      texts.append(text)
      billed = billed.flatMap { sum in item["billed_characters"]?.intValue.map { sum + $0 } }
    }
    return .translations(texts, billedCharacters: items.isEmpty ? nil : billed)
  }

  /// The standard reading, with DeepL's fixes: the host that fits the key on 403, the
  /// language settings on 400, the base URL on 404 (and the glossary id, only when one is
  /// configured).
  public func diagnose(_ response: HTTPResponse) -> ErrorDiagnosis {
    var diagnosis = ErrorDiagnosis.standard(for: response)
    let freeKey = configuration.authKey.hasSuffix(":fx")
    let onFreeHost = baseURL.lowercased().contains("api-free.deepl.com")
    let onProHost = baseURL.lowercased().contains("://api.deepl.com")
    switch response.status {
    case 401, 403:
      if freeKey && onProHost {
        diagnosis.fix =
          "a DeepL Free key (ending in :fx) must use \(Self.freeHost): "
          + "remove the base URL override or set it to that host"
      } else if !freeKey && onFreeHost {
        diagnosis.fix =
          "a DeepL Pro key (not ending in :fx) must use \(Self.proHost): "
          + "remove the base URL override or set it to that host"
      } else {
        diagnosis.fix =
          "check the DeepL auth key (Free keys end in :fx and use "
          + "\(Self.freeHost); Pro keys use \(Self.proHost))"
      }
    case 400:
      diagnosis.fix =
        "check the target language (EN-GB or EN-US) and formality (prefer_more or "
        + "prefer_less only)" + (configuration.glossaryID == nil ? "" : " and the glossary id")
    case 404:
      diagnosis.fix =
        "check the base URL: the host only, without /v2"
        + (configuration.glossaryID == nil ? "" : " (and the glossary id)")
    case 456: diagnosis.fix = "the DeepL character quota is used up: check /v2/usage or the plan"
    default: break
    }
    return diagnosis
  }
}

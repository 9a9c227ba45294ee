import Foundation

/// An OpenAI-compatible chat completions server (OpenAI, Ollama, vLLM, llama.cpp):
/// `POST {base}/chat/completions`, the prompt from a `PromptTemplate`, the answer a JSON object
/// of translations keyed by sentence number.
public struct OpenAIChatProvider: TranslationProvider {
  /// Settings, each with its default.
  public struct Configuration: Sendable, Equatable {
    /// The API root, for example `http://localhost:11434/v1` or `https://api.openai.com/v1`.
    public var baseURL: String
    /// Sent as `Authorization: Bearer` when set (secret); default nil.
    public var apiKey: String?
    /// The model name, for example "llama3.1:8b".
    public var model: String
    /// The prompt (parsed from `prompts/translate-de-en.md`).
    public var prompt: PromptTemplate
    /// Fills `{{source_language}}`; default "German".
    public var sourceLanguage: String
    /// Fills `{{target_language}}`; default "English".
    public var targetLanguage: String
    /// Sentences per request; default 20.
    public var maxTexts: Int
    /// Characters of the sentences per request; default 4000.
    public var maxCharacters: Int

    public init(
      baseURL: String, apiKey: String? = nil, model: String, prompt: PromptTemplate,
      sourceLanguage: String = "German", targetLanguage: String = "English", maxTexts: Int = 20,
      maxCharacters: Int = 4000
    ) {
      self.baseURL = baseURL
      self.apiKey = apiKey
      self.model = model
      self.prompt = prompt
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.maxTexts = maxTexts
      self.maxCharacters = maxCharacters
    }
  }

  public let configuration: Configuration
  /// The base URL in use, without trailing slash.
  public let baseURL: String

  /// - Throws: `TranslationError.invalidConfiguration` for a bad base URL or an empty model.
  public init(_ configuration: Configuration) throws(TranslationError) {
    guard !configuration.model.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .invalidConfiguration("the chat provider needs a model name")
    }
    self.configuration = configuration
    baseURL = try BaseURL.validated(configuration.baseURL, provider: "chat")
  }

  public var name: String { "chat model \(configuration.model)" }
  public var isEnabled: Bool { true }
  public var protectsNames: Bool { false }
  /// True when the prompt has a `## context` section.
  public var acceptsContext: Bool { configuration.prompt.context != nil }
  public var noContextReason: String { "the chat prompt has no ## context section" }
  public var secrets: [String] { configuration.apiKey.map { [$0] } ?? [] }
  /// 120 s, as the official OpenAI client (`MAX_RETRY_AFTER_DELAY`): a longer wait is not
  /// retried.
  public var longestRetryAfter: Duration? { .seconds(120) }
  public var limits: BatchLimits {
    BatchLimits(maxTexts: configuration.maxTexts, maxCharacters: configuration.maxCharacters)
  }
  public var cacheIdentity: [String] {
    [
      "openai-chat", baseURL, configuration.model, configuration.prompt.version,
      configuration.sourceLanguage, configuration.targetLanguage,
    ]
  }

  public func makeRequest(texts: [String], glossary: [GlossaryEntry]) -> ProviderRequest {
    makeRequest(texts: texts, glossary: glossary, context: nil)
  }

  /// The request with the prompt's context section filled with `context` before the user
  /// message, when both are there.
  public func makeRequest(texts: [String], glossary: [GlossaryEntry], context: String?)
    -> ProviderRequest
  {
    let prompt = configuration.prompt.render(
      sentences: texts, glossary: glossary, sourceLanguage: configuration.sourceLanguage,
      targetLanguage: configuration.targetLanguage, context: context)
    let body = JSONValue.object([
      .init("model", .string(configuration.model)),
      .init(
        "messages",
        .array([
          .object([.init("role", .string("system")), .init("content", .string(prompt.system))]),
          .object([.init("role", .string("user")), .init("content", .string(prompt.user))]),
        ])
      ),
      .init("temperature", .integer(0)),
    ])
    var headers = [HTTPHeader("Content-Type", "application/json")]
    if let apiKey = configuration.apiKey {
      headers.insert(HTTPHeader("Authorization", "Bearer \(apiKey)", isSecret: true), at: 0)
    }
    return ProviderRequest(
      http: HTTPRequest(url: baseURL + "/chat/completions", headers: headers, body: body.encoded))
  }

  /// Reads `choices[0].message.content` and places each translation by its sentence number
  /// (`ChatAnswerParser`); `finish_reason: "length"` is `.truncated`; an answer without exactly
  /// one translation per sentence number is `.invalid`.
  public func parse(_ response: HTTPResponse, expectedCount: Int) -> ProviderReply {
    let choice = JSONValue.parse(response.body)?["choices"]?.arrayValue?.first
    if choice?["finish_reason"]?.stringValue == "length" { return .truncated }
    guard let content = choice?["message"]?["content"]?.stringValue else {
      return .invalid(.invalidResponse(provider: name, reason: "no choices[0].message.content"))
    }
    switch ChatAnswerParser.read(content, expectedCount: expectedCount) {
    case .translations(let texts): return .translations(texts, billedCharacters: nil)
    case .wrongCount(let received):
      return .invalid(.wrongCount(provider: name, expected: expectedCount, received: received))
    case .invalid(let reason): return .invalid(.invalidResponse(provider: name, reason: reason))
    }
  }

  /// The standard reading, with fixes naming the key, the base URL and the model.
  public func diagnose(_ response: HTTPResponse) -> ErrorDiagnosis {
    var diagnosis = ErrorDiagnosis.standard(for: response)
    switch response.status {
    case 401: diagnosis.fix = "the API key is missing or invalid: check the chat API key"
    case 403: diagnosis.fix = "the API key may not use this model or region: check key and model"
    case 404:
      diagnosis.fix =
        "check the base URL (it should end in /v1) and the model name "
        + "\"\(configuration.model)\""
    case 400: diagnosis.fix = "check the model name \"\(configuration.model)\" and its options"
    case 429 where diagnosis.isQuotaExhausted:
      diagnosis.fix = "the account has no credit left: check billing"
    default: break
    }
    return diagnosis
  }
}

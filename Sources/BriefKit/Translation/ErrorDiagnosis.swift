/// What a provider read from an error response: the server's own words, the signals the retry
/// policy acts on, and the fix to suggest when retrying cannot help.
public struct ErrorDiagnosis: Sendable, Equatable {
  /// The server's message from a JSON error body, shortened; nil for empty or HTML bodies.
  public var serverMessage: String?
  /// True when the account is out of quota or credit: stop the provider, do not retry.
  public var isQuotaExhausted: Bool
  /// True when the batch was too large (413, LibreTranslate's limit message): split it.
  public var isBatchTooLarge: Bool
  /// The likely remedy, for messages on non-retryable statuses.
  public var fix: String
  /// Retries this failure is worth at most, when fewer than the policy allows (LibreTranslate's
  /// 500: once); nil: the policy's `maxRetries`.
  public var retryLimit: Int?
  /// The wait the server's message asks for when no header does (LibreTranslate's "Slowdown:
  /// 30 per 1 minute": the minute); nil: the provider's backoff.
  public var requestedDelay: Duration?

  public init(
    serverMessage: String? = nil, isQuotaExhausted: Bool = false, isBatchTooLarge: Bool = false,
    fix: String, retryLimit: Int? = nil, requestedDelay: Duration? = nil
  ) {
    self.requestedDelay = requestedDelay
    self.serverMessage = serverMessage
    self.isQuotaExhausted = isQuotaExhausted
    self.isBatchTooLarge = isBatchTooLarge
    self.fix = fix
    self.retryLimit = retryLimit
  }

  /// Longest server message kept, in characters.
  static let maxMessageLength = 200

  /// The reading shared by all providers: `{"message"}`, `{"error": "..."}`,
  /// `{"error": {"message", "code", "type"}}`, `{"detail"}`; 456 and `insufficient_quota`
  /// mean quota; 413 means too large.
  public static func standard(for response: HTTPResponse) -> ErrorDiagnosis {
    let json = JSONValue.parse(response.body)
    let error = json?["error"]
    let message =
      json?["message"]?.stringValue ?? error?.stringValue ?? error?["message"]?.stringValue
      ?? json?["detail"]?.stringValue
    let codes = [
      error?["code"]?.stringValue, error?["type"]?.stringValue, json?["code"]?.stringValue,
      json?["type"]?.stringValue,
    ]
    let quota = response.status == 456 || codes.contains("insufficient_quota")
    return ErrorDiagnosis(
      serverMessage: message.map(shorten), isQuotaExhausted: quota,
      isBatchTooLarge: response.status == 413, fix: standardFix(for: response.status))
  }

  /// The generic remedy for a status.
  static func standardFix(for status: Int) -> String {
    switch status {
    case 400: "check the languages, model and glossary settings"
    case 401: "the API key is missing or invalid: check it"
    case 403: "the API key was refused: check it and that it belongs to this host"
    case 404: "nothing at that address: check the base URL (and the model name)"
    default: "see the server's message"
    }
  }

  /// Collapses whitespace and cuts to `maxMessageLength` characters.
  static func shorten(_ message: String) -> String {
    let flat = message.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > maxMessageLength else { return flat }
    return String(flat.prefix(maxMessageLength)) + "…"
  }
}

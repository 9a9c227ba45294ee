import Foundation

/// Removes secrets from anything that may be printed or logged: messages, errors, URLs, request
/// descriptions.
///
/// Every `TranslationError` leaving the engine has passed through one.
///
/// Removed: each configured secret verbatim and percent-encoded; the credential after
/// `Bearer` and `DeepL-Auth-Key`; values of credential-like query parameters (`auth_key`,
/// `api_key`, `apikey`, `key`, `token`, `access_token`, `password`, `sig`, `signature`); the
/// user-info of URLs (`http://admin:***@host`, `http://***@host`, see `redactingUserInfo`).
public struct Redactor: Sendable, Equatable {
  /// What a removed secret is replaced with.
  public static let mask = "[REDACTED]"
  /// The secrets, longest first (so a secret containing another is removed whole).
  public let secrets: [String]

  /// Secrets shorter than 4 characters are ignored: masking them would mangle ordinary text.
  public init(secrets: [String]) {
    let usable = Set(secrets.filter { $0.count >= 4 })
    self.secrets = usable.sorted { ($0.count, $0) > ($1.count, $1) }
  }

  /// `text` with every secret replaced by `mask`.
  public func redact(_ text: String) -> String {
    var output = text
    for secret in secrets {
      output = output.replacingOccurrences(of: secret, with: Self.mask)
      if let encoded = secret.addingPercentEncoding(withAllowedCharacters: Self.unreserved),
        encoded != secret
      {
        output = output.replacingOccurrences(of: encoded, with: Self.mask)
      }
    }
    return Self.replacing(Self.patterns, in: output)
  }

  /// RFC 3986 unreserved characters: what percent-encoding leaves alone.
  static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

  /// What replaces a URL's password (or its user when it has no password).
  public static let userInfoMask = "***"

  /// A URL's user-info: scheme, then the user, then an optional `:password`, then `@`.
  static let userInfoPatterns: [(String, String)] = [
    (#"(\b[a-z][a-z0-9+.-]*://)([^/\s:@?#\[\]]*):[^/\s@?#]*@"#, "$1$2:\(userInfoMask)@"),
    (#"(\b[a-z][a-z0-9+.-]*://)[^/\s:@?#\[\]]+@"#, "$1\(userInfoMask)@"),
  ]

  /// `text` with the password of every URL in it masked (`http://admin:***@host`), and the
  /// user too when there is no password (`http://***@host`, the user may be a token).
  ///
  /// For endpoints shown or stored: the report, the summary line, cache keys.
  public static func redactingUserInfo(_ text: String) -> String {
    guard text.contains("@") else { return text }
    return replacing(userInfoPatterns, in: text)
  }

  /// The credentials in the user-info of `url`, for the secrets a trace must scrub: the
  /// password (or the user when there is no password), as written and percent-decoded.
  public static func userInfoSecrets(of url: String) -> [String] {
    guard let components = URLComponents(string: url) else { return [] }
    let raw = components.percentEncodedPassword ?? components.percentEncodedUser
    return [raw, components.password ?? components.user].compactMap { $0 }.filter { !$0.isEmpty }
  }

  private static func replacing(_ patterns: [(String, String)], in text: String) -> String {
    var output = text
    for (pattern, template) in patterns {
      guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
      else { continue }
      output = regex.stringByReplacingMatches(
        in: output, range: NSRange(output.startIndex..., in: output), withTemplate: template)
    }
    return output
  }

  /// Credential patterns and their replacements.
  static let patterns: [(String, String)] =
    userInfoPatterns + [
      (#"\b(Bearer|DeepL-Auth-Key)\s+(?!\[REDACTED\])[^\s"',;]+"#, "$1 \(mask)"),
      (
        #"([?&;](?:auth_key|api_key|apikey|key|token|access_token|password|sig|signature)=)[^&#\s"']*"#,
        "$1\(mask)"
      ),
    ]

  /// The error with every string it carries redacted.
  public func redact(_ error: TranslationError) -> TranslationError {
    switch error {
    case .rejected(let provider, let status, let message, let fix):
      .rejected(provider: provider, status: status, message: message.map(redact), fix: redact(fix))
    case .quotaExceeded(let provider, let status, let message):
      .quotaExceeded(provider: provider, status: status, message: message.map(redact))
    case .unavailable(let provider, let failedBatches, let last):
      .unavailable(provider: provider, failedBatches: failedBatches, last: redact(last))
    case .retriesExhausted(let provider, let attempts, let last):
      .retriesExhausted(provider: provider, attempts: attempts, last: redact(last))
    case .deadlineExceeded(let provider, let elapsed, let last):
      .deadlineExceeded(provider: provider, elapsed: elapsed, last: redact(last))
    case .waitRefused(let provider, let requested, let allowed, let beforeDeadline, let last):
      .waitRefused(
        provider: provider, requested: requested, allowed: allowed,
        beforeDeadline: beforeDeadline, last: redact(last))
    case .transport(let provider, let message):
      .transport(provider: provider, message: redact(message))
    case .redirectRefused(let provider, let status, let host):
      .redirectRefused(provider: provider, status: status, host: host.map(redact))
    case .invalidResponse(let provider, let reason):
      .invalidResponse(provider: provider, reason: redact(reason))
    case .invalidConfiguration(let reason): .invalidConfiguration(redact(reason))
    case .translationRejected(let provider, let sentence, let reason):
      .translationRejected(provider: provider, sentence: redact(sentence), reason: redact(reason))
    case .invalidGlossary, .invalidPromptTemplate, .wrongCount, .truncated, .tooLarge,
      .placeholderMismatch:
      error
    }
  }

  /// One log line for a request: method, URL, headers with secret values masked, and the body
  /// size — the body itself only when it holds no secret and `includeBody` is set.
  public func describe(_ request: ProviderRequest, includeBody: Bool = false) -> String {
    let http = request.http
    let headers = http.headers.map { "\($0.name): \($0.isSecret ? Self.mask : $0.value)" }
    var line =
      "\(http.method) \(redact(http.url)) [\(headers.joined(separator: "; "))] "
      + "body \(http.body.count) bytes"
    if includeBody, !request.bodyContainsSecret {
      line += ": " + redact(String(decoding: http.body, as: UTF8.self))
    }
    return line
  }

  /// The host of `url` (no scheme, credentials, path or query), or nil when it has none (for
  /// example a relative redirect location).
  public static func hostOnly(of url: String) -> String? {
    guard let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
    return host
  }
}

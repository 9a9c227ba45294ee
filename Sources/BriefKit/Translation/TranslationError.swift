/// Everything that can go wrong in the translation stage, with the context a user needs.
///
/// Every message that leaves the engine has passed through a `Redactor`, so no case ever holds
/// a key. `provider` is the provider's display name ("DeepL", "LibreTranslate", ...).
public enum TranslationError: Error, Equatable, Sendable {
  /// The server refused the request and retrying cannot help (400, 401, 403, 404, ...).
  /// `message` is the server's own text when it sent one; `fix` names the likely remedy.
  case rejected(provider: String, status: Int, message: String?, fix: String)
  /// The account is out of quota or credit (DeepL 456, OpenAI `insufficient_quota`): the
  /// provider is stopped for the rest of the run.
  case quotaExceeded(provider: String, status: Int, message: String?)
  /// `failedBatches` batches in a row failed for good (no answer, timeouts, server errors,
  /// each after its retries) with no answer in between: the provider is taken to be down and
  /// stopped for the rest of the run. `last` is the last failure's message.
  case unavailable(provider: String, failedBatches: Int, last: String)
  /// Retryable failures kept coming until `attempts` requests had been made; `last` describes
  /// the final one ("HTTP 503", "connection reset").
  case retriesExhausted(provider: String, attempts: Int, last: String)
  /// The next retry would start after the deadline for the batch (`RetryPolicy.totalDeadline`).
  case deadlineExceeded(provider: String, elapsed: Duration, last: String)
  /// The server asked to wait `requested` before retrying, longer than `allowed`: the time
  /// left before the deadline (`beforeDeadline`) or the longest wait worth it for this
  /// provider (OpenAI: 120 s). Given up at once; `last` describes the response.
  case waitRefused(
    provider: String, requested: Duration, allowed: Duration, beforeDeadline: Bool, last: String)
  /// The request failed below HTTP in a way that retrying cannot fix (TLS, libcurl error).
  case transport(provider: String, message: String)
  /// The server answered with a redirect, which Brief does not follow. `host` is the target
  /// host only (never its query, which may hold a secret).
  case redirectRefused(provider: String, status: Int, host: String?)
  /// A successful response whose body could not be used (not JSON, wrong shape, ...).
  case invalidResponse(provider: String, reason: String)
  /// The response held a different number of translations than texts were sent.
  case wrongCount(provider: String, expected: Int, received: Int)
  /// The model's answer was cut off (`finish_reason: "length"`) even for a single sentence.
  case truncated(provider: String)
  /// The server found a single sentence too large (413) even when sent alone.
  case tooLarge(provider: String, status: Int)
  /// An answer for one sentence was dropped because it cannot be its translation (see
  /// `TranslationChecks.rejection`); `sentence` is the sentence's start, `reason` says why.
  case translationRejected(provider: String, sentence: String, reason: String)
  /// A protected name placeholder came back missing, doubled or altered: `expected` are the
  /// sentence's names, `found` those whose placeholders the answer holds.
  case placeholderMismatch(provider: String, expected: [String], found: [String])
  /// A line of the glossary file could not be read.
  case invalidGlossary(line: Int, reason: String)
  /// The prompt template could not be read.
  case invalidPromptTemplate(reason: String)
  /// A provider setting is unusable (e.g. a base URL that is not http(s)).
  case invalidConfiguration(String)

  /// True for a request that got no usable answer at all (no connection, timeouts, server
  /// errors until the retries or the deadline ran out), as against an answer that was
  /// refused or rejected.
  public var isRequestFailure: Bool {
    switch self {
    case .retriesExhausted, .deadlineExceeded, .waitRefused, .transport, .unavailable: true
    default: false
    }
  }

  /// `duration` in whole seconds, rounded up, for messages.
  static func seconds(_ duration: Duration) -> Int {
    Int(duration.inSeconds.rounded(.up))
  }

  /// One line for the user, naming the provider and what to do.
  public var message: String {
    switch self {
    case .rejected(let provider, let status, let message, let fix):
      let server = message.map { ": \($0)" } ?? ""
      return "\(provider) rejected the request (HTTP \(status)\(server)); \(fix)"
    case .quotaExceeded(let provider, let status, let message):
      let server = message.map { ": \($0)" } ?? ""
      return "\(provider) quota exhausted (HTTP \(status)\(server)); translation stopped for "
        + "this run"
    case .unavailable(let provider, let failedBatches, let last):
      return "\(provider) failed \(failedBatches) batches in a row (last: \(last)); translation "
        + "stopped for this run, run again later to translate"
    case .retriesExhausted(let provider, let attempts, let last):
      return "\(provider) still failing after \(attempts) attempt\(attempts == 1 ? "" : "s") "
        + "(last: \(last))"
    case .deadlineExceeded(let provider, let elapsed, let last):
      return "\(provider) gave up after \(Int(elapsed.inSeconds.rounded())) s: no time left "
        + "for another attempt before the deadline (last: \(last))"
    case .waitRefused(let provider, let requested, let allowed, let beforeDeadline, let last):
      let bound =
        beforeDeadline
        ? "the \(Self.seconds(allowed)) s left before the deadline"
        : "the \(Self.seconds(allowed)) s worth waiting for"
      return "\(provider) asked to wait \(Self.seconds(requested)) s before retrying (last: "
        + "\(last)), longer than \(bound); gave up"
    case .transport(let provider, let message):
      return "\(provider) unreachable: \(message)"
    case .redirectRefused(let provider, let status, let host):
      return "\(provider) redirected (HTTP \(status)) to \(host ?? "an unknown location"); "
        + "redirects are not followed: set the base URL to the final host"
    case .invalidResponse(let provider, let reason):
      return "\(provider) sent an unusable response: \(reason)"
    case .wrongCount(let provider, let expected, let received):
      return "\(provider) returned \(received) translations for \(expected) sentences"
    case .truncated(let provider):
      return "\(provider) cut the answer off (finish_reason length) even for one sentence; "
        + "raise the model's output limit"
    case .tooLarge(let provider, let status):
      return "\(provider) refused a single sentence as too large (HTTP \(status))"
    case .translationRejected(let provider, let sentence, let reason):
      return "\(provider) answer for \"\(sentence)\" rejected: \(reason)"
    case .placeholderMismatch(let provider, let expected, let found):
      func names(_ list: [String]) -> String {
        list.isEmpty ? "none" : list.joined(separator: ", ")
      }
      return "\(provider) altered protected names (expected: \(names(expected)); found: "
        + "\(names(found)))"
    case .invalidGlossary(let line, let reason):
      return "glossary line \(line): \(reason)"
    case .invalidPromptTemplate(let reason):
      return "prompt template: \(reason)"
    case .invalidConfiguration(let reason):
      return "translation configuration: \(reason)"
    }
  }
}

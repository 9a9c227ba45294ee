import Foundation

/// When and how long to wait before trying a failed request again.
///
/// Pure: time and randomness are passed in.
///
/// - Retried: 408, 429, 500, 502, 503, 504, 529 and retryable transport errors (resets,
///   timeouts, failed connects), after the provider's `backoff` (`BackoffSchedule`: DeepL
///   1 s × 1.6 ± 23 %, chat servers 0.5 s × 2 − 25 %, LibreTranslate 1 s × 2 ± 25 %; a
///   minimum that grows, never a draw from zero), honouring `retry-after-ms` and `Retry-After`
///   (seconds or HTTP-date) in full (a zero asks for the backoff), and else a wait the
///   server's message names (`ErrorDiagnosis.requestedDelay`: LibreTranslate's "30 per 1
///   minute" waits the minute). A requested delay longer than the provider's
///   `longestRetryAfter` (OpenAI: 120 s) or than the time left before `totalDeadline` gives up
///   at once. A retry needs `minimumAttemptTime` left after its delay, and every attempt's
///   time limit is the time left (`timeLimit`), so all attempts of a batch end by the
///   deadline. LibreTranslate's 500 is retried once (`ErrorDiagnosis.retryLimit`). The final
///   error keeps the server's message ("HTTP 429: Slowdown: 30 per 1 minute").
/// - Split: 413 and other "batch too large" signals (`ErrorDiagnosis.isBatchTooLarge`).
/// - Stop the provider: quota exhausted (DeepL 456, OpenAI 429 `insufficient_quota` — a plain
///   rate-limit 429 is retried); 401, 403 and 404 (refused key, wrong endpoint or model), each
///   with the provider's likely fix.
/// - Fail at once, without retry: 400 and other statuses; redirects, naming only the target
///   host; TLS and other non-retryable transport errors.
public struct RetryPolicy: Sendable, Equatable {
  /// Retries after the first attempt; 0 turns retrying off.
  ///
  /// Default 5.
  public var maxRetries: Int
  /// The nominal backoff before the first retry, replacing the provider's
  /// (`BackoffSchedule.initial`).
  ///
  /// Default nil: the provider's.
  public var baseDelay: Duration?
  /// The longest nominal backoff, replacing the provider's (`BackoffSchedule.maximum`); a
  /// server's `Retry-After` is bounded by `totalDeadline` instead.
  ///
  /// Default nil: the provider's.
  public var maxDelay: Duration?
  /// Longest time from a batch's first attempt to the end of its last one.
  ///
  /// Default 120 s.
  public var totalDeadline: Duration
  /// Least time that must be left before `totalDeadline` after a retry's delay for the retry
  /// to be sent.
  ///
  /// Default 1 s.
  public var minimumAttemptTime: Duration
  /// Jitter: each backoff drawn from the provider's band around its nominal value
  /// (`BackoffSchedule.delay`); false: the nominal value.
  ///
  /// Default true.
  public var jitter: Bool

  public init(
    maxRetries: Int = 5, baseDelay: Duration? = nil,
    maxDelay: Duration? = nil, totalDeadline: Duration = .seconds(120),
    minimumAttemptTime: Duration = .seconds(1), jitter: Bool = true
  ) {
    self.maxRetries = max(0, maxRetries)
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.totalDeadline = totalDeadline
    self.minimumAttemptTime = minimumAttemptTime
    self.jitter = jitter
  }

  /// Statuses worth retrying as they are.
  public static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504, 529]

  /// The decision for a failed attempt.
  ///
  /// - Parameters:
  ///   - retriesSoFar: retries already made for this batch (0 after the first attempt).
  ///   - outcome: a non-2xx response, or the transport error.
  ///   - provider: reads the error body (`diagnose`) and names itself in messages.
  ///   - elapsed: time since the batch's first attempt.
  ///   - now: wall-clock time, for `Retry-After` dates.
  public func decide(
    retriesSoFar: Int, outcome: Result<HTTPResponse, TransportError>,
    provider: any TranslationProvider, elapsed: Duration, now: Date,
    using random: inout some RandomNumberGenerator
  ) -> RetryDecision {
    let name = provider.name
    switch outcome {
    case .failure(.redirectRefused(let status, let location)):
      return .fail(
        .redirectRefused(provider: name, status: status, host: location.flatMap(Redactor.hostOnly)))
    case .failure(let error) where !error.isRetryable:
      return .fail(.transport(provider: name, message: Self.describe(error)))
    case .failure(let error):
      return retry(
        retriesSoFar: retriesSoFar, limit: maxRetries, requested: nil,
        last: Self.describe(error), provider: provider, elapsed: elapsed, using: &random)
    case .success(let response):
      let diagnosis = provider.diagnose(response)
      if diagnosis.isQuotaExhausted {
        return .stopProvider(
          .quotaExceeded(provider: name, status: response.status, message: diagnosis.serverMessage))
      }
      if diagnosis.isBatchTooLarge { return .split }
      if Self.retryableStatuses.contains(response.status),
        response.headers["x-should-retry"]?.lowercased() != "false"
      {
        return retry(
          retriesSoFar: retriesSoFar, limit: min(maxRetries, diagnosis.retryLimit ?? maxRetries),
          requested: Self.retryAfter(response.headers, now: now) ?? diagnosis.requestedDelay,
          last: "HTTP \(response.status)" + (diagnosis.serverMessage.map { ": \($0)" } ?? ""),
          provider: provider, elapsed: elapsed, using: &random)
      }
      if (300..<400).contains(response.status) {
        return .fail(
          .redirectRefused(
            provider: name, status: response.status,
            host: response.headers["location"].flatMap(Redactor.hostOnly)))
      }
      let error = TranslationError.rejected(
        provider: name, status: response.status, message: diagnosis.serverMessage,
        fix: diagnosis.fix)
      // A refused key, a wrong endpoint or an unknown model fails every later request the
      // same way: stop instead of paying a round trip per batch to hear it again.
      return Self.stoppingStatuses.contains(response.status) ? .stopProvider(error) : .fail(error)
    }
  }

  /// Statuses that stop the provider for the rest of the run: 401, 403 (key), 404 (endpoint
  /// or model).
  public static let stoppingStatuses: Set<Int> = [401, 403, 404]

  /// A retry after the requested or backoff delay, unless retries (at most `limit`) or time
  /// are used up or the server asks for a longer wait than is allowed.
  private func retry(
    retriesSoFar: Int, limit: Int, requested: Duration?, last: String,
    provider: any TranslationProvider, elapsed: Duration,
    using random: inout some RandomNumberGenerator
  ) -> RetryDecision {
    let name = provider.name
    guard retriesSoFar < limit else {
      return .fail(.retriesExhausted(provider: name, attempts: retriesSoFar + 1, last: last))
    }
    let left = totalDeadline - elapsed
    if let requested, requested > .zero {
      if let longest = provider.longestRetryAfter, requested > longest {
        return .fail(
          .waitRefused(
            provider: name, requested: requested, allowed: longest, beforeDeadline: false,
            last: last))
      }
      guard requested + minimumAttemptTime <= left else {
        return .fail(
          .waitRefused(
            provider: name, requested: requested, allowed: max(.zero, left - minimumAttemptTime),
            beforeDeadline: true, last: last))
      }
      return .retry(after: requested)
    }
    let delay = backoff(retry: retriesSoFar + 1, provider: provider, using: &random)
    guard delay + minimumAttemptTime <= left else {
      return .fail(.deadlineExceeded(provider: name, elapsed: elapsed, last: last))
    }
    return .retry(after: delay)
  }

  /// The time limit of an attempt sent `delay` after `elapsed` since its batch's first
  /// attempt: the time then left before `totalDeadline` (never below zero).
  public func timeLimit(elapsed: Duration, delay: Duration) -> Duration {
    max(.zero, totalDeadline - elapsed - delay)
  }

  /// The schedule of `provider`'s backoff with `baseDelay` and `maxDelay` applied.
  public func schedule(for provider: any TranslationProvider) -> BackoffSchedule {
    var schedule = provider.backoff
    schedule.initial = baseDelay ?? schedule.initial
    schedule.maximum = maxDelay ?? schedule.maximum
    return schedule
  }

  /// The backoff before retry number `retry` (1-based) for `provider`: its schedule's nominal
  /// delay, jittered within its band when `jitter` is set.
  public func backoff(
    retry: Int, provider: any TranslationProvider, using random: inout some RandomNumberGenerator
  ) -> Duration {
    schedule(for: provider).delay(retry: retry, jittered: jitter, using: &random)
  }

  /// The delay a response asks for: `retry-after-ms` (milliseconds), else `Retry-After` as
  /// delta-seconds or an HTTP-date (a date in the past means zero).
  ///
  /// A delay longer than `longestRequestedDelay` reads as that, so that no number a server
  /// sends overflows.
  ///
  /// Headers are lower-case.
  public static func retryAfter(_ headers: [String: String], now: Date) -> Duration? {
    if let text = headers["retry-after-ms"], let milliseconds = Double(text.trimmed),
      milliseconds >= 0, milliseconds.isFinite
    {
      return delay(seconds: milliseconds / 1000)
    }
    guard let text = headers["retry-after"]?.trimmed, !text.isEmpty else { return nil }
    if let seconds = Double(text) {
      return seconds >= 0 && seconds.isFinite ? delay(seconds: seconds) : nil
    }
    guard let date = HTTPDate.parse(text) else { return nil }
    return delay(seconds: max(0, date.timeIntervalSince(now)))
  }

  /// The longest delay `retryAfter` reads: a year (far beyond any deadline).
  public static let longestRequestedDelay = Duration.seconds(365 * 86_400)

  /// `seconds` (finite, not negative) as a whole number of milliseconds, at most
  /// `longestRequestedDelay`.
  private static func delay(seconds: Double) -> Duration {
    let longest = longestRequestedDelay.inSeconds
    return .milliseconds(Int64((min(seconds, longest) * 1000).rounded()))
  }

  /// A short description of a transport error for messages.
  static func describe(_ error: TransportError) -> String {
    switch error {
    case .connectionFailed(let message): "connection failed: \(message)"
    case .connectionReset(let message): "connection reset: \(message)"
    case .timedOut: "timed out"
    case .tooSlow: "transfer too slow"
    case .tls(let message): "TLS error: \(message)"
    case .redirectRefused(let status, _): "redirect (HTTP \(status)) refused"
    case .other(let code, let message): "transport error \(code): \(message)"
    }
  }
}

extension String {
  /// Without leading and trailing whitespace.
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

import Foundation
import Testing

@testable import BriefKit

@Suite struct TranslationRetryPolicyTests {
  func deepL() throws -> DeepLProvider { try DeepLProvider(.init(authKey: "secret-key:fx")) }
  let now = Date(timeIntervalSince1970: 1_739_620_800)  // Sat, 15 Feb 2025 12:00:00 GMT

  func decide(
    _ policy: RetryPolicy = RetryPolicy(jitter: false), retries: Int = 0, status: Int,
    body: String = "", headers: [String: String] = [:], elapsed: Duration = .zero,
    provider: (any TranslationProvider)? = nil
  ) throws -> RetryDecision {
    var random = SeededGenerator(seed: 1)
    return policy.decide(
      retriesSoFar: retries, outcome: .success(TestJSON.response(status, body, headers: headers)),
      provider: try provider ?? deepL(), elapsed: elapsed, now: now, using: &random)
  }

  @Test(arguments: [429, 500, 502, 503, 504, 529])
  func `transient statuses are retried with DeepL's backoff: 1 s, times 1.6 per retry`(status: Int)
    throws
  {
    #expect(try decide(status: status) == .retry(after: .seconds(1)))
    #expect(try decide(retries: 2, status: status) == .retry(after: .milliseconds(2560)))
  }

  @Test func `backoff is capped by maxDelay and jitter stays within the provider's band`() throws {
    #expect(try decide(retries: 4, status: 503) == .retry(after: .milliseconds(6554)))
    let capped = RetryPolicy(maxRetries: 20, maxDelay: .seconds(3), jitter: false)
    #expect(try decide(capped, retries: 10, status: 503) == .retry(after: .seconds(3)))
    var random = SeededGenerator(seed: 7)
    let policy = RetryPolicy()
    let deepL = try deepL()
    for retry in 1...6 {
      let nominal = BackoffSchedule.deepL.nominal(retry: retry)
      for _ in 0..<50 {
        let delay = policy.backoff(retry: retry, provider: deepL, using: &random)
        #expect(delay >= nominal * 0.769 && delay <= nominal * 1.231, "\(retry): \(delay)")
      }
    }
  }

  /// A random source that draws the same value every time (lowest, highest, ...).
  struct ExtremeGenerator: RandomNumberGenerator {
    var value: UInt64
    mutating func next() -> UInt64 { value }
  }

  @Test func `the waits of five retries grow and add up to DeepL's 16 s, LibreTranslate's 31 s`()
    throws
  {
    let libre = try LibreTranslateProvider(.init(baseURL: "http://lt"))
    let chat = try OpenAIChatProvider(
      .init(
        baseURL: "http://localhost:11434/v1", model: "m",
        prompt: try PromptTemplate(parsing: "---\nversion: 1\n---\n## system\ns\n## user\nu")))
    let cases: [(any TranslationProvider, ClosedRange<Double>)] = [
      (try deepL(), 12.1...19.5), (libre, 23.2...38.8), (chat, 11.6...15.5),
    ]
    for (provider, total) in cases {
      for seed in [UInt64.min, .max, 3] {
        var random = ExtremeGenerator(value: seed)
        var elapsed = Duration.zero
        var previous = Duration.zero
        for retries in 0..<5 {
          let decision = RetryPolicy().decide(
            retriesSoFar: retries, outcome: .success(TestJSON.response(429, "")),
            provider: provider, elapsed: elapsed, now: now, using: &random)
          guard case .retry(let delay) = decision else {
            Issue.record("\(provider.name) retry \(retries): \(decision)")
            break
          }
          // Never a draw from zero: each wait is at least three quarters of its nominal value.
          #expect(delay >= provider.backoff.nominal(retry: retries + 1) * 0.75)
          #expect(delay > previous)
          previous = delay
          elapsed += delay
        }
        #expect(total.contains(elapsed.inSeconds), "\(provider.name): \(elapsed)")
      }
    }
  }

  @Test
  func `a LibreTranslate 429 naming a per-minute limit waits the minute, within the deadline`()
    throws
  {
    let libre = try LibreTranslateProvider(.init(baseURL: "http://lt"))
    let slowdown = #"{"error": "Slowdown: 30 per 1 minute"}"#
    #expect(
      try decide(status: 429, body: slowdown, provider: libre) == .retry(after: .seconds(60)))
    #expect(
      try decide(status: 429, body: #"{"error": "Slowdown: 2 per second"}"#, provider: libre)
        == .retry(after: .seconds(1)))
    let late = try decide(status: 429, body: slowdown, elapsed: .seconds(70), provider: libre)
    #expect(
      late
        == .fail(
          .waitRefused(
            provider: "LibreTranslate", requested: .seconds(60), allowed: .seconds(49),
            beforeDeadline: true, last: "HTTP 429: Slowdown: 30 per 1 minute")))
    // Out of retries, the final error still quotes the server.
    let spent = try decide(retries: 5, status: 429, body: slowdown, provider: libre)
    guard case .fail(let error) = spent else {
      Issue.record("\(spent)")
      return
    }
    #expect(error.message.contains("Slowdown: 30 per 1 minute"), "\(error.message)")
  }

  @Test func `Retry-After seconds, HTTP-date and retry-after-ms are honoured`() throws {
    #expect(try decide(status: 429, headers: ["retry-after": "7"]) == .retry(after: .seconds(7)))
    #expect(
      try decide(status: 503, headers: ["retry-after": "Sat, 15 Feb 2025 12:00:12 GMT"])
        == .retry(after: .seconds(12)))
    #expect(
      try decide(status: 429, headers: ["retry-after-ms": "1500", "retry-after": "9"])
        == .retry(after: .milliseconds(1500)))
    // Honoured in full, not capped by maxDelay, while it ends before the deadline.
    #expect(try decide(status: 429, headers: ["retry-after": "90"]) == .retry(after: .seconds(90)))
    #expect(
      try decide(status: 429, headers: ["retry-after-ms": "45000"])
        == .retry(after: .seconds(45)))
    // Zero asks for the backoff.
    #expect(
      try decide(status: 429, headers: ["retry-after": "0"]) == .retry(after: .seconds(1)))
  }

  @Test func `a Retry-After beyond the deadline gives up at once, naming the wait`() throws {
    let decision = try decide(
      status: 429, headers: ["retry-after": "600"], elapsed: .seconds(20))
    #expect(
      decision
        == .fail(
          .waitRefused(
            provider: "DeepL", requested: .seconds(600), allowed: .seconds(99),
            beforeDeadline: true, last: "HTTP 429")))
    guard case .fail(let error) = decision else { return }
    #expect(
      error.message
        == "DeepL asked to wait 600 s before retrying (last: HTTP 429), longer than the 99 s "
        + "left before the deadline; gave up")
  }

  @Test func `the chat provider does not wait for a Retry-After over 120 s`() throws {
    let chat = try OpenAIChatProvider(
      .init(
        baseURL: "http://localhost:11434/v1", model: "m",
        prompt: try PromptTemplate(parsing: "---\nversion: 1\n---\n## system\ns\n## user\nu")))
    let long = RetryPolicy(totalDeadline: .seconds(600), jitter: false)
    #expect(
      try decide(long, status: 429, headers: ["retry-after": "121"], provider: chat)
        == .fail(
          .waitRefused(
            provider: "chat model m", requested: .seconds(121), allowed: .seconds(120),
            beforeDeadline: false, last: "HTTP 429")))
    #expect(
      try decide(long, status: 429, headers: ["retry-after": "120"], provider: chat)
        == .retry(after: .seconds(120)))
    #expect(
      try decide(long, status: 429, headers: ["retry-after": "300"])
        == .retry(after: .seconds(300)))
  }

  @Test func `every attempt's time limit is the time left before the deadline`() {
    let policy = RetryPolicy(totalDeadline: .seconds(120))
    #expect(policy.timeLimit(elapsed: .zero, delay: .zero) == .seconds(120))
    #expect(policy.timeLimit(elapsed: .seconds(100), delay: .seconds(5)) == .seconds(15))
    #expect(policy.timeLimit(elapsed: .seconds(130), delay: .zero) == .zero)
  }

  @Test func `a LibreTranslate 500 is retried once only`() throws {
    let libre = try LibreTranslateProvider(.init(baseURL: "http://localhost:5000"))
    let body = #"{"error":"Cannot translate text: boom"}"#
    #expect(
      try decide(status: 500, body: body, provider: libre) == .retry(after: .seconds(1)))
    let second = try decide(retries: 1, status: 500, body: body, provider: libre)
    #expect(
      second
        == .fail(
          .retriesExhausted(
            provider: "LibreTranslate", attempts: 2, last: "HTTP 500: Cannot translate text: boom"
          )))
    #expect(
      try decide(retries: 1, status: 503, provider: libre) == .retry(after: .seconds(2)))
    #expect(
      TranslationError.retriesExhausted(provider: "DeepL", attempts: 1, last: "HTTP 429").message
        == "DeepL still failing after 1 attempt (last: HTTP 429)")
  }

  /// Found by `scripts/fuzz.sh translation`: `retry-after-ms: 1e30` trapped converting to Int64.
  @Test(arguments: [
    ["retry-after-ms": "1e30"], ["retry-after-ms": "9223372036854775808"],
    ["retry-after": "1e300"], ["retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"],
    ["retry-after": "99999999999999999999"], ["retry-after-ms": "99999999999999999999"],
  ])
  func `an absurdly long Retry-After reads as a year and is not waited for`(
    headers: [String: String]
  ) throws {
    #expect(RetryPolicy.retryAfter(headers, now: now) == RetryPolicy.longestRequestedDelay)
    guard case .fail(.waitRefused) = try decide(status: 429, headers: headers) else {
      Issue.record("expected waitRefused")
      return
    }
  }

  @Test(arguments: [["retry-after": "1e400"], ["retry-after-ms": "inf"], ["retry-after": "nan"]])
  func `a Retry-After beyond any number is not read as a delay`(headers: [String: String]) {
    #expect(RetryPolicy.retryAfter(headers, now: now) == nil)
  }

  @Test func `a retry that would leave under a second before the deadline fails instead`() throws {
    let decision = try decide(status: 503, elapsed: .seconds(119))
    #expect(
      decision
        == .fail(.deadlineExceeded(provider: "DeepL", elapsed: .seconds(119), last: "HTTP 503")))
  }

  @Test func `after maxRetries it fails, and 0 turns retries off`() throws {
    #expect(
      try decide(retries: 5, status: 503)
        == .fail(.retriesExhausted(provider: "DeepL", attempts: 6, last: "HTTP 503")))
    #expect(
      try decide(RetryPolicy(maxRetries: 0), status: 429)
        == .fail(.retriesExhausted(provider: "DeepL", attempts: 1, last: "HTTP 429")))
  }

  @Test func `456 stops the provider`() throws {
    guard
      case .stopProvider(.quotaExceeded(provider: "DeepL", status: 456, _)) = try decide(
        status: 456)
    else {
      Issue.record("expected stop")
      return
    }
  }

  @Test func `insufficient_quota stops the chat provider but a plain 429 is retried`() throws {
    let chat = try OpenAIChatProvider(
      .init(baseURL: "https://api.openai.com/v1", model: "m", prompt: TestJSON.shippedPrompt()))
    let quota = try decide(
      status: 429, body: #"{"error":{"code":"insufficient_quota","message":"no credit"}}"#,
      provider: chat)
    #expect(
      quota
        == .stopProvider(
          .quotaExceeded(provider: "chat model m", status: 429, message: "no credit")))
    let rate = try decide(
      status: 429, body: #"{"error":{"code":"rate_limit_exceeded","message":"slow"}}"#,
      provider: chat)
    #expect(rate == .retry(after: .milliseconds(500)))
  }

  @Test func `413 splits`() throws {
    #expect(try decide(status: 413, body: "<html>Request Entity Too Large</html>") == .split)
  }

  @Test func `a bad request fails at once with the provider and a fix`() throws {
    guard case .fail(.rejected(let provider, let got, _, let fix)) = try decide(status: 400)
    else {
      Issue.record("expected rejected")
      return
    }
    #expect(provider == "DeepL" && got == 400 && !fix.isEmpty)
  }

  @Test(arguments: [401, 403, 404])
  func `a refused key or wrong endpoint stops the provider with a fix`(status: Int) throws {
    guard
      case .stopProvider(.rejected(let provider, let got, _, let fix)) = try decide(status: status)
    else {
      Issue.record("expected the provider stopped")
      return
    }
    #expect(provider == "DeepL" && got == status && !fix.isEmpty)
  }

  @Test func `retryable transport errors are retried, TLS errors fail`() throws {
    var random = SeededGenerator(seed: 1)
    let policy = RetryPolicy(jitter: false)
    #expect(
      policy.decide(
        retriesSoFar: 0, outcome: .failure(.connectionReset("reset")), provider: try deepL(),
        elapsed: .zero, now: now, using: &random) == .retry(after: .seconds(1)))
    #expect(
      policy.decide(
        retriesSoFar: 0, outcome: .failure(.tls("bad cert")), provider: try deepL(), elapsed: .zero,
        now: now, using: &random)
        == .fail(.transport(provider: "DeepL", message: "TLS error: bad cert")))
  }

  @Test func `a refused redirect names the host but not the query`() throws {
    var random = SeededGenerator(seed: 1)
    let decision = RetryPolicy().decide(
      retriesSoFar: 0,
      outcome: .failure(
        .redirectRefused(status: 301, location: "https://evil.example/x?auth_key=s3cret")),
      provider: try deepL(), elapsed: .zero, now: now, using: &random)
    #expect(
      decision == .fail(.redirectRefused(provider: "DeepL", status: 301, host: "evil.example")))
    guard case .fail(let error) = decision else { return }
    #expect(!error.message.contains("s3cret"))
  }
}

import BriefKit
import Foundation
import Testing
import TranslationAPIServer

/// Retryable failures — 429, 5xx, timeouts, resets — are retried with backoff, honouring the
/// server's requested delay, within the configured attempts and deadline.
@Suite(.timeLimit(.minutes(1))) struct RetryTests {
  /// Runs `sentences` against a server scripted with `faults`; returns the outcome and server.
  private func run(
    _ api: TranslationAPI, faults: FaultScript, sentences: [String] = EngineHarness.sentences(3),
    policy: RetryPolicy = EngineHarness.policy(), requestTimeout: Duration = .seconds(2),
    _ check: (TranslationOutcome, TranslationAPIServer) throws -> Void
  ) throws {
    let configuration = TranslationAPIServer.Configuration(key: EngineHarness.key, faults: faults)
    try withTranslationAPIServer(configuration) { server in
      let engine = try EngineHarness.engine(
        api, server: server, policy: policy, requestTimeout: requestTimeout)
      try check(engine.translate(sentences), server)
    }
  }

  @Test(arguments: [TranslationAPI.deepL, .openAI])
  func `a 429 without Retry-After is retried after a short backoff`(api: TranslationAPI) throws {
    let sentences = EngineHarness.sentences(3)
    try run(api, faults: .first(1, .rateLimited(.none)), sentences: sentences) { outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      #expect(outcome.accounting.requests == 2)
      #expect(outcome.accounting.retries == 1)
      #expect(outcome.accounting.charactersSent == EngineHarness.charactersReceived(server))
      let gap = try EngineHarness.gap(server, 0, 1)
      #expect(gap < .milliseconds(500))
    }
  }

  @Test func `a LibreTranslate 429 naming a per-minute limit that outlasts the deadline gives up`()
    throws
  {
    try run(.libreTranslate, faults: .first(1, .rateLimited(.none))) { outcome, server in
      #expect(server.requests.count == 1)
      #expect(outcome.translations == [nil, nil, nil])
      let message = outcome.errors.first?.message ?? ""
      #expect(message.contains("asked to wait 60 s"), "\(message)")
      #expect(message.contains("Slowdown: 30 per 1 minute"), "\(message)")
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `the waits between retries follow the provider's schedule and never fall below its band`(
    api: TranslationAPI
  ) throws {
    // The provider's multiplier and jitter, from a 40 ms start so the test stays short.
    let policy = EngineHarness.policy(
      maxRetries: 4, baseDelay: .milliseconds(40), maxDelay: .seconds(1))
    try run(api, faults: .first(4, .status(503)), policy: policy) { outcome, server in
      #expect(server.requests.count == 5)
      #expect(outcome.accounting.retries == 4)
      let provider = try EngineHarness.provider(api, server: server)
      let schedule = policy.schedule(for: provider)
      for retry in 1...4 {
        let gap = try EngineHarness.gap(server, retry - 1, retry)
        let least = schedule.nominal(retry: retry) * (1 - schedule.jitterBelow)
        #expect(gap >= least - .milliseconds(2), "retry \(retry): \(gap) < \(least)")
      }
      #expect(schedule.nominal(retry: 4) > schedule.nominal(retry: 1) * 2.9)
    }
  }

  @Test func `a 429 with Retry-After in seconds waits that long`() throws {
    let policy = EngineHarness.policy(maxDelay: .seconds(3))
    let sentences = EngineHarness.sentences(3)
    try run(.deepL, faults: .first(1, .rateLimited(.seconds(1))), policy: policy) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      let gap = try EngineHarness.gap(server, 0, 1)
      #expect(gap >= .milliseconds(950) && gap < .seconds(2), "\(gap)")
    }
  }

  @Test func `a 429 with Retry-After as an HTTP-date waits until then`() throws {
    let policy = EngineHarness.policy(maxDelay: .seconds(3))
    let sentences = EngineHarness.sentences(3)
    try run(
      .libreTranslate, faults: .first(1, .rateLimited(.date(secondsFromNow: 2))), policy: policy
    ) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      let gap = try EngineHarness.gap(server, 0, 1)
      #expect(gap >= .milliseconds(900) && gap < .milliseconds(2500), "\(gap)")
    }
  }

  @Test func `retry-after-ms is honoured and wins over Retry-After`() throws {
    let policy = EngineHarness.policy(maxDelay: .seconds(3))
    let sentences = EngineHarness.sentences(3)
    for retryAfter in [APIFault.RetryAfter.milliseconds(300), .both(milliseconds: 300, seconds: 2)]
    {
      try run(.openAI, faults: .first(1, .rateLimited(retryAfter)), policy: policy) {
        outcome, server in
        expectAllTranslated(outcome, sentences)
        #expect(server.requests.count == 2)
        let gap = try EngineHarness.gap(server, 0, 1)
        #expect(gap >= .milliseconds(280) && gap < .milliseconds(1500), "\(gap)")
      }
    }
  }

  @Test(arguments: TranslationAPI.allCases, [APIFault.status(500), .status(503)])
  func `server errors are retried until the server recovers`(
    api: TranslationAPI, fault: APIFault
  ) throws {
    let sentences = EngineHarness.sentences(4)
    // LibreTranslate's 500 ("Cannot translate text") is worth one retry only.
    var failures = 2
    if case .status(500) = fault, api == .libreTranslate { failures = 1 }
    try run(api, faults: .first(failures, fault), sentences: sentences) { outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == failures + 1)
      #expect(outcome.accounting.requests == failures + 1)
      #expect(outcome.accounting.retries == failures)
      #expect(server.requests.allSatisfy { $0.texts == server.requests[0].texts })
    }
  }

  @Test func `a LibreTranslate 500 is retried once, then the batch fails`() throws {
    try run(.libreTranslate, faults: .always(.status(500))) { outcome, server in
      #expect(server.requests.count == 2)
      #expect(outcome.translations == [nil, nil, nil])
      #expect(
        outcome.errors.map(\.message) == [
          "LibreTranslate still failing after 2 attempts (last: HTTP 500: Scripted failure 500)"
        ])
    }
  }

  @Test(arguments: [APIFault.htmlError(502), .htmlError(503), .emptyBody(500), .emptyBody(503)])
  func `an HTML or empty error body is retried like any server error`(fault: APIFault) throws {
    let sentences = EngineHarness.sentences(3)
    try run(.deepL, faults: .first(1, fault), sentences: sentences) { outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      #expect(outcome.accounting.retries == 1)
    }
  }

  @Test func `a server that keeps failing gets exactly one attempt more than the retries`() throws {
    try run(.deepL, faults: .always(.status(503))) { outcome, server in
      #expect(server.requests.count == 4)
      #expect(outcome.translations == [nil, nil, nil])
      #expect(outcome.accounting.failures == 3)
      #expect(outcome.accounting.retries == 3)
      let error = TranslationError.retriesExhausted(
        provider: "DeepL", attempts: 4, last: "HTTP 503: Scripted failure 503")
      #expect(outcome.errors == [error])
      #expect(outcome.degraded == .partial(failed: 3, total: 3, firstError: error))
    }
  }

  @Test func `zero retries means exactly one attempt`() throws {
    try run(
      .libreTranslate, faults: .always(.status(500)), policy: EngineHarness.policy(maxRetries: 0)
    ) {
      outcome, server in
      #expect(server.requests.count == 1)
      #expect(outcome.translations == [nil, nil, nil])
      #expect(outcome.errors.first?.message.contains("LibreTranslate") == true)
    }
  }

  @Test func `an attempt's timeout is cut to the time left before the deadline`() throws {
    let policy = EngineHarness.policy(totalDeadline: .milliseconds(1500))
    let elapsed = try ContinuousClock().measure {
      // Without the cut, the first attempt alone would take the 20 s request timeout.
      try run(.deepL, faults: .always(.hang), policy: policy, requestTimeout: .seconds(20)) {
        outcome, server in
        #expect(outcome.translations == [nil, nil, nil])
        guard case .deadlineExceeded("DeepL", _, "timed out") = outcome.errors.first else {
          Issue.record("expected deadlineExceeded, got \(outcome.errors)")
          return
        }
      }
    }
    #expect(elapsed < .seconds(10))
  }

  @Test func `the total deadline stops retrying before the retries run out`() throws {
    let policy = RetryPolicy(
      maxRetries: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1),
      totalDeadline: .milliseconds(250), minimumAttemptTime: .milliseconds(10), jitter: false)
    try run(.deepL, faults: .always(.status(503)), policy: policy) { outcome, server in
      // Retry 1 after 100 ms fits the deadline; retry 2 would start after 260 ms: not sent.
      #expect(server.requests.count == 2)
      #expect(outcome.translations == [nil, nil, nil])
      guard
        case .deadlineExceeded("DeepL", _, "HTTP 503: Scripted failure 503") = outcome.errors.first
      else {
        Issue.record("expected deadlineExceeded, got \(outcome.errors)")
        return
      }
    }
  }

  @Test(arguments: [APIFault.reset, .closeWithoutResponse])
  func `a dropped connection is retried on a new one`(fault: APIFault) throws {
    let sentences = EngineHarness.sentences(3)
    try run(.deepL, faults: .first(1, fault), sentences: sentences) { outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      #expect(server.loopback.connectionCount == 2)
      #expect(outcome.accounting.retries == 1)
    }
  }

  @Test func `a hung request times out and is retried`() throws {
    let sentences = EngineHarness.sentences(3)
    try run(.openAI, faults: .first(1, .hang), sentences: sentences, requestTimeout: .seconds(1)) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      let gap = try EngineHarness.gap(server, 0, 1)
      #expect(gap >= .milliseconds(950))
    }
  }

  @Test func `a server that always hangs ends in bounded time with nothing translated`() throws {
    let started = ContinuousClock.now
    try run(
      .deepL, faults: .always(.hang), policy: EngineHarness.policy(maxRetries: 0),
      requestTimeout: .seconds(1)
    ) { outcome, server in
      #expect(server.requests.count == 1)
      #expect(outcome.translations == [nil, nil, nil])
      #expect(
        outcome.errors == [.retriesExhausted(provider: "DeepL", attempts: 1, last: "timed out")])
    }
    #expect(ContinuousClock.now - started < .seconds(4))
  }

  @Test func `a slow trickle within the timeout is a success`() throws {
    let sentences = EngineHarness.sentences(2)
    try run(.libreTranslate, faults: .first(1, .trickle(.milliseconds(2))), sentences: sentences) {
      outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 1)
    }
  }

  @Test func `a trickle past the request timeout is cut off and retried`() throws {
    let sentences = EngineHarness.sentences(2)
    try run(
      .deepL, faults: .first(1, .trickle(.milliseconds(50))), sentences: sentences,
      requestTimeout: .seconds(1)
    ) { outcome, server in
      expectAllTranslated(outcome, sentences)
      #expect(server.requests.count == 2)
      #expect(outcome.accounting.retries == 1)
    }
  }
}

import BriefCurl
import BriefKit
import Synchronization

/// Shared helpers for the transport tests: a configuration with small timeouts, one-shot runs,
/// and a thread-safe line collector for the trace hook.
enum CurlTransportHarness {
  /// Small timeouts so no fault test can take long; never goes through a proxy for loopback.
  static func configuration(
    concurrency: Int = 4, requestTimeout: Duration = .seconds(5)
  ) -> CurlTransport.Configuration {
    CurlTransport.Configuration(
      concurrency: concurrency, connectTimeout: .seconds(2), requestTimeout: requestTimeout,
      noProxy: "127.0.0.1,localhost")
  }

  /// Runs `requests` (no follow-ups) and returns each outcome by id.
  static func run(
    _ requests: [ScheduledRequest], configuration: CurlTransport.Configuration = configuration()
  ) -> [Int: Result<HTTPResponse, TransportError>] {
    var outcomes: [Int: Result<HTTPResponse, TransportError>] = [:]
    CurlTransport(configuration: configuration).run(requests) { request, outcome in
      outcomes[request.id] = outcome
      return []
    }
    return outcomes
  }

  /// Runs one request and returns its outcome.
  static func run(
    _ request: HTTPRequest, configuration: CurlTransport.Configuration = configuration()
  ) -> Result<HTTPResponse, TransportError>? {
    run([ScheduledRequest(id: 0, request: request)], configuration: configuration)[0]
  }
}

/// Collects lines from any thread (the `verbose` hook is `@Sendable`).
final class LineCollector: Sendable {
  private let storage = Mutex<[String]>([])

  /// Appends one line.
  func append(_ line: String) { storage.withLock { $0.append(line) } }

  /// Everything collected so far.
  var lines: [String] { storage.withLock { $0 } }
}

extension Result where Success == HTTPResponse, Failure == TransportError {
  /// The response, nil for a failure.
  var response: HTTPResponse? { try? get() }

  /// The failure, nil for a response.
  var failure: TransportError? {
    if case .failure(let error) = self { error } else { nil }
  }
}

public import BriefKit

/// An `HTTPTransport` over libcurl's multi interface.
///
/// Each `run` call owns one multi handle and drives it on the calling thread: up to
/// `Configuration.concurrency` transfers in flight, connections reused through the multi's
/// connection cache, follow-ups scheduled after their delay. Calls from several threads at once
/// are independent (each has its own multi handle and easy handles), so the type is `Sendable`.
///
/// Policy that is not configurable: TLS peer and host verification are always on; redirects are
/// never followed (a 3xx becomes `TransportError.redirectRefused`, so credentials never reach
/// another host); only `http` and `https` URLs are accepted; proxies come from the standard
/// environment variables (`http_proxy`, `https_proxy`, `no_proxy`), as libcurl reads them.
public final class CurlTransport: HTTPTransport {
  /// The settings every `run` uses.
  public let configuration: Configuration

  /// Creates a transport; nothing touches the network until `run`.
  ///
  /// Initialises libcurl (once per process) now, at set-up, rather than on the first request.
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
    // A failure is reported by the first `run`, which checks again.
    try? CurlGlobal.ensureInitialized()
  }

  /// Performs `initial` and every follow-up `handler` returns; returns when none is left.
  ///
  /// `handler` is called on the calling thread, one completion at a time. A request that cannot
  /// even be started (bad URL, invalid header) completes with a failure like any other.
  public func run(
    _ initial: [ScheduledRequest],
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    var loop = CurlMultiLoop(configuration: configuration)
    loop.run(initial, handler: handler)
  }
}

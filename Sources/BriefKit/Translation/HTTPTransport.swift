/// Something that performs HTTP requests concurrently: the CLI wires up the libcurl transport
/// (`BriefCurl.CurlTransport`); the translation engine only sees this protocol.
///
/// `run` performs every request in `initial`, keeping up to the transport's concurrency limit
/// in flight. As each finishes, `handler` is called (always on the thread that called `run`,
/// one call at a time) with the request and its outcome; it returns follow-up requests (e.g.
/// retries) which are scheduled after their `delay`. `run` returns when nothing is in flight or
/// waiting. Order of completion is not order of submission: match results by `id`.
public protocol HTTPTransport: Sendable {
  func run(
    _ initial: [ScheduledRequest],
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  )
}

/// A request with the caller's id and a delay before it may start.
public struct ScheduledRequest: Sendable, Equatable {
  /// Chosen by the caller to match the outcome with what was asked; not interpreted.
  public var id: Int
  /// The request.
  public var request: HTTPRequest
  /// How long to wait, from the moment it is handed over, before sending.
  ///
  /// Zero: at once.
  public var delay: Duration
  /// The longest this attempt may take once sent, when shorter than the transport's own
  /// request timeout (the time left before a deadline).
  ///
  /// Default nil: the transport's request timeout.
  public var timeLimit: Duration?

  public init(id: Int, request: HTTPRequest, delay: Duration = .zero, timeLimit: Duration? = nil) {
    self.id = id
    self.request = request
    self.delay = delay
    self.timeLimit = timeLimit
  }
}

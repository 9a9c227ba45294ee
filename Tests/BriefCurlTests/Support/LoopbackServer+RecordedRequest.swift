extension LoopbackServer {
  /// A request as the server received it, recorded before the route sees it.
  struct RecordedRequest: Sendable {
    /// The position in order of arrival: 0 for the server's first request.
    var index: Int
    /// Which connection carried it: 0 for the first accepted connection, and so on.
    var connectionID: Int
    /// The method, such as `POST`.
    var method: String
    /// The request target, such as `/v2/translate`.
    var path: String
    /// Header fields in order, names as sent.
    var headers: [(name: String, value: String)]
    /// The body (`Content-Length` bytes).
    var body: [UInt8]
    /// When the complete request had arrived.
    var receivedAt: ContinuousClock.Instant

    /// The last value of the header `name` (case-insensitive), nil if absent.
    func header(_ name: String) -> String? {
      headers.last { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body decoded as UTF-8.
    var text: String { String(decoding: body, as: UTF8.self) }
  }
}

extension LoopbackServer {
  /// A request as the server received it, recorded before the route sees it.
  public struct RecordedRequest: Sendable {
    /// The position in order of arrival: 0 for the server's first request.
    public var index: Int
    /// Which connection carried it: 0 for the first accepted connection, and so on.
    public var connectionID: Int
    /// The method, such as `POST`.
    public var method: String
    /// The request target, such as `/v2/translate`.
    public var path: String
    /// Header fields in order, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body (`Content-Length` bytes).
    public var body: [UInt8]
    /// When the complete request had arrived.
    public var receivedAt: ContinuousClock.Instant

    /// The last value of the header `name` (case-insensitive), nil if absent.
    public func header(_ name: String) -> String? {
      headers.last { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body decoded as UTF-8.
    public var text: String { String(decoding: body, as: UTF8.self) }
  }
}

extension LoopbackServer {
  /// What the server does with one request: a scripted HTTP response, optionally after a delay
  /// or spoilt by a fault.
  public struct Reply: Sendable {
    /// A way to misbehave instead of (or while) answering.
    public enum Fault: Sendable {
      /// Send the response one byte per `interval`.
      case trickle(interval: Duration)
      /// Read the request, then never answer (until the client or the server gives up).
      case hang
      /// Send the head and half the body, then close with an RST (SO_LINGER 0).
      case reset
      /// Read the request, then close the connection without a byte of response.
      case closeWithoutResponse
    }

    /// The status code.
    public var status: Int
    /// Header fields in order.
    ///
    /// `Content-Length` is added unless present or `sendsContentLength` is false.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]
    /// How long to wait before answering; default zero.
    public var delay: Duration = .zero
    /// The fault, if any; default none.
    public var fault: Fault?
    /// False: no `Content-Length`; the body ends when the server closes the connection.
    public var sendsContentLength = true

    /// A reply with the given status, headers and body.
    public init(
      status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = []
    ) {
      self.status = status
      self.headers = headers
      self.body = body
    }

    /// A UTF-8 text reply with a `Content-Type`.
    public static func text(
      _ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8",
      headers: [(name: String, value: String)] = []
    ) -> Reply {
      Reply(
        status: status, headers: [("Content-Type", contentType)] + headers, body: Array(text.utf8))
    }

    /// A JSON reply.
    public static func json(_ json: String, status: Int = 200) -> Reply {
      text(json, status: status, contentType: "application/json")
    }

    /// A redirect (such as 301 or 307) to `location`.
    public static func redirect(_ status: Int, to location: String) -> Reply {
      Reply(status: status, headers: [("Location", location)])
    }

    /// Never answers.
    public static var hang: Reply { Reply().with(fault: .hang) }

    /// Resets the connection in the middle of the body.
    public static var reset: Reply {
      Reply(body: Array(repeating: UInt8(ascii: "x"), count: 4096)).with(fault: .reset)
    }

    /// Closes the connection without a response.
    public static var closeWithoutResponse: Reply { Reply().with(fault: .closeWithoutResponse) }

    /// A `byteCount`-byte body sent one byte per `interval`.
    public static func trickle(byteCount: Int, interval: Duration) -> Reply {
      Reply(body: Array(repeating: UInt8(ascii: "."), count: byteCount))
        .with(fault: .trickle(interval: interval))
    }

    /// This reply, sent after `delay`.
    public func delayed(by delay: Duration) -> Reply {
      var copy = self
      copy.delay = delay
      return copy
    }

    /// This reply with `extra` headers appended.
    public func with(headers extra: [(name: String, value: String)]) -> Reply {
      var copy = self
      copy.headers += extra
      return copy
    }

    /// This reply with `fault`.
    public func with(fault: Fault) -> Reply {
      var copy = self
      copy.fault = fault
      return copy
    }

    /// The status line, headers and blank line, with `Content-Length` (or `Connection: close`
    /// when the length is not sent) filled in.
    func head(closing: Bool) -> [UInt8] {
      var lines = ["HTTP/1.1 \(status) \(Self.reason(for: status))"]
      var fields = headers
      let names = Set(fields.map { $0.name.lowercased() })
      if sendsContentLength, !names.contains("content-length") {
        fields.append(("Content-Length", String(body.count)))
      }
      if (closing || !sendsContentLength), !names.contains("connection") {
        fields.append(("Connection", "close"))
      }
      lines += fields.map { "\($0.name): \($0.value)" }
      return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// The standard reason phrase, or "Status" for codes without one here.
    static func reason(for status: Int) -> String {
      let phrases = [
        100: "Continue", 200: "OK", 204: "No Content", 301: "Moved Permanently", 302: "Found",
        307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
        401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 413: "Content Too Large",
        429: "Too Many Requests", 456: "Quota Exceeded", 500: "Internal Server Error",
        502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
      ]
      return phrases[status] ?? "Status"
    }
  }
}

/// An HTTP request as the translation providers build it.
///
/// Pure data: no C types, no sockets.
public struct HTTPRequest: Sendable, Equatable {
  /// `GET` or `POST`.
  public var method: String
  /// The absolute URL, such as `https://api-free.deepl.com/v2/translate`.
  public var url: String
  /// Header fields in order.
  ///
  /// Secret values (keys) are marked `isSecret` for redaction.
  public var headers: [HTTPHeader]
  /// The request body (curl copies it: `CURLOPT_COPYPOSTFIELDS`).
  public var body: [UInt8]

  public init(method: String = "POST", url: String, headers: [HTTPHeader] = [], body: [UInt8] = [])
  {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }
}

/// One header field.
public struct HTTPHeader: Sendable, Equatable {
  public var name: String
  public var value: String
  /// True when the value is a credential that must never be logged or printed.
  public var isSecret: Bool

  public init(_ name: String, _ value: String, isSecret: Bool = false) {
    self.name = name
    self.value = value
    self.isSecret = isSecret
  }
}

/// An HTTP response.
public struct HTTPResponse: Sendable, Equatable {
  /// The status code, such as 200 or 429.
  public var status: Int
  /// Header fields with lower-cased names; for repeated names the last value wins.
  public var headers: [String: String]
  /// The body as received.
  public var body: [UInt8]

  public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Why a request got no HTTP response.
public enum TransportError: Error, Equatable, Sendable {
  /// No connection could be made (refused, DNS failure, unreachable); the message says which.
  case connectionFailed(String)
  /// The connection was reset or closed before a complete response arrived.
  case connectionReset(String)
  /// The connect timeout or the per-request timeout passed.
  case timedOut
  /// The transfer was slower than the low-speed limit for too long.
  case tooSlow
  /// TLS failed (certificate not trusted, handshake error).
  case tls(String)
  /// The server answered with a redirect, which Brief does not follow.
  case redirectRefused(status: Int, location: String?)
  /// Anything else libcurl reported, with its code and message.
  case other(code: Int, message: String)

  /// True for failures worth retrying: resets, timeouts, slow transfers, failed connects.
  public var isRetryable: Bool {
    switch self {
    case .connectionFailed, .connectionReset, .timedOut, .tooSlow: true
    case .tls, .redirectRefused, .other: false
    }
  }
}

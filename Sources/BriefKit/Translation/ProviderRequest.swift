/// A request as a provider builds it, with what the logger must know about its secrets.
public struct ProviderRequest: Sendable, Equatable {
  /// The HTTP request; credential headers are marked `isSecret`.
  public var http: HTTPRequest
  /// True when the body carries a credential (LibreTranslate's `api_key`): the body must never
  /// be logged or printed. (`HTTPRequest` has no such flag; the transport should get one.)
  public var bodyContainsSecret: Bool

  public init(http: HTTPRequest, bodyContainsSecret: Bool = false) {
    self.http = http
    self.bodyContainsSecret = bodyContainsSecret
  }
}

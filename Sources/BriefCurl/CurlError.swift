import BriefKit
internal import CCurl

/// A failure at the C boundary: what kind it is, libcurl's numeric code and its message.
///
/// Every CURLcode and CURLMcode the transport sees is turned into one of these in one place
/// (`init(code:message:)`), then into the public `TransportError` (`transportError`).
struct CurlError: Error, Equatable {
  /// The class of failure, which decides the `TransportError` case.
  enum Kind: Equatable {
    /// No connection: refused, unresolvable host, unreachable.
    case connectionFailed
    /// The connection broke before a complete response: reset, nothing received, short body.
    case connectionReset
    /// The connect or total timeout passed.
    case timedOut
    /// The transfer stayed below the low-speed limit for the low-speed time.
    case tooSlow
    /// TLS handshake or certificate verification failed.
    case tls
    /// The response body exceeded `maxResponseBytes`.
    case tooLarge
    /// Anything else, including multi-interface failures and rejected requests.
    case other
  }

  /// The class of failure.
  var kind: Kind
  /// The raw CURLcode (or CURLMcode for multi failures).
  var code: Int
  /// libcurl's error-buffer text or `curl_easy_strerror`, or the transport's own explanation.
  var message: String

  /// A failure of a kind decided by the caller, such as an invalid request header.
  init(kind: Kind, code: Int, message: String) {
    self.kind = kind
    self.code = code
    self.message = message
  }

  /// Classifies an easy-interface result.
  ///
  /// `message` is the error buffer's text when it has any; an empty one falls back to
  /// `curl_easy_strerror`.
  ///
  /// A low-speed abort and a timeout share `CURLE_OPERATION_TIMEDOUT`; libcurl's error buffer
  /// tells them apart ("Operation too slow. Less than N bytes/sec transferred ...").
  init(code: CURLcode, message: String) {
    let text = message.isEmpty ? String(cString: curl_easy_strerror(code)) : message
    self.init(kind: Self.kind(of: code, message: text), code: Int(code.rawValue), message: text)
  }

  /// Classifies a multi-interface result (always `.other`).
  init(multiCode: CURLMcode, operation: String) {
    let text = String(cString: curl_multi_strerror(multiCode))
    self.init(kind: .other, code: Int(multiCode.rawValue), message: "\(operation): \(text)")
  }

  /// The public error for this failure.
  var transportError: TransportError {
    switch kind {
    case .connectionFailed: .connectionFailed(message)
    case .connectionReset: .connectionReset(message)
    case .timedOut: .timedOut
    case .tooSlow: .tooSlow
    case .tls: .tls(message)
    case .tooLarge: .other(code: Int(CURLE_FILESIZE_EXCEEDED.rawValue), message: message)
    case .other: .other(code: code, message: message)
    }
  }

  private static func kind(of code: CURLcode, message: String) -> Kind {
    switch code {
    case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
      return .connectionFailed
    case CURLE_OPERATION_TIMEDOUT:
      return message.lowercased().contains("too slow") ? .tooSlow : .timedOut
    case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE,
      CURLE_HTTP2, CURLE_HTTP2_STREAM:
      return .connectionReset
    case CURLE_FILESIZE_EXCEEDED:
      return .tooLarge
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
      CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
      CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED,
      CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
      CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
      return .tls
    default:
      return .other
    }
  }
}

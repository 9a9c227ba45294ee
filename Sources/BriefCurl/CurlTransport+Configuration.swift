extension CurlTransport {
  /// Settings for `CurlTransport`, each with a documented default and unit.
  public struct Configuration: Sendable {
    /// The version in the default User-Agent, until the CLI passes its own `userAgent`.
    public static let briefVersion = "0.1.0"

    /// `Brief/<version> libcurl/<libcurl version>`, such as `Brief/0.1.0 libcurl/7.88.1`.
    public static var defaultUserAgent: String {
      "Brief/\(briefVersion) libcurl/\(CurlVersion.string)"
    }

    /// Maximum number of transfers in flight at once, also the connection limit.
    ///
    /// Default 4; values below 1 count as 1.
    public var concurrency: Int
    /// Maximum time to establish a connection (TCP and TLS).
    ///
    /// Default 10 s; libcurl counts whole milliseconds (rounded up).
    public var connectTimeout: Duration
    /// Maximum total time of one request, connect included.
    ///
    /// Default 60 s; whole milliseconds (rounded up).
    public var requestTimeout: Duration
    /// Bytes per second below which a transfer counts as stalled, when `lowSpeedTime` is set.
    ///
    /// Default 10 B/s; values below 1 count as 1.
    public var lowSpeedLimit: Int
    /// How long a transfer may stay below `lowSpeedLimit` before it fails as `.tooSlow`.
    ///
    /// Default nil: no low-speed check, `requestTimeout` alone bounds a request. A chat server
    /// that does not stream sends nothing until its whole answer is ready, which may take
    /// longer than any stall window shorter than the request timeout. libcurl counts whole
    /// seconds (rounded up, at least 1 s).
    public var lowSpeedTime: Duration?
    /// The User-Agent header.
    ///
    /// Default `defaultUserAgent`.
    public var userAgent: String
    /// A PEM file of CA certificates to trust instead of the system bundle (a private CA).
    ///
    /// Default nil: the system bundle. Verification itself cannot be turned off.
    public var caBundlePath: String?
    /// Hosts that bypass the proxy, in libcurl's `CURLOPT_NOPROXY` syntax.
    ///
    /// For example `"localhost,127.0.0.1"`. Default nil: libcurl reads `no_proxy` / `NO_PROXY`
    /// (and `http_proxy`, `https_proxy` for the proxy itself).
    public var noProxy: String?
    /// The largest response body accepted, in bytes (after content decoding).
    ///
    /// A larger one fails with `TransportError.other(code: 63, ...)`. Default 16 MiB.
    public var maxResponseBytes: Int
    /// Receives libcurl's trace, one line at a time, prefixed with the request id.
    ///
    /// Header values
    /// marked `isSecret` (and `Authorization`, `Proxy-Authorization`, `Cookie`) are redacted;
    /// bodies are summarised as byte counts. Default nil: no trace. Called on the `run` thread.
    public var verbose: (@Sendable (String) -> Void)?
    /// Credentials never shown in the trace, wherever they appear: those a request carries
    /// outside a secret header (LibreTranslate's `api_key` in the body), which a server may
    /// quote back in a response header.
    ///
    /// Default empty: secret header values, their credentials and credential-like query
    /// parameters are scrubbed anyway.
    public var secrets: [String]

    /// Creates a configuration; every argument has the default documented on its property.
    public init(
      concurrency: Int = 4,
      connectTimeout: Duration = .seconds(10),
      requestTimeout: Duration = .seconds(60),
      lowSpeedLimit: Int = 10,
      lowSpeedTime: Duration? = nil,
      userAgent: String = Configuration.defaultUserAgent,
      caBundlePath: String? = nil,
      noProxy: String? = nil,
      maxResponseBytes: Int = 16 * 1024 * 1024,
      verbose: (@Sendable (String) -> Void)? = nil,
      secrets: [String] = []
    ) {
      self.concurrency = concurrency
      self.connectTimeout = connectTimeout
      self.requestTimeout = requestTimeout
      self.lowSpeedLimit = lowSpeedLimit
      self.lowSpeedTime = lowSpeedTime
      self.userAgent = userAgent
      self.caBundlePath = caBundlePath
      self.noProxy = noProxy
      self.maxResponseBytes = maxResponseBytes
      self.verbose = verbose
      self.secrets = secrets
    }
  }
}

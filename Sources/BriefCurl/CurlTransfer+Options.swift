import BriefKit
internal import CCurl

extension CurlTransfer {
  /// Header-name characters allowed by RFC 9110 (`token`).
  private static let tokenCharacters = Set(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

  /// The header lines for libcurl: `"Name: value"`, or `"Name;"` for an empty value.
  ///
  /// `"Name;"` is libcurl's syntax for sending an empty header. Rejects names that are not tokens and values with line breaks,
  /// which would let a value inject headers. Errors never quote a value (it may be secret).
  static func headerLines(_ headers: [HTTPHeader]) throws(CurlError) -> [String] {
    var lines: [String] = []
    for header in headers {
      guard !header.name.isEmpty, header.name.utf8.allSatisfy(tokenCharacters.contains) else {
        throw invalidRequest("invalid header name \"\(header.name)\"")
      }
      guard !header.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
        throw invalidRequest("header \(header.name) has a line break or NUL in its value")
      }
      lines.append(header.value.isEmpty ? "\(header.name);" : "\(header.name): \(header.value)")
    }
    return lines
  }

  /// Sets every option of one transfer on a freshly reset handle.
  func configure(_ configuration: CurlTransport.Configuration) throws(CurlError) {
    let request = scheduled.request
    try easy.reset()
    try easy.set(CURLOPT_URL, request.url)
    try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
    try easy.set(CURLOPT_NOSIGNAL, 1)
    try easy.set(CURLOPT_FOLLOWLOCATION, 0)
    try easy.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.roundedUpMilliseconds)
    let timeout = scheduled.timeLimit.map { min($0, configuration.requestTimeout) }
    try easy.set(
      CURLOPT_TIMEOUT_MS, (timeout ?? configuration.requestTimeout).roundedUpMilliseconds)
    if let lowSpeedTime = configuration.lowSpeedTime {
      try easy.set(CURLOPT_LOW_SPEED_LIMIT, max(1, configuration.lowSpeedLimit))
      try easy.set(CURLOPT_LOW_SPEED_TIME, lowSpeedTime.roundedUpSeconds)
    }
    try easy.set(CURLOPT_USERAGENT, configuration.userAgent)
    try easy.set(CURLOPT_ACCEPT_ENCODING, "")
    if CurlGlobal.supportsHTTP2 {
      try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
    }
    try easy.set(CURLOPT_SSL_VERIFYPEER, 1)
    try easy.set(CURLOPT_SSL_VERIFYHOST, 2)
    if let caBundlePath = configuration.caBundlePath {
      try easy.set(CURLOPT_CAINFO, caBundlePath)
    }
    if let noProxy = configuration.noProxy {
      try easy.set(CURLOPT_NOPROXY, noProxy)
    }
    try easy.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(max(0, configuration.maxResponseBytes)))
    try easy.set(CURLOPT_HTTPHEADER, list: headerList)
    try configureMethod(request)

    let userdata = Unmanaged.passUnretained(self).toOpaque()
    try easy.set(CURLOPT_WRITEFUNCTION, callback: CurlCallbacks.write)
    try easy.set(CURLOPT_WRITEDATA, pointer: userdata)
    try easy.set(CURLOPT_HEADERFUNCTION, callback: CurlCallbacks.header)
    try easy.set(CURLOPT_HEADERDATA, pointer: userdata)
    if configuration.verbose != nil {
      try easy.set(CURLOPT_DEBUGFUNCTION, debugCallback: CurlCallbacks.debug)
      try easy.set(CURLOPT_DEBUGDATA, pointer: userdata)
      try easy.set(CURLOPT_VERBOSE, 1)
    }
  }

  /// GET and HEAD without a body, POST with one, anything else as a custom method.
  private func configureMethod(_ request: HTTPRequest) throws(CurlError) {
    switch request.method.uppercased() {
    case "GET" where request.body.isEmpty:
      try easy.set(CURLOPT_HTTPGET, 1)
    case "HEAD" where request.body.isEmpty:
      try easy.set(CURLOPT_NOBODY, 1)
    case "POST":
      try easy.setBody(request.body)
    default:
      guard request.method.utf8.allSatisfy(Self.tokenCharacters.contains), !request.method.isEmpty
      else { throw Self.invalidRequest("invalid method \"\(request.method)\"") }
      if !request.body.isEmpty { try easy.setBody(request.body) }
      try easy.set(CURLOPT_CUSTOMREQUEST, request.method)
    }
  }

  private static func invalidRequest(_ message: String) -> CurlError {
    CurlError(kind: .other, code: Int(CURLE_BAD_FUNCTION_ARGUMENT.rawValue), message: message)
  }
}

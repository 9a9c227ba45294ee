internal import CCurl

/// `curl_global_init` exactly once per process, before the first handle is made.
enum CurlGlobal {
  /// The raw CURLcode of the one `curl_global_init` call (a `static let`: initialised once,
  /// thread-safely, on first use).
  private static let initCode: UInt32 = curl_global_init(Int(CURL_GLOBAL_ALL)).rawValue

  /// Initialises libcurl on first use; throws if that failed (then every request fails).
  static func ensureInitialized() throws(CurlError) {
    let code = CURLcode(rawValue: initCode)
    guard code == CURLE_OK else {
      throw CurlError(code: code, message: "curl_global_init failed")
    }
  }

  /// True when the linked libcurl was built with HTTP/2 support.
  static let supportsHTTP2: Bool = {
    guard let info = brief_curl_version_info() else { return false }
    return info.pointee.features & CURL_VERSION_HTTP2 != 0
  }()
}

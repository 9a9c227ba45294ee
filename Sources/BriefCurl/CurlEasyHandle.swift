internal import CCurl

/// Owns one libcurl easy handle and its error buffer; `deinit` runs `curl_easy_cleanup`.
///
/// Reused across transfers of one `run` call: `reset()` clears the options but keeps the
/// handle's caches. Every setter checks its CURLcode and throws a `CurlError`.
final class CurlEasyHandle {
  /// The `CURL *` (libcurl declares `CURL` as `void`).
  let raw: UnsafeMutableRawPointer
  /// `CURLOPT_ERRORBUFFER`: `CURL_ERROR_SIZE` bytes, alive as long as the handle.
  private let errorBuffer: UnsafeMutablePointer<CChar>

  /// Creates a handle with an empty error buffer installed.
  init() throws(CurlError) {
    guard let handle = curl_easy_init() else {
      throw CurlError(
        kind: .other, code: Int(CURLE_FAILED_INIT.rawValue), message: "curl_easy_init failed")
    }
    raw = handle
    errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
  }

  deinit {
    curl_easy_cleanup(raw)
    errorBuffer.deallocate()
  }

  /// Clears every option (live connections and caches stay) and reinstalls the error buffer.
  func reset() throws(CurlError) {
    curl_easy_reset(raw)
    errorBuffer[0] = 0
    try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
  }

  /// The error buffer's text for the last failed transfer; empty if libcurl wrote none.
  var errorMessage: String {
    String(cString: errorBuffer)
  }

  /// The last response's status code (`CURLINFO_RESPONSE_CODE`); 0 if none was received.
  func responseCode() throws(CurlError) -> Int {
    var code = 0
    try check(brief_easy_getinfo_long(raw, CURLINFO_RESPONSE_CODE, &code))
    return code
  }

  /// Sets a `long` option.
  func set(_ option: CURLoption, _ value: Int) throws(CurlError) {
    try check(brief_easy_setopt_long(raw, option, value))
  }

  /// Sets a string option (libcurl copies the string).
  func set(_ option: CURLoption, _ value: String) throws(CurlError) {
    try check(brief_easy_setopt_string(raw, option, value))
  }

  /// Sets a `curl_off_t` option.
  func set(_ option: CURLoption, offset value: Int64) throws(CurlError) {
    try check(brief_easy_setopt_off_t(raw, option, curl_off_t(value)))
  }

  /// Sets a pointer option (userdata, buffers).
  func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws(CurlError) {
    try check(brief_easy_setopt_pointer(raw, option, value))
  }

  /// Sets the request headers; `list` must stay alive until the transfer is over.
  func set(_ option: CURLoption, list: CurlHeaderList) throws(CurlError) {
    try check(brief_easy_setopt_slist(raw, option, list.raw))
  }

  /// Sets a write or header callback.
  func set(_ option: CURLoption, callback: curl_write_callback) throws(CurlError) {
    try check(brief_easy_setopt_write_callback(raw, option, callback))
  }

  /// Sets the debug (trace) callback.
  func set(_ option: CURLoption, debugCallback: curl_debug_callback) throws(CurlError) {
    try check(brief_easy_setopt_debug_callback(raw, option, debugCallback))
  }

  /// Hands libcurl a copy of `body` as the request body (`CURLOPT_COPYPOSTFIELDS`), size first
  /// so that bytes after a NUL are kept.
  func setBody(_ body: [UInt8]) throws(CurlError) {
    try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: Int64(body.count))
    // A non-null pointer even for an empty body: NULL would make libcurl read from stdin.
    let bytes = body.isEmpty ? [0] : body
    let code = bytes.withUnsafeBytes { buffer in
      brief_easy_setopt_pointer(
        raw, CURLOPT_COPYPOSTFIELDS,
        buffer.baseAddress.map { UnsafeMutableRawPointer(mutating: $0) })
    }
    try check(code)
  }

  private func check(_ code: CURLcode) throws(CurlError) {
    guard code == CURLE_OK else { throw CurlError(code: code, message: errorMessage) }
  }
}

internal import CCurl

/// Owns one libcurl multi handle; `deinit` runs `curl_multi_cleanup`.
///
/// Used only on the thread of the `run` call that made it.
final class CurlMultiHandle {
  /// A transfer libcurl reports as finished: its easy handle and its result.
  struct Completion {
    /// The raw easy handle (a key into the caller's table of active transfers).
    var easy: UnsafeMutableRawPointer
    /// The transfer's CURLcode.
    var code: CURLcode
  }

  private let raw: UnsafeMutableRawPointer

  /// Creates a multi handle allowing `maxConnections` connections in total and per host.
  init(maxConnections: Int) throws(CurlError) {
    guard let handle = curl_multi_init() else {
      throw CurlError(
        kind: .other, code: Int(CURLM_OUT_OF_MEMORY.rawValue), message: "curl_multi_init failed")
    }
    raw = handle
    try check(
      brief_multi_setopt_long(raw, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections),
      "max total connections")
    try check(
      brief_multi_setopt_long(raw, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnections),
      "max host connections")
    try check(
      brief_multi_setopt_long(raw, CURLMOPT_MAXCONNECTS, maxConnections), "max cached connections")
  }

  deinit {
    // Every easy handle has been removed by now; a failure here has no one to report to.
    _ = curl_multi_cleanup(raw)
  }

  /// Starts driving `easy`'s transfer.
  func add(_ easy: CurlEasyHandle) throws(CurlError) {
    try check(curl_multi_add_handle(raw, easy.raw), "curl_multi_add_handle")
  }

  /// Detaches `easy` (finished or abandoned) so it can be reset and reused.
  func remove(_ easy: CurlEasyHandle) throws(CurlError) {
    try check(curl_multi_remove_handle(raw, easy.raw), "curl_multi_remove_handle")
  }

  /// Lets libcurl do whatever I/O is ready, without blocking.
  func perform() throws(CurlError) {
    var running: Int32 = 0
    try check(curl_multi_perform(raw, &running), "curl_multi_perform")
  }

  /// Milliseconds until libcurl wants `perform` called again, nil when it has no timer.
  func timeoutMilliseconds() throws(CurlError) -> Int? {
    var milliseconds = -1
    try check(curl_multi_timeout(raw, &milliseconds), "curl_multi_timeout")
    return milliseconds < 0 ? nil : milliseconds
  }

  /// Waits for socket activity or `milliseconds`, whichever comes first (also without any
  /// transfer: then it just sleeps).
  func poll(milliseconds: Int) throws(CurlError) {
    var events: Int32 = 0
    try check(
      curl_multi_poll(raw, nil, 0, Int32(clamping: milliseconds), &events), "curl_multi_poll")
  }

  /// Drains libcurl's message queue of finished transfers.
  func completions() -> [Completion] {
    var result: [Completion] = []
    var remaining: Int32 = 0
    while let message = curl_multi_info_read(raw, &remaining) {
      guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else {
        continue
      }
      result.append(Completion(easy: easy, code: message.pointee.data.result))
    }
    return result
  }

  private func check(_ code: CURLMcode, _ operation: String) throws(CurlError) {
    guard code == CURLM_OK else { throw CurlError(multiCode: code, operation: operation) }
  }
}

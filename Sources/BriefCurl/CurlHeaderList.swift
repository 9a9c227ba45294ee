internal import CCurl

/// Owns one `curl_slist` of request header lines; `deinit` frees it.
///
/// Must outlive the transfer that uses it (`CURLOPT_HTTPHEADER` does not copy the list).
final class CurlHeaderList {
  /// The list head, nil when there are no lines.
  private(set) var raw: UnsafeMutablePointer<curl_slist>?

  /// Builds the list from complete header lines (`"Name: value"`), in order.
  init(lines: [String]) throws(CurlError) {
    for line in lines {
      guard let appended = curl_slist_append(raw, line) else {
        throw CurlError(
          kind: .other, code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "curl_slist_append failed"
        )
      }
      raw = appended
    }
  }

  deinit {
    curl_slist_free_all(raw)
  }
}

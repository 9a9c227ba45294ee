internal import CCurl

/// The version of the libcurl Brief is linked against.
public enum CurlVersion {
  /// The libcurl version string, such as "8.5.0".
  public static var string: String {
    guard let info = brief_curl_version_info() else { return "unknown" }
    return info.pointee.version.map { String(cString: $0) } ?? "unknown"
  }
}

import Foundation

/// Checks and joins the base URLs providers are configured with.
enum BaseURL {
  /// `base` without trailing slashes, when it is an http(s) URL with a host.
  ///
  /// - Throws: `TranslationError.invalidConfiguration` otherwise.
  static func validated(_ base: String, provider: String) throws(TranslationError) -> String {
    var trimmed = base.trimmingCharacters(in: .whitespaces)
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    let lower = trimmed.lowercased()
    let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
    guard scheme > 0, trimmed.count > scheme, !trimmed.contains(" "), !trimmed.contains("?")
    else {
      throw .invalidConfiguration(
        "\(provider) base URL must be http:// or https:// with a host and no query, got "
          + "\(Redactor.hostOnly(of: trimmed) ?? "an invalid URL")")
    }
    return trimmed
  }
}

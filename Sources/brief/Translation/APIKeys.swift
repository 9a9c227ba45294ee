import Foundation

/// Where API keys come from: only the environment or a key file named in the config.
enum APIKeys {
  /// The environment variable holding each translator's key.
  static let variables = [
    "deepl": "DEEPL_AUTH_KEY", "libretranslate": "LIBRETRANSLATE_API_KEY",
    "openai": "OPENAI_API_KEY",
  ]

  /// The key for `translator`: its environment variable, else the first line of `keyFile`.
  static func key(
    for translator: String, keyFile: String?, environment: [String: String]
  ) throws(CLIError) -> String? {
    if let name = variables[translator], let key = environment[name]?.trimmed, !key.isEmpty {
      return key
    }
    guard let keyFile else { return nil }
    let path = HomeFolder.expanding(keyFile, environment: environment)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw CLIError(path: keyFile, reason: "key file cannot be read")
    }
    guard let key = text.split(whereSeparator: \.isNewline).first?.trimmed, !key.isEmpty else {
      throw CLIError(path: keyFile, reason: "key file is empty")
    }
    return key
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  var trimmed: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}

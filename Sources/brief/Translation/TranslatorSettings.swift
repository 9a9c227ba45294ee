import Foundation

/// Translation settings from one source — the config file, the environment or the flags —
/// with nil for what that source does not give.
///
/// Sources are layered: config file, then environment, then flags, each overriding the one
/// before (`overridden(by:)`). API keys are not settings: see `APIKeys`.
struct TranslatorSettings: Equatable {
  var translator: String?
  var url: String?
  var model: String?
  var targetLang: String?
  var formality: String?
  var keyFile: String?
  var concurrency: Int?
  var timeout: Double?
  var connectTimeout: Double?
  var retries: Int?
  var deadline: Double?
  var cache: String?
  var noCache: Bool?
  var caBundle: String?
  var glossary: String?
  var prompt: String?
  var context: Bool?

  /// How a setting's value is typed.
  enum Field {
    case string(WritableKeyPath<TranslatorSettings, String?>)
    /// A whole number in `range`, as the matching flag requires.
    case integer(WritableKeyPath<TranslatorSettings, Int?>, range: ClosedRange<Int>)
    /// A time in seconds: finite, above zero and at most `maximumSeconds`.
    case seconds(WritableKeyPath<TranslatorSettings, Double?>)
    case flag(WritableKeyPath<TranslatorSettings, Bool?>)
  }

  /// The longest time any setting may give, in seconds: 7 days, far beyond any night's run
  /// (and a bound every `Duration` and millisecond count holds).
  static let maximumSeconds: Double = 7 * 86_400
  /// The most translation requests in flight at once.
  static let concurrencyRange = 1...1_000
  /// The most retries of one request.
  static let retriesRange = 0...100

  /// Whether `seconds` is a time a setting may give: finite, above zero, at most
  /// `maximumSeconds` (NaN and infinity are not).
  static func isValid(seconds: Double) -> Bool {
    seconds.isFinite && seconds > 0 && seconds <= maximumSeconds
  }

  /// What a time setting must be, for messages.
  static let secondsRule = "seconds above 0 and at most 604800 (7 days)"

  /// What a whole-number setting must be, for messages.
  static func integerRule(_ range: ClosedRange<Int>) -> String {
    "a whole number from \(range.lowerBound) to \(range.upperBound)"
  }

  /// Every setting: its key in the config file, its environment variable, its type.
  static var fields: [(key: String, environment: String, field: Field)] {
    [
      ("translator", "BRIEF_TRANSLATOR", .string(\.translator)),
      ("translator_url", "BRIEF_TRANSLATOR_URL", .string(\.url)),
      ("model", "BRIEF_MODEL", .string(\.model)),
      ("target_lang", "BRIEF_TARGET_LANG", .string(\.targetLang)),
      ("formality", "BRIEF_FORMALITY", .string(\.formality)),
      ("key_file", "BRIEF_KEY_FILE", .string(\.keyFile)),
      ("concurrency", "BRIEF_CONCURRENCY", .integer(\.concurrency, range: concurrencyRange)),
      ("timeout", "BRIEF_TIMEOUT", .seconds(\.timeout)),
      ("connect_timeout", "BRIEF_CONNECT_TIMEOUT", .seconds(\.connectTimeout)),
      ("retries", "BRIEF_RETRIES", .integer(\.retries, range: retriesRange)),
      ("deadline", "BRIEF_DEADLINE", .seconds(\.deadline)),
      ("cache", "BRIEF_CACHE", .string(\.cache)),
      ("no_cache", "BRIEF_NO_CACHE", .flag(\.noCache)),
      ("ca_bundle", "BRIEF_CA_BUNDLE", .string(\.caBundle)),
      ("glossary", "BRIEF_GLOSSARY", .string(\.glossary)),
      ("prompt", "BRIEF_PROMPT", .string(\.prompt)),
      ("context", "BRIEF_CONTEXT", .flag(\.context)),
    ]
  }

  /// These settings with every value `other` gives put over them.
  func overridden(by other: TranslatorSettings) -> TranslatorSettings {
    var result = self
    for (_, _, field) in Self.fields {
      switch field {
      case .string(let path): if let value = other[keyPath: path] { result[keyPath: path] = value }
      case .integer(let path, _):
        if let value = other[keyPath: path] { result[keyPath: path] = value }
      case .seconds(let path): if let value = other[keyPath: path] { result[keyPath: path] = value }
      case .flag(let path): if let value = other[keyPath: path] { result[keyPath: path] = value }
      }
    }
    return result
  }

  /// The settings given by environment variables (`BRIEF_TRANSLATOR`, ...).
  static func environment(_ variables: [String: String]) throws(CLIError) -> TranslatorSettings {
    var settings = TranslatorSettings()
    for (_, name, field) in fields {
      guard let text = variables[name], !text.isEmpty else { continue }
      try settings.set(field, fromText: text, source: "environment variable \(name)")
    }
    return settings
  }

  /// The settings in a JSON config file.
  ///
  /// The file holds one object whose keys are the settings' keys.
  /// Unknown keys are an error (a typo must not be silently ignored).
  static func configFile(_ path: String) throws(CLIError) -> TranslatorSettings {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw CLIError(path: path, reason: "config file cannot be read")
    }
    var settings = TranslatorSettings()
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: data)
    } catch {
      // A number beyond any Double (`1e400`) fails the whole parse: name its key instead.
      try settings.checkNumbers(in: String(decoding: data, as: UTF8.self), path: path)
      throw CLIError(path: path, reason: "config file is not valid JSON")
    }
    guard let object = parsed as? [String: Any] else {
      throw CLIError(path: path, reason: "config file is not a JSON object")
    }
    for key in object.keys.sorted() {
      guard let value = object[key], !(value is NSNull) else { continue }
      guard let field = fields.first(where: { $0.key == key })?.field else {
        let known = fields.map(\.key).joined(separator: ", ")
        throw CLIError(path: path, reason: "unknown setting \"\(key)\" (known: \(known))")
      }
      try settings.set(field, from: value, source: "\"\(key)\"", path: path)
    }
    return settings
  }

  private mutating func set(_ field: Field, fromText text: String, source: String)
    throws(CLIError)
  {
    switch field {
    case .string(let path): self[keyPath: path] = text
    case .integer(let path, let range):
      guard let value = Int(text), range.contains(value) else {
        throw invalid(source, Self.integerRule(range))
      }
      self[keyPath: path] = value
    case .seconds(let path):
      guard let value = Double(text), Self.isValid(seconds: value) else {
        throw invalid(source, Self.secondsRule)
      }
      self[keyPath: path] = value
    case .flag(let path):
      switch text.lowercased() {
      case "1", "true", "yes": self[keyPath: path] = true
      case "0", "false", "no": self[keyPath: path] = false
      default: throw invalid(source, "true or false")
      }
    }
  }

  private mutating func set(_ field: Field, from value: Any, source: String, path: String)
    throws(CLIError)
  {
    switch (field, value) {
    case (.string, let text as String), (.integer, let text as String),
      (.seconds, let text as String):
      try set(field, fromText: text, source: "\(path): \(source)")
    case (.integer(let keyPath, let range), let number as NSNumber):
      let value = number.doubleValue
      guard value.rounded() == value, Double(range.lowerBound) <= value,
        value <= Double(range.upperBound)
      else { throw invalid("\(path): \(source)", Self.integerRule(range)) }
      self[keyPath: keyPath] = Int(value)
    case (.seconds(let keyPath), let number as NSNumber):
      guard Self.isValid(seconds: number.doubleValue) else {
        throw invalid("\(path): \(source)", Self.secondsRule)
      }
      self[keyPath: keyPath] = number.doubleValue
    case (.flag(let keyPath), let flag as Bool):
      self[keyPath: keyPath] = flag
    default:
      throw CLIError(path: path, reason: "\(source) has the wrong type")
    }
  }

  /// Checks every number given to a known numeric key in the config `text` (which did not
  /// parse), so that one out of range (`"concurrency": 1e400`) is named with its key.
  private mutating func checkNumbers(in text: String, path: String) throws(CLIError) {
    let pattern = #/"([a-z_]+)"\s*:\s*(-?[0-9][0-9.eE+\-]*)/#
    for match in text.matches(of: pattern) {
      let key = String(match.output.1)
      guard let field = Self.fields.first(where: { $0.key == key })?.field else { continue }
      switch field {
      case .integer, .seconds:
        try set(field, fromText: String(match.output.2), source: "\(path): \"\(key)\"")
      case .string, .flag: continue
      }
    }
  }

  private func invalid(_ source: String, _ expected: String) -> CLIError {
    CLIError(path: source, reason: "must be \(expected)")
  }
}

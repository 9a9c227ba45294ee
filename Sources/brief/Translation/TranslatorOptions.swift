import ArgumentParser
import Foundation

/// The translation flags shared by `summarize`, `batch` and `translate`.
///
/// Each flag overrides the same setting from the environment (`BRIEF_*`), which overrides the
/// config file. API keys are never flags: they come from `DEEPL_AUTH_KEY`,
/// `LIBRETRANSLATE_API_KEY`, `OPENAI_API_KEY` or the config's `key_file`.
struct TranslatorOptions: ParsableArguments {
  @Option(help: "Translator: deepl, libretranslate, openai or none (default: none).")
  var translator: String?

  @Option(help: "Translator base URL (https://api-free.deepl.com, http://localhost:11434/v1).")
  var translatorURL: String?

  @Option(help: "Model name, for the openai translator (e.g. gpt-4o-mini, llama3.1).")
  var model: String?

  @Option(help: "Target language: EN-GB or EN-US for DeepL; en for the others.")
  var targetLang: String?

  @Option(help: "Translation requests in flight at once (default 4).")
  var concurrency: Int?

  @Option(help: "Seconds one translation request may take (default 60).")
  var timeout: Double?

  @Option(help: "Retries of a failed request; 0 turns retries off (default 5).")
  var retries: Int?

  @Option(help: "Seconds all retries of one batch may take together (default 120).")
  var deadline: Double?

  @Option(help: "Translation cache file (default: ~/.cache/brief/translations.sqlite).")
  var cache: String?

  @Flag(help: "Use no translation cache.")
  var noCache = false

  @Flag(
    help: ArgumentHelp(
      "Translate each article's texts together, with its headline and key sentences as context (DeepL, not billed; chat prompt's context section).",
      discussion:
        "Each request then holds one article's sentences: better English for sentences read out of their article, more requests."
    ))
  var context = false

  @Option(help: "A CA bundle to trust, for a server with a private certificate authority.")
  var caBundle: String?

  @Option(help: "Config file (default: $BRIEF_CONFIG, else ~/.config/brief/config.json).")
  var config: String?

  @Flag(help: "Trace every translation request on standard error (keys redacted).")
  var verbose = false

  func validate() throws {
    if let concurrency, !TranslatorSettings.concurrencyRange.contains(concurrency) {
      let rule = TranslatorSettings.integerRule(TranslatorSettings.concurrencyRange)
      throw ValidationError("--concurrency must be \(rule).")
    }
    if let retries, !TranslatorSettings.retriesRange.contains(retries) {
      throw ValidationError(
        "--retries must be \(TranslatorSettings.integerRule(TranslatorSettings.retriesRange)).")
    }
    for (flag, value) in [("--timeout", timeout), ("--deadline", deadline)] {
      if let value, !TranslatorSettings.isValid(seconds: value) {
        throw ValidationError("\(flag) must be \(TranslatorSettings.secondsRule).")
      }
    }
  }

  /// The settings these flags give.
  var settings: TranslatorSettings {
    var settings = TranslatorSettings()
    settings.translator = translator
    settings.url = translatorURL
    settings.model = model
    settings.targetLang = targetLang
    settings.concurrency = concurrency
    settings.timeout = timeout
    settings.retries = retries
    settings.deadline = deadline
    settings.cache = cache
    settings.noCache = noCache ? true : nil
    settings.context = context ? true : nil
    settings.caBundle = caBundle
    return settings
  }

  /// Config file, environment and flags layered in that order.
  func resolvedSettings(environment: [String: String]) throws(CLIError) -> TranslatorSettings {
    var path = config ?? environment["BRIEF_CONFIG"]
    if path == nil {
      let base = HomeFolder.briefFolder(
        variable: "XDG_CONFIG_HOME", fallback: ".config", environment: environment)
      let candidate = base.map { $0 + "/config.json" }
      if let candidate, FileManager.default.fileExists(atPath: candidate) { path = candidate }
    }
    let file = try path.map { (path) throws(CLIError) in try TranslatorSettings.configFile(path) }
    return (file ?? TranslatorSettings())
      .overridden(by: try TranslatorSettings.environment(environment))
      .overridden(by: settings)
  }
}

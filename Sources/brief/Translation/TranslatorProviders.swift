import BriefCurl
import BriefKit
import Foundation

/// Builds the provider, glossary and prompt a translator setting names.
enum TranslatorProviders {
  /// The glossary shipped with Brief.
  static let glossaryPath = "prompts/glossary-de-en.tsv"
  /// The chat prompt shipped with Brief.
  static let promptPath = "prompts/translate-de-en.md"

  /// The provider for `kind` with its base URL.
  static func provider(
    kind: String, settings: TranslatorSettings, environment: [String: String]
  ) throws(CLIError) -> (provider: any TranslationProvider, url: String) {
    let key = try APIKeys.key(for: kind, keyFile: settings.keyFile, environment: environment)
    switch kind {
    case "deepl":
      guard let key else { throw missingKey(kind) }
      let target = settings.targetLang.map { $0.uppercased() == "EN" ? "EN-GB" : $0.uppercased() }
      var configuration = DeepLProvider.Configuration(
        authKey: key, baseURL: settings.url, userAgent: CurlTransport.Configuration.defaultUserAgent
      )
      if let target {
        guard let language = DeepLProvider.TargetLanguage(rawValue: target) else {
          throw CLIError(path: "translator", reason: "DeepL target language must be EN-GB or EN-US")
        }
        configuration.targetLanguage = language
      }
      if let formality = settings.formality {
        guard let value = DeepLProvider.Formality(rawValue: formality) else {
          throw CLIError(path: "translator", reason: "formality must be prefer_more or prefer_less")
        }
        configuration.formality = value
      }
      let provider = try built { () throws(TranslationError) in try DeepLProvider(configuration) }
      return (provider, provider.baseURL)
    case "libretranslate":
      let configuration = LibreTranslateProvider.Configuration(
        baseURL: settings.url ?? "http://localhost:5000", apiKey: key,
        target: settings.targetLang?.lowercased().prefix(2).description ?? "en")
      let provider = try built { () throws(TranslationError) in
        try LibreTranslateProvider(configuration)
      }
      return (provider, provider.baseURL)
    case "openai":
      guard let model = settings.model, !model.isEmpty else {
        throw CLIError(
          path: "translator",
          reason: "openai needs a model: --model NAME or \"model\" in the config")
      }
      let configuration = OpenAIChatProvider.Configuration(
        baseURL: settings.url ?? "https://api.openai.com/v1", apiKey: key, model: model,
        prompt: try prompt(settings))
      let provider = try built { () throws(TranslationError) in
        try OpenAIChatProvider(configuration)
      }
      return (provider, provider.baseURL)
    default:
      throw CLIError(
        path: "translator",
        reason: "unknown translator \"\(kind)\" (deepl, libretranslate, openai or none)")
    }
  }

  /// What `make` builds, its configuration error reported as the translator's.
  private static func built<Provider>(_ make: () throws(TranslationError) -> Provider)
    throws(CLIError) -> Provider
  {
    do throws(TranslationError) {
      return try make()
    } catch {
      throw CLIError(path: "translator", reason: error.message)
    }
  }

  /// The glossary: the configured file, else `prompts/glossary-de-en.tsv` where Brief finds
  /// it, else the copy built into Brief.
  static func glossary(_ settings: TranslatorSettings) throws(CLIError) -> Glossary {
    let (text, path) = try shippedOrConfigured(
      settings.glossary, glossaryPath, ShippedFiles.glossary)
    do throws(TranslationError) {
      return try Glossary(parsing: text)
    } catch {
      throw CLIError(path: path, reason: error.message)
    }
  }

  /// The chat prompt template: the configured file, else `prompts/translate-de-en.md` where
  /// Brief finds it, else the copy built into Brief.
  static func prompt(_ settings: TranslatorSettings) throws(CLIError) -> PromptTemplate {
    let (text, path) = try shippedOrConfigured(settings.prompt, promptPath, ShippedFiles.prompt)
    do throws(TranslationError) {
      return try PromptTemplate(parsing: text)
    } catch {
      throw CLIError(path: path, reason: error.message)
    }
  }

  /// The text of the `configured` file (an error when it cannot be read), else of the shipped
  /// file at `relativePath` where `ProductFiles` finds it, else `builtIn`; with the path it was
  /// read from, for messages.
  private static func shippedOrConfigured(
    _ configured: String?, _ relativePath: String, _ builtIn: String
  ) throws(CLIError) -> (text: String, path: String) {
    if let path = configured ?? ProductFiles.locate(relativePath) {
      return (try read(path), path)
    }
    return (builtIn, "\(relativePath) (built in)")
  }

  private static func read(_ path: String) throws(CLIError) -> String {
    let expanded = HomeFolder.expanding(path)
    guard let text = try? String(contentsOfFile: expanded, encoding: .utf8) else {
      throw CLIError(path: path, reason: "cannot be read")
    }
    return text
  }

  private static func missingKey(_ kind: String) -> CLIError {
    let variable = APIKeys.variables[kind] ?? "the key variable"
    return CLIError(
      path: "translator",
      reason: "\(kind) needs an API key: set \(variable) or key_file in the config")
  }
}

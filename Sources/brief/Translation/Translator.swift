import BriefCurl
import BriefKit
import BriefStore
import Foundation

/// The translator of a run, built from the layered settings: a `TranslationEngine` over the
/// libcurl transport with the glossary, prompt and cache, or nothing for `none`.
struct Translator {
  /// The engine; nil when the translator is `none`.
  let engine: TranslationEngine?
  /// Whether a translator is configured (not `none`).
  var isConfigured: Bool { engine != nil }

  /// "12 requests (1 retry), 3 cache hits, 2048 characters sent, 2048 billed": the
  /// accounting in a line (billed characters when the provider reports them: DeepL).
  static func accounting(_ accounting: TranslationAccounting) -> String {
    "\(counted(accounting.requests, "request")) "
      + "(\(counted(accounting.retries, "retry", "retries"))), "
      + "\(counted(accounting.cacheHits, "cache hit")), "
      + "\(counted(accounting.charactersSent, "character")) sent"
      + (accounting.charactersBilled.map { ", \($0) billed" } ?? "")
  }
  /// What is translating, for messages and the report: `DeepL (https://api-free.deepl.com)`;
  /// a password in the URL masked (`http://admin:***@host`).
  let label: String
  /// The provider's kind as configured: `deepl`, `libretranslate`, `openai` or `none`.
  let kind: String
  /// Whether each German brief's texts are sent with their article's context (`--context`).
  var sendsContext = false
  /// Set once a job stopped the provider (quota) or was refused for a reason every later
  /// request would repeat (HTTP 401, 403, 404): later jobs of the run send nothing.
  private(set) var halt: TranslationError?
  /// Error messages already printed in this run: each is printed once.
  private var reported: Set<String> = []
  /// Told after each response how many of a job's sentences are done and how many there are
  /// (`TranslationEngine.translate(_:contexts:progress:)`), for the progress line.
  var progress: ((_ done: Int, _ total: Int) -> Void)?

  init(engine: TranslationEngine?, label: String, kind: String) {
    self.engine = engine
    self.label = label
    self.kind = kind
  }

  /// The note briefs carry when no translator is configured.
  static let notConfiguredNote = "no translator configured"

  /// The translator the options, environment and config file describe.
  static func make(_ options: TranslatorOptions, environment: [String: String])
    throws(CLIError) -> Translator
  {
    let settings = try options.resolvedSettings(environment: environment)
    let kind = (settings.translator ?? "none").lowercased()
    guard kind != "none" else { return Translator(engine: nil, label: "none", kind: "none") }
    let (provider, url) = try TranslatorProviders.provider(
      kind: kind, settings: settings, environment: environment)
    let glossary = try TranslatorProviders.glossary(settings)
    var transport = CurlTransport.Configuration()
    transport.concurrency = settings.concurrency ?? transport.concurrency
    transport.requestTimeout = settings.timeout.map { .seconds($0) } ?? transport.requestTimeout
    transport.connectTimeout =
      settings.connectTimeout.map { .seconds($0) } ?? transport.connectTimeout
    transport.caBundlePath = settings.caBundle.map {
      HomeFolder.expanding($0, environment: environment)
    }
    if options.verbose { transport.verbose = { Console.error("curl: " + $0) } }
    // libcurl gets the URL with its user-info; every trace line is scrubbed of it.
    transport.secrets = provider.secrets + Redactor.userInfoSecrets(of: url)
    var policy = RetryPolicy()
    policy.maxRetries = settings.retries ?? policy.maxRetries
    policy.totalDeadline = settings.deadline.map { .seconds($0) } ?? policy.totalDeadline
    let engine = TranslationEngine(
      provider: provider, transport: CurlTransport(configuration: transport),
      clock: SystemTranslationClock(), random: SystemRandomNumberGenerator(),
      glossary: glossary, policy: policy,
      cache: cache(settings, environment: environment),
      // An unusable answer is asked again once, but not when retries are off.
      configuration: .init(
        maxBatchesInFlight: transport.concurrency,
        invalidAnswerRetries: min(1, policy.maxRetries)))
    var translator = Translator(
      engine: engine, label: "\(provider.name) (\(Redactor.redactingUserInfo(url)))", kind: kind)
    if settings.context == true {
      if provider.acceptsContext {
        translator.sendsContext = true
      } else {
        Console.warning("translator: \(provider.noContextReason); --context is ignored")
      }
    }
    return translator
  }

  /// The translator for `options` in this process's environment; a configuration error is
  /// printed and ends the run with the usage status, before anything is done.
  static func makeOrExit(_ options: TranslatorOptions) throws -> Translator {
    do throws(CLIError) {
      return try make(options, environment: ProcessInfo.processInfo.environment)
    } catch {
      Console.error(error.description)
      throw ExitStatus.usage.exitCode
    }
  }

  private static func cache(_ settings: TranslatorSettings, environment: [String: String])
    -> TranslationMemory?
  {
    guard settings.noCache != true else { return nil }
    let path: String
    if let configured = settings.cache {
      // Relative to the working folder, as `key_file` is.
      let expanded = HomeFolder.expanding(configured, environment: environment)
      path =
        expanded.hasPrefix("/")
        ? expanded
        : FileManager.default.currentDirectoryPath + "/" + expanded
    } else if let folder = HomeFolder.briefFolder(
      variable: "XDG_CACHE_HOME", fallback: ".cache", environment: environment)
    {
      path = folder + "/translations.sqlite"
    } else {
      Console.warning(
        "translation cache: no home folder (HOME unset, none in the password database) and "
          + "no absolute XDG_CACHE_HOME; running without a cache (--cache PATH names one)")
      return nil
    }
    return TranslationMemory.open(path: path) { Console.warning($0) }
  }

  /// The note for briefs left without English by `outcome` for a reason of the whole job:
  /// the provider stopped (said once per brief, not under every line).
  static func note(for outcome: TranslationOutcome) -> String {
    switch outcome.degraded {
    // The quota and outage messages already say that translation stopped for this run.
    case .providerStopped(let error):
      switch error {
      case .quotaExceeded, .unavailable: error.message
      default: "translation stopped: \(error.message)"
      }
    case .partial, nil: "translation failed"
    }
  }

  /// The note under one line that failed for a reason of its own.
  static func note(for reason: TranslationError) -> String {
    "translation failed: \(reason.message)"
  }

  /// What a translation job did: the engine's outcome and the post-check findings, each as
  /// the brief's id and a message.
  struct Summary {
    var outcome: TranslationOutcome
    var checks: [(id: String, message: String)]
  }

  /// Translates the headlines and lines of `briefs` in one job and fills in their English.
  ///
  /// Only German briefs are sent: an English brief's headline and lines are their own English.
  /// Briefs with a line left untranslated get a note saying why (a headline left untranslated
  /// just has no English). Nil when there is no translator. A run may
  /// have several jobs (`summarize --jsonl` has one per article): once one stops the provider or
  /// is refused for its key or address, the later ones send nothing and carry the same note;
  /// each error is printed once per run.
  mutating func translate(_ briefs: inout [Brief]) -> Summary? {
    let german = briefs.indices.filter { briefs[$0].language == .german }
    for index in briefs.indices where briefs[index].language != .german {
      for line in briefs[index].lines.indices {
        briefs[index].lines[line].translation = briefs[index].lines[line].text
      }
      briefs[index].titleTranslation = briefs[index].title
      briefs[index].translationNote = nil
    }
    for index in german { briefs[index].titleTranslation = nil }
    guard let engine else {
      for index in german { briefs[index].translationNote = Self.notConfiguredNote }
      return nil
    }
    // Per German brief: its headline when it has one, then its lines.
    var texts: [String] = []
    var owners: [String] = []
    var contexts: [String?] = []
    for index in german {
      let sent = Self.texts(of: briefs[index])
      texts += sent
      owners += repeatElement(briefs[index].id, count: sent.count)
      if sendsContext {
        contexts += repeatElement(Optional(Self.context(of: sent)), count: sent.count)
      }
    }
    let outcome =
      halt.map { Self.skipped(texts, because: $0) }
      ?? engine.translate(texts, contexts: contexts, progress: progress)
    for error in outcome.errors where reported.insert(error.message).inserted {
      Console.error("translation: " + error.message)
    }
    if halt == nil { halt = Self.haltReason(outcome) }
    let checks = outcome.warnings.map { warning in
      (id: owners[warning.index], message: Self.describe(warning, sentence: texts[warning.index]))
    }
    var stop: TranslationError?
    if case .providerStopped(let error) = outcome.degraded { stop = error }
    var position = 0
    for briefIndex in german {
      if Self.headline(of: briefs[briefIndex]) != nil {
        briefs[briefIndex].titleTranslation = outcome.translations[position]
        position += 1
      }
      // A line's own reason goes under it; the stop of the provider is said once per brief.
      var missing = false
      for lineIndex in briefs[briefIndex].lines.indices {
        let translation = outcome.translations[position]
        briefs[briefIndex].lines[lineIndex].translation = translation
        var note: String?
        if translation == nil {
          if let reason = outcome.reasons[position], reason != stop {
            note = Self.note(for: reason)
          } else {
            missing = true
          }
        }
        briefs[briefIndex].lines[lineIndex].note = note
        position += 1
      }
      briefs[briefIndex].translationNote = missing ? Self.note(for: outcome) : nil
    }
    return Summary(outcome: outcome, checks: checks)
  }

  /// The headline of a brief, when it has one to translate.
  private static func headline(of brief: Brief) -> String? {
    guard let title = brief.title, !title.allSatisfy(\.isWhitespace) else { return nil }
    return title
  }

  /// What a German brief sends: its headline, when it has one, then its lines.
  private static func texts(of brief: Brief) -> [String] {
    (headline(of: brief).map { [$0] } ?? []) + brief.lines.map(\.text)
  }

  /// The most characters of context sent with one article's texts.
  static let maximumContextCharacters = 2_000

  /// The context of one article's `texts` (its headline and key sentences): one per line, as
  /// many whole lines as fit in `maximumContextCharacters` (the first one cut if it alone
  /// does not).
  static func context(of texts: [String]) -> String {
    var context = ""
    for text in texts {
      let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      if context.isEmpty {
        context = String(line.prefix(maximumContextCharacters))
      } else if context.count + 1 + line.count <= maximumContextCharacters {
        context += "\n" + line
      } else {
        break
      }
    }
    return context
  }

  /// Why later jobs of the run should send nothing: a stopped provider, or a refusal that
  /// does not depend on the sentences (key or address wrong).
  static func haltReason(_ outcome: TranslationOutcome) -> TranslationError? {
    if case .providerStopped(let error) = outcome.degraded { return error }
    return outcome.errors.first { error in
      guard case .rejected(_, let status, _, _) = error else { return false }
      return [401, 403, 404].contains(status)
    }
  }

  /// The outcome of a job not sent because the run was halted by `error`.
  static func skipped(_ texts: [String], because error: TranslationError) -> TranslationOutcome {
    var accounting = TranslationAccounting()
    accounting.failures = texts.count { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    return TranslationOutcome(
      translations: Array(repeating: nil, count: texts.count), accounting: accounting,
      degraded: .providerStopped(error))
  }

  private static func describe(_ warning: TranslationWarning, sentence: String) -> String {
    let start = String(sentence.prefix(60))
    switch warning.kind {
    case .missingNumbers(let numbers):
      return "English lacks \(numbers.joined(separator: ", ")) of \"\(start)…\""
    case .quotesDropped:
      return "English lost the quotation marks of \"\(start)…\""
    }
  }
}

/// The translation clock of a real run: monotonic time for deadlines, the wall clock only for
/// reading `Retry-After` dates.
struct SystemTranslationClock: TranslationClock {
  private let start = ContinuousClock.now

  func elapsed() -> Duration { ContinuousClock.now - start }
  func now() -> Date { Date() }
}

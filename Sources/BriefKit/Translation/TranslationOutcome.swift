/// The result of `TranslationEngine.translate`: parallel to the input.
public struct TranslationOutcome: Sendable, Equatable {
  /// One entry per input sentence, same order: the English, or nil when not translated.
  public var translations: [String?]
  /// Requests, retries, characters, cache hits.
  public var accounting: TranslationAccounting
  /// Set when the provider was stopped or sentences failed; nil when all went well.
  public var degraded: TranslationDegradation?
  /// Every distinct error, redacted, in the order first seen.
  public var errors: [TranslationError]
  /// Kept translations that failed a post-check, by input index.
  public var warnings: [TranslationWarning]
  /// One entry per input sentence, same order: why it has no translation, redacted (a
  /// sentence dropped because the provider stopped: the stop's error); nil when translated,
  /// empty or not sent.
  public var reasons: [TranslationError?]

  public init(
    translations: [String?], accounting: TranslationAccounting = .init(),
    degraded: TranslationDegradation? = nil, errors: [TranslationError] = [],
    warnings: [TranslationWarning] = [], reasons: [TranslationError?]? = nil
  ) {
    self.reasons = reasons ?? Array(repeating: nil, count: translations.count)
    self.translations = translations
    self.accounting = accounting
    self.degraded = degraded
    self.errors = errors
    self.warnings = warnings
  }
}

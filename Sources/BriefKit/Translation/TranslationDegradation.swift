/// Why a run's English is incomplete; the CLI shows it and sets a "partial" exit status.
public enum TranslationDegradation: Sendable, Equatable {
  /// The provider was stopped (quota): nothing more was sent after this error.
  case providerStopped(TranslationError)
  /// Some sentences failed; `firstError` is the first error seen, when there was one.
  case partial(failed: Int, total: Int, firstError: TranslationError?)

  /// One line for the user, for example for the brief's translation note.
  public var message: String {
    switch self {
    case .providerStopped(let error): "translation unavailable: \(error.message)"
    case .partial(let failed, let total, let error):
      "\(failed) of \(total) sentences untranslated"
        + (error.map { " (first error: \($0.message))" } ?? "")
    }
  }

  /// `message` without the error it quotes, for a summary printed after the errors
  /// themselves: "translation stopped", "2 of 9 sentences untranslated".
  public var summary: String {
    switch self {
    case .providerStopped: "translation stopped"
    case .partial(let failed, let total, _): "\(failed) of \(total) sentences untranslated"
    }
  }
}

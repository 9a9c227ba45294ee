/// What to do after a failed request.
public enum RetryDecision: Sendable, Equatable {
  /// Send the same batch again after this delay.
  case retry(after: Duration)
  /// The batch was too large: send its two halves instead (a single text fails `tooLarge`).
  case split
  /// Give up on this batch; its sentences stay untranslated.
  case fail(TranslationError)
  /// Give up on this provider for the rest of the run (quota, refused key, wrong endpoint):
  /// drop all pending work.
  case stopProvider(TranslationError)
}

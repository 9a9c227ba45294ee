/// What a provider read from a successful (2xx) response.
public enum ProviderReply: Sendable, Equatable {
  /// One translation per text, in order; `billedCharacters` when the service reports it.
  case translations([String], billedCharacters: Int?)
  /// The answer was cut off (chat `finish_reason: "length"`): split the batch and try again.
  case truncated
  /// The body is unusable: not JSON, wrong shape, wrong count. Retried once, then given up.
  case invalid(TranslationError)
}

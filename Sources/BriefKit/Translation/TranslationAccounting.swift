/// What a translation run cost and how it went, for the report and the digest footer.
public struct TranslationAccounting: Sendable, Equatable {
  /// HTTP requests handed to the transport, retries included.
  public var requests = 0
  /// Requests that were retries of an earlier one (after an error or an invalid answer).
  public var retries = 0
  /// Input sentences left untranslated because of errors (empty sentences not counted).
  public var failures = 0
  /// Characters of the texts in all requests the server answered (with any HTTP status),
  /// retries included; a request that got no answer (connection refused, timed out, reset) is
  /// not counted: it may never have reached the server.
  public var charactersSent = 0
  /// Characters billed, as the provider reports them; nil when it never did.
  public var charactersBilled: Int?
  /// Batches split in halves (413, truncated chat answers).
  public var batchesSplit = 0
  /// Distinct sentences answered from the cache.
  public var cacheHits = 0
  /// Distinct non-empty sentences after normalisation.
  public var uniqueSentences = 0

  public init() {}
}

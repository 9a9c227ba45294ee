/// Translates the selected sentences of a whole run through one provider.
///
/// Steps: normalise and deduplicate the sentences (across articles), answer what the cache
/// knows, protect glossary names (machine translation) or collect them for the prompt (chat),
/// pack the rest into batches (`TranslationBatcher`), drive `transport.run` — retrying,
/// splitting or stopping as `RetryPolicy` decides, validating every answer — then store new
/// translations in the cache, run the number and quote checks and hand back one `String?` per
/// input sentence. A translation is only ever paired with the sentence it was sent for:
/// batches carry their sentence indices through retries and splits.
public struct TranslationEngine: Sendable {
  /// Settings, each with its default.
  public struct Configuration: Sendable, Equatable {
    /// Batches handed to the transport at a time; more wait in the engine, so a quota stop leaves
    /// them unsent.
    ///
    /// Default 4.
    public var maxBatchesInFlight: Int
    /// Times an invalid answer (unparsable, wrong count) is asked again.
    ///
    /// Default 1.
    public var invalidAnswerRetries: Int
    /// Batches that may fail in a row, each after its retries, with no answer in between,
    /// before the provider is taken to be down and stopped for the run
    /// (`TranslationError.unavailable`): a translator that hangs or refuses connections then
    /// costs two rounds of batches, not every batch's deadline.
    ///
    /// Default 8 (twice the default batches in flight).
    public var failedBatchesToStop: Int

    public init(
      maxBatchesInFlight: Int = 4, invalidAnswerRetries: Int = 1, failedBatchesToStop: Int = 8
    ) {
      self.maxBatchesInFlight = max(1, maxBatchesInFlight)
      self.invalidAnswerRetries = max(0, invalidAnswerRetries)
      self.failedBatchesToStop = max(1, failedBatchesToStop)
    }
  }

  public let provider: any TranslationProvider
  public let transport: any HTTPTransport
  public let clock: any TranslationClock
  public let random: any RandomNumberGenerator & Sendable
  public let glossary: Glossary
  public let policy: RetryPolicy
  public let cache: (any TranslationCache)?
  public let configuration: Configuration

  /// - Parameters:
  ///   - random: the jitter source; copied at the start of each `translate` call, so a seeded
  ///     generator gives the same delays every time.
  public init(
    provider: any TranslationProvider, transport: any HTTPTransport, clock: any TranslationClock,
    random: any RandomNumberGenerator & Sendable, glossary: Glossary = .empty,
    policy: RetryPolicy = RetryPolicy(), cache: (any TranslationCache)? = nil,
    configuration: Configuration = Configuration()
  ) {
    self.provider = provider
    self.transport = transport
    self.clock = clock
    self.random = random
    self.glossary = glossary
    self.policy = policy
    self.cache = cache
    self.configuration = configuration
  }

  /// The redactor for this provider's secrets.
  public var redactor: Redactor { Redactor(secrets: provider.secrets) }

  /// One translation (or nil) per sentence, in input order, with accounting, errors and warnings.
  ///
  /// With `DisabledProvider`: no requests, all nil, not degraded.
  ///
  /// `contexts`, when it holds one per sentence, gives each sentence's context (nil: none),
  /// for a provider that `acceptsContext`: every request then carries one context and the
  /// sentences that share it (one article's), and a sentence is sent, cached and counted once
  /// per context. Other providers, and a `contexts` of another length, are ignored as if empty.
  /// `progress` is told, after each response, how many of the sentences sent (distinct, not
  /// cached) have their translation or have failed for good, and how many there are.
  public func translate(
    _ sentences: [String], contexts: [String?] = [],
    progress: ((_ settled: Int, _ total: Int) -> Void)? = nil
  ) -> TranslationOutcome {
    guard provider.isEnabled else {
      return TranslationOutcome(translations: Array(repeating: nil, count: sentences.count))
    }
    let normalized = sentences.map(TranslationNormalizer.normalize)
    let contexts =
      provider.acceptsContext && contexts.count == sentences.count
      ? contexts : Array(repeating: nil, count: sentences.count)
    var uniqueIndex: [Unique: Int] = [:]
    var unique: [Unique] = []
    let slots: [Int?] = zip(normalized, contexts).map { sentence, context in
      if sentence.isEmpty { return nil }
      let item = Unique(sentence: sentence, context: context)
      if let index = uniqueIndex[item] { return index }
      uniqueIndex[item] = unique.count
      unique.append(item)
      return unique.count - 1
    }
    var accounting = TranslationAccounting()
    accounting.uniqueSentences = unique.count

    let keys = unique.map {
      CacheKey(
        providerIdentity: provider.cacheIdentity, glossaryVersion: glossary.version,
        sentence: $0.sentence, context: $0.context)
    }
    var results: [String?] = Array(repeating: nil, count: unique.count)
    let cached = unique.isEmpty ? [:] : cache?.lookup(keys) ?? [:]
    for (index, key) in keys.enumerated() { results[index] = cached[key] }
    accounting.cacheHits = results.count { $0 != nil }

    let todo = results.indices.filter { results[$0] == nil }
    let protections = todo.map { index in
      provider.protectsNames
        ? ProtectedText(protecting: unique[index].sentence, with: glossary) : nil
    }
    var run = TranslationRun(
      provider: provider, policy: policy, clock: clock, redactor: redactor,
      glossary: provider.protectsNames ? .empty : glossary, configuration: configuration,
      sources: todo.map { unique[$0].sentence }, protections: protections, random: random)
    run.accounting = accounting
    let initial = run.start(batches: batches(run.texts, contexts: todo.map { unique[$0].context }))
    // Each response's translations go to the cache as they arrive, so a run killed midway
    // never pays for them again, and are checked at once, while other requests are in flight.
    var findings: [Int: [TranslationWarning.Kind]] = [:]
    func takeArrived() {
      let arrived = run.drainArrived()
      var fresh: [CacheKey: String] = [:]
      for position in arrived {
        guard let text = run.results[position] else { continue }
        fresh[keys[todo[position]]] = text
        findings[todo[position]] = Self.checks(
          source: unique[todo[position]].sentence, translation: text)
      }
      if let cache, !fresh.isEmpty { cache.store(fresh) }
    }
    if !initial.isEmpty {
      transport.run(initial) { request, result in
        let next = run.handle(request, result)
        takeArrived()
        progress?(run.settled, todo.count)
        return next
      }
    }
    takeArrived()
    var reasons: [TranslationError?] = Array(repeating: nil, count: unique.count)
    for (position, index) in todo.enumerated() {
      results[index] = run.results[position]
      guard results[index] == nil else { continue }
      // A request that failed before an outage stopped the provider failed for its reason.
      let own = run.reasons[position]
      let outage: Bool = if case .unavailable? = run.stopReason { true } else { false }
      reasons[index] =
        outage && own?.isRequestFailure == true ? run.stopReason : own ?? run.stopReason
    }
    for (index, translation) in results.enumerated() where findings[index] == nil {
      if let translation {
        findings[index] = Self.checks(source: unique[index].sentence, translation: translation)
      }
    }
    return finish(
      slots: slots, results: results, reasons: reasons, findings: findings, run: run)
  }

  /// A sentence to translate once: its normalised text in its context.
  private struct Unique: Hashable {
    var sentence: String
    var context: String?
  }

  /// The batches of `texts`: each holds texts of one context only, the contexts in order of
  /// first appearance, each context's texts in order and packed by `TranslationBatcher`.
  private func batches(_ texts: [String], contexts: [String?]) -> [TranslationRun.Batch] {
    var groups: [[Int]] = []
    var groupOf: [String?: Int] = [:]
    for (position, context) in contexts.enumerated() {
      if let group = groupOf[context] {
        groups[group].append(position)
      } else {
        groupOf[context] = groups.count
        groups.append([position])
      }
    }
    return groups.flatMap { group in
      let context = contexts[group[0]]
      return TranslationBatcher(provider: provider, context: context)
        .batches(group.map { texts[$0] })
        .map { TranslationRun.Batch(indices: $0.map { group[$0] }, context: context) }
    }
  }

  /// What the post-checks find in one translation: numbers missing, quotation marks dropped.
  static func checks(source: String, translation: String) -> [TranslationWarning.Kind] {
    var kinds: [TranslationWarning.Kind] = []
    let missing = TranslationChecks.missingNumbers(source: source, translation: translation)
    if !missing.isEmpty { kinds.append(.missingNumbers(missing)) }
    if TranslationChecks.quotesDropped(source: source, translation: translation) {
      kinds.append(.quotesDropped)
    }
    return kinds
  }

  /// Spreads the unique results and failure reasons over the input, counts failures,
  /// attaches the post-checks.
  private func finish(
    slots: [Int?], results: [String?], reasons: [TranslationError?],
    findings: [Int: [TranslationWarning.Kind]], run: TranslationRun
  ) -> TranslationOutcome {
    var accounting = run.accounting
    var warnings: [TranslationWarning] = []
    let translations: [String?] = slots.map { $0.flatMap { results[$0] } }
    for (index, slot) in slots.enumerated() {
      guard let slot, translations[index] != nil else {
        if slots[index] != nil { accounting.failures += 1 }
        continue
      }
      for kind in findings[slot] ?? [] {
        warnings.append(TranslationWarning(index: index, kind: kind))
      }
    }
    var degraded: TranslationDegradation?
    if let stop = run.stopReason {
      degraded = .providerStopped(stop)
    } else if accounting.failures > 0 {
      degraded = .partial(
        failed: accounting.failures, total: slots.count { $0 != nil }, firstError: run.errors.first)
    }
    return TranslationOutcome(
      translations: translations, accounting: accounting, degraded: degraded,
      errors: run.errors, warnings: warnings,
      reasons: zip(slots, translations).map { slot, translation in
        translation == nil ? slot.flatMap { reasons[$0] } : nil
      })
  }
}

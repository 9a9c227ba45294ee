import Foundation

/// The state of one `TranslationEngine.translate` call while the transport runs: which batch
/// each request id carries, what is waiting, what came back.
///
/// Invariant: a request id maps to exactly one batch, and a batch's `indices` never change
/// except by splitting into two halves; so a translation can only land on its own sentence.
struct TranslationRun {
  /// Sentences sent together, and how often they were tried.
  struct Batch {
    /// Positions in `sources`, in the order the texts are sent.
    var indices: [Int]
    /// The context every request of the batch carries; nil: none.
    var context: String? = nil
    /// Retries after errors so far.
    var retries = 0
    /// Retries after invalid answers so far.
    var invalidRetries = 0
    /// When the batch (or the batch it was split from) was first sent.
    var started: Duration?
  }

  /// A concrete generator around the injected one, so it can be passed `inout`.
  struct Generator: RandomNumberGenerator {
    var base: any RandomNumberGenerator & Sendable
    mutating func next() -> UInt64 { base.next() }
  }

  let provider: any TranslationProvider
  let policy: RetryPolicy
  let clock: any TranslationClock
  let redactor: Redactor
  /// Entries listed in chat prompts; empty for providers that protect names.
  let glossary: Glossary
  let configuration: TranslationEngine.Configuration
  /// The normalised sentences to translate.
  let sources: [String]
  /// Per sentence, its placeholders when the provider protects names.
  let protections: [ProtectedText?]
  /// What is sent per sentence: the protected text, or the sentence.
  let texts: [String]
  /// The English name of every placeholder sent in the run, by token.
  let protectedNames: [String: String]
  var random: Generator

  /// Per sentence, the validated translation once it arrives.
  private(set) var results: [String?]
  /// Sentences that have their translation or a reason for having none.
  private(set) var settled = 0
  /// Positions in `results` filled since the last `drainArrived()`.
  private var arrived: [Int] = []
  var accounting = TranslationAccounting()
  /// Distinct redacted errors, in order of first occurrence.
  private(set) var errors: [TranslationError] = []
  /// Per sentence, the redacted error it failed with last; nil while none (a sentence
  /// dropped because the provider stopped has none: `stopReason` is its reason).
  private(set) var reasons: [TranslationError?]
  /// Set when the provider was stopped (quota, refused key, wrong endpoint); nothing is sent
  /// afterwards.
  private(set) var stopReason: TranslationError?
  /// Batches failed for good in a row since the last answer (`Configuration.failedBatchesToStop`).
  private var failedInARow = 0
  private var waiting: [Batch] = []
  private var inFlight: [Int: Batch] = [:]
  private var nextID = 0

  init(
    provider: any TranslationProvider, policy: RetryPolicy, clock: any TranslationClock,
    redactor: Redactor, glossary: Glossary, configuration: TranslationEngine.Configuration,
    sources: [String], protections: [ProtectedText?], random: any RandomNumberGenerator & Sendable
  ) {
    self.provider = provider
    self.policy = policy
    self.clock = clock
    self.redactor = redactor
    self.glossary = glossary
    self.configuration = configuration
    self.sources = sources
    self.protections = protections
    self.texts = zip(sources, protections).map { $1?.text ?? $0 }
    let placeholders = protections.flatMap { $0?.placeholders ?? [] }
    protectedNames = Dictionary(placeholders.map { ($0.token, $0.english) }) { first, _ in first }
    self.random = Generator(base: random)
    results = Array(repeating: nil, count: sources.count)
    reasons = Array(repeating: nil, count: sources.count)
  }

  /// Queues the batches (indices into `texts`) and returns the first requests to send.
  mutating func start(batches: [Batch]) -> [ScheduledRequest] {
    waiting = batches
    return topUp()
  }

  /// The positions of the translations that arrived since the last call, in arrival order.
  mutating func drainArrived() -> [Int] {
    defer { arrived.removeAll() }
    return arrived
  }

  /// The transport's handler: reads one outcome, returns follow-ups (retries, halves, the
  /// next waiting batches).
  mutating func handle(
    _ request: ScheduledRequest, _ result: Result<HTTPResponse, TransportError>
  ) -> [ScheduledRequest] {
    guard let batch = inFlight.removeValue(forKey: request.id) else { return [] }
    if case .success = result {
      // Only a request the server answered is known to have reached it.
      accounting.charactersSent += batch.indices.reduce(0) { $0 + texts[$1].count }
    }
    var next: [ScheduledRequest] = []
    if case .success(let response) = result, (200..<300).contains(response.status) {
      failedInARow = 0
      next = accept(response, for: batch)
    } else if stopReason == nil {
      next = recover(from: result, for: batch)
    }
    return next + topUp()
  }

  /// Sends waiting batches while fewer than the configured number are in flight.
  private mutating func topUp() -> [ScheduledRequest] {
    var requests: [ScheduledRequest] = []
    while stopReason == nil, inFlight.count < configuration.maxBatchesInFlight, !waiting.isEmpty {
      requests.append(send(waiting.removeFirst(), after: .zero))
    }
    return requests
  }

  private mutating func send(_ batch: Batch, after delay: Duration) -> ScheduledRequest {
    var batch = batch
    let now = clock.elapsed()
    if batch.started == nil { batch.started = now }
    let batchTexts = batch.indices.map { texts[$0] }
    let entries = glossary.entries(occurringIn: batch.indices.map { sources[$0] })
    let request = provider.makeRequest(
      texts: batchTexts, glossary: entries, context: batch.context)
    let id = nextID
    nextID += 1
    inFlight[id] = batch
    accounting.requests += 1
    let timeLimit = policy.timeLimit(elapsed: now - (batch.started ?? now), delay: delay)
    return ScheduledRequest(id: id, request: request.http, delay: delay, timeLimit: timeLimit)
  }

  /// A 2xx response: parse, validate, restore names; retry or split when unusable.
  private mutating func accept(_ response: HTTPResponse, for batch: Batch) -> [ScheduledRequest] {
    switch provider.parse(response, expectedCount: batch.indices.count) {
    case .translations(let translations, let billed):
      if let billed { accounting.charactersBilled = (accounting.charactersBilled ?? 0) + billed }
      var kept: [(index: Int, answer: String, text: String)] = []
      for (index, answer) in zip(batch.indices, translations) {
        // One line per translation, whatever the provider sent (a runaway is refused unread).
        let translation =
          answer.utf8.count > TranslationChecks.runawayBytes
          ? answer : TranslationNormalizer.normalize(answer)
        guard !translation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
          record(
            .invalidResponse(provider: provider.name, reason: "an empty translation"), for: [index])
          continue
        }
        guard let protection = protections[index] else {
          kept.append((index, translation, translation))
          continue
        }
        if let restored = protection.restore(translation) {
          kept.append((index, translation, restored))
        } else {
          record(
            .placeholderMismatch(
              provider: provider.name, expected: protection.placeholders.map(\.english),
              found: ProtectedText.tokens(in: translation).map { protectedNames[$0] ?? $0 }),
            for: [index])
        }
      }
      // A chat answer whose names are out of step with its sentences is dropped whole.
      if batch.indices.count > 1, let reason = misnamed(kept, batch: batch) {
        return askAgain(batch, for: .invalidResponse(provider: provider.name, reason: reason))
      }
      keep(kept, batch: batch.indices.flatMap { [sources[$0], texts[$0]] })
      return []
    case .truncated:
      if batch.indices.count > 1 { return split(batch) }
      record(.truncated(provider: provider.name), for: batch.indices)
      return []
    case .invalid(let error):
      return askAgain(batch, for: error)
    }
  }

  /// Sends `batch` again after an unusable answer, or records `error` when it was asked again
  /// as often as configured.
  private mutating func askAgain(_ batch: Batch, for error: TranslationError)
    -> [ScheduledRequest]
  {
    guard batch.invalidRetries < configuration.invalidAnswerRetries, stopReason == nil else {
      record(error, for: batch.indices)
      return []
    }
    var again = batch
    again.invalidRetries += 1
    accounting.retries += 1
    return [send(again, after: .zero)]
  }

  /// Why the translations of one answer are out of step with its sentences by their glossary
  /// names (`TranslationChecks.nameRejection`, chat only), or nil.
  private func misnamed(_ kept: [(index: Int, answer: String, text: String)], batch: Batch)
    -> String?
  {
    guard !glossary.entries.isEmpty else { return nil }
    let englishForms = TranslationChecks.englishForms(of: glossary)
    let batchSources = batch.indices.map { sources[$0] }
    for (index, _, text) in kept {
      if let reason = TranslationChecks.nameRejection(
        source: sources[index], translation: text, glossary: glossary, batch: batchSources,
        englishForms: englishForms)
      {
        return "the answer is out of step with its sentences: the translation of "
          + "\"\(Self.start(of: sources[index]))\" was rejected, \(reason)"
      }
    }
    return nil
  }

  /// Takes the translations (`answer` as received, `text` with names restored) that pass
  /// `TranslationChecks.rejection` against `batch` (the texts sent) and are repeated by no
  /// other of the same answer; records why each other one was dropped.
  private mutating func keep(
    _ kept: [(index: Int, answer: String, text: String)], batch: [String]
  ) {
    // Runaway answers first: they are dropped unread by the checks below.
    let tooLong = kept.map {
      TranslationChecks.lengthRejection(source: sources[$0.index], translation: $0.text)
    }
    let repeated = TranslationChecks.repeated(
      kept.indices.map { tooLong[$0] == nil ? kept[$0].text : "" })
    // Compared once per answer, not once per translation.
    let sent = TranslationChecks.comparableSet(batch)
    let englishForms = TranslationChecks.englishForms(of: glossary)
    for (position, (index, answer, text)) in kept.enumerated() {
      let reason =
        tooLong[position]
        ?? (repeated.contains(position)
          ? "it is also the answer for another sentence"
          : TranslationChecks.rejection(
            source: sources[index], translation: text, answer: answer, sent: sent)
            ?? TranslationChecks.nameRejection(
              source: sources[index], translation: text, glossary: glossary,
              batch: batch, englishForms: englishForms))
      if let reason {
        record(
          .translationRejected(
            provider: provider.name, sentence: Self.start(of: sources[index]), reason: reason),
          for: [index])
        continue
      }
      if results[index] == nil && reasons[index] == nil { settled += 1 }
      results[index] = text
      arrived.append(index)
    }
  }

  /// Characters of a sentence quoted in a message.
  static let quotedCharacters = 40

  /// The first `quotedCharacters` of `sentence`, with "…" when cut.
  static func start(of sentence: String) -> String {
    sentence.count > quotedCharacters ? sentence.prefix(quotedCharacters) + "…" : sentence
  }

  /// A failed request: ask the policy.
  private mutating func recover(
    from result: Result<HTTPResponse, TransportError>, for batch: Batch
  ) -> [ScheduledRequest] {
    let now = clock.elapsed()
    let decision = policy.decide(
      retriesSoFar: batch.retries, outcome: result, provider: provider,
      elapsed: now - (batch.started ?? now), now: clock.now(), using: &random)
    switch decision {
    case .retry(let delay):
      var again = batch
      again.retries += 1
      accounting.retries += 1
      return [send(again, after: delay)]
    case .split:
      if batch.indices.count > 1 { return split(batch) }
      let status = (try? result.get())?.status ?? 413
      record(.tooLarge(provider: provider.name, status: status), for: batch.indices)
      return []
    case .fail(let error):
      failedInARow += 1
      guard failedInARow >= configuration.failedBatchesToStop else {
        record(error, for: batch.indices)
        return []
      }
      stop(
        .unavailable(
          provider: provider.name, failedBatches: failedInARow, last: error.message),
        batch: batch)
      return []
    case .stopProvider(let error):
      stop(error, batch: batch)
      return []
    }
  }

  /// Stops the provider for the rest of the run with `error`, the reason of `batch` and of
  /// every batch not yet sent (which is dropped).
  private mutating func stop(_ error: TranslationError, batch: Batch) {
    stopReason = redactor.redact(error)
    record(error, for: batch.indices)
    waiting.removeAll()
  }

  /// Sends the two halves of `batch` in its place.
  private mutating func split(_ batch: Batch) -> [ScheduledRequest] {
    accounting.batchesSplit += 1
    let middle = batch.indices.count / 2
    return [batch.indices[..<middle], batch.indices[middle...]].map { half in
      send(
        Batch(
          indices: Array(half), context: batch.context, retries: batch.retries,
          started: batch.started), after: .zero)
    }
  }

  /// Keeps `error`, redacted, unless an equal one is already kept, as the reason of the
  /// sentences at `indices`.
  private mutating func record(_ error: TranslationError, for indices: [Int]) {
    let redacted = redactor.redact(error)
    if !errors.contains(redacted) { errors.append(redacted) }
    for index in indices {
      if results[index] == nil && reasons[index] == nil { settled += 1 }
      reasons[index] = redacted
    }
  }
}

import BriefKit
import Foundation

/// The properties the fuzzer asserts on what crosses the network to and from translation
/// servers, for any input.
///
/// The bytes are a reply body for each provider (a 2xx body must give exactly the expected
/// number of translations or be refused; an error body a one-line message of bounded length),
/// their first lines `Retry-After` values (a retry waits between zero and the policy's
/// longest delay), and their lines the sentences to send (batches hold every sentence once, in
/// order, and the byte count the batcher plans is the request body's). Each line must also
/// keep its numbers and quotes against itself, survive name protection unchanged when
/// translated as it is, normalise idempotently, and every JSON document must read back
/// the same after writing.
enum TranslationCheck {
  static let glossary = Glossary(entries: [
    GlossaryEntry(german: "Lawrow", english: "Lavrov"),
    GlossaryEntry(german: "Selenskyj", english: "Zelensky"),
    GlossaryEntry(german: "Riad", english: "Riyadh"),
  ])

  static let providers: [any TranslationProvider] = {
    let template = try? PromptTemplate(
      parsing: "---\nversion: 1\n---\n## system\nTranslate {{count}} sentences.\n{{glossary}}\n"
        + "## user\n{{sentences}}\n## context\nFrom one article:\n{{context}}\n")
    let providers: [(any TranslationProvider)?] = [
      try? DeepLProvider(.init(authKey: "fuzz:fx")),
      try? LibreTranslateProvider(.init(baseURL: "http://127.0.0.1:5000")),
      template.flatMap {
        try? OpenAIChatProvider(.init(baseURL: "http://127.0.0.1:11434", model: "m", prompt: $0))
      },
    ]
    return providers.compactMap { $0 }
  }()

  /// A description of the first property that fails for `input`, or nil.
  static func failure(for input: UnsafeBufferPointer<UInt8>) -> String? {
    let bytes = Array(input)
    let seed = bytes.first.map(Int.init) ?? 0
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard providers.count == 3 else { return "a provider could not be configured" }
    for provider in providers {
      if let problem = replyFailure(provider, bytes, lines: lines, seed: seed) {
        return "\(provider.name): \(problem)"
      }
    }
    for line in lines {
      if let problem = sentenceFailure(line) { return problem }
    }
    if let value = JSONValue.parse(bytes), JSONValue.parse(value.encoded) != value {
      return "a JSON document reads back differently after writing"
    }
    _ = try? Glossary(parsing: text)
    _ = try? PromptTemplate(parsing: text)
    return nil
  }

  /// What is wrong with how `provider` reads `body` as a reply, decides on it as an error, or
  /// batches `lines`, or nil.
  static func replyFailure(
    _ provider: any TranslationProvider, _ body: [UInt8], lines: [String], seed: Int
  ) -> String? {
    let expected = seed % 4
    let reply = provider.parse(HTTPResponse(status: 200, body: body), expectedCount: expected)
    if case .translations(let texts, _) = reply, texts.count != expected {
      return "\(texts.count) translations read for \(expected) sentences"
    }
    let statuses = [400, 401, 403, 404, 413, 429, 456, 500, 503, 529]
    let headers = [
      "retry-after": lines.first ?? "", "retry-after-ms": lines.dropFirst().first ?? "",
    ]
    let response = HTTPResponse(
      status: statuses[seed % statuses.count], headers: headers, body: body)
    let diagnosis = provider.diagnose(response)
    if let message = diagnosis.serverMessage,
      message.contains(where: \.isNewline) || message.count > 201
    {
      return "the server's message is not one short line"
    }
    let policy = RetryPolicy()
    var random = SystemRandomNumberGenerator()
    let elapsed = Duration.seconds(seed % 5)
    let decision = policy.decide(
      retriesSoFar: seed % 3, outcome: .success(response), provider: provider,
      elapsed: elapsed, now: Date(timeIntervalSince1970: 1_800_000_000), using: &random)
    // A retry, however long the server asked to wait, leaves an attempt's time before the
    // deadline.
    if case .retry(let delay) = decision,
      delay < .zero || delay + policy.minimumAttemptTime > policy.totalDeadline - elapsed
    {
      return "a retry after \(delay)"
    }
    // Every other input's batches carry its first line as their context.
    let context = seed % 2 == 0 ? nil : lines.first
    return batchFailure(
      TranslationBatcher(provider: provider, context: context), provider, lines, context: context)
  }

  /// Whether the batches of `texts` hold every text once, in order, with the request body as
  /// large as planned and within the limit (unless one text alone exceeds it).
  static func batchFailure(
    _ batcher: TranslationBatcher, _ provider: any TranslationProvider, _ texts: [String],
    context: String? = nil
  ) -> String? {
    let batches = batcher.batches(texts)
    guard batches.flatMap({ $0 }) == Array(texts.indices) else {
      return "batches do not hold every text once, in order"
    }
    for batch in batches {
      let members = batch.map { texts[$0] }
      let body = provider.makeRequest(texts: members, glossary: [], context: context).http.body
        .count
      guard let limit = batcher.limits.maxBodyBytes else { continue }
      let planned =
        batcher.bodyOverhead + members.reduce(0) { $0 + JSONValue.encodedByteCount(of: $1) }
        + members.count - 1
      if body != planned { return "a request body of \(body) bytes, planned \(planned)" }
      if batch.count > 1, body > limit { return "a request body of \(body) bytes over \(limit)" }
    }
    return nil
  }

  /// What is wrong with the checks and protection of one sentence, or nil.
  static func sentenceFailure(_ sentence: String) -> String? {
    if !TranslationChecks.missingNumbers(source: sentence, translation: sentence).isEmpty {
      return "a sentence misses its own numbers"
    }
    if TranslationChecks.quotesDropped(source: sentence, translation: sentence) {
      return "a sentence drops its own quotes"
    }
    let normalized = TranslationNormalizer.normalize(sentence)
    if TranslationNormalizer.normalize(normalized) != normalized {
      return "normalising twice differs from once"
    }
    let protected = ProtectedText(protecting: sentence, with: glossary)
    let squeezed = sentence.lowercased().filter { !$0.isWhitespace }
    if !squeezed.contains("zqx"), protected.restore(protected.text) == nil {
      return "a protected sentence does not restore"
    }
    return nil
  }
}

import Foundation

@testable import BriefKit

/// An in-memory `HTTPTransport` that answers from a script, one request at a time, advancing a
/// manual clock by each request's delay.
///
/// Completion order is FIFO, LIFO or shuffled.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
  enum Order { case fifo, lifo, shuffled(seed: UInt64) }
  typealias Responder = (HTTPRequest, Int) -> Result<HTTPResponse, TransportError>

  let responder: Responder
  let clock: ManualClock?
  let order: Order
  private(set) var sent: [ScheduledRequest] = []

  init(order: Order = .fifo, clock: ManualClock? = nil, responder: @escaping Responder) {
    self.order = order
    self.clock = clock
    self.responder = responder
  }

  func run(
    _ initial: [ScheduledRequest],
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    var queue = initial
    var random = SeededGenerator(seed: { if case .shuffled(let s) = order { s } else { 0 } }())
    while !queue.isEmpty {
      let index: Int
      switch order {
      case .fifo: index = 0
      case .lifo: index = queue.count - 1
      case .shuffled: index = Int.random(in: 0..<queue.count, using: &random)
      }
      let next = queue.remove(at: index)
      sent.append(next)
      clock?.advance(by: next.delay)
      queue += handler(next, responder(next.request, sent.count - 1))
    }
  }

  /// The `text`/`q` arrays of the requests sent, in sending order.
  var sentTexts: [[String]] {
    sent.map { TestJSON.texts(in: $0.request) }
  }
}

/// A clock the tests move by hand.
final class ManualClock: TranslationClock, @unchecked Sendable {
  private(set) var offset: Duration = .zero
  var wall = Date(timeIntervalSince1970: 1_739_620_800)  // 2025-02-15 12:00:00 UTC

  func advance(by duration: Duration) {
    offset += duration
    wall += duration.inSeconds
  }

  func elapsed() -> Duration { offset }
  func now() -> Date { wall }
}

/// SplitMix64: a deterministic generator for jitter in tests.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Builders for bodies and fake servers.
enum TestJSON {
  static func body(_ request: HTTPRequest) -> String {
    String(decoding: request.body, as: UTF8.self)
  }

  /// The texts a DeepL (`text`) or LibreTranslate (`q`) request carries.
  static func texts(in request: HTTPRequest) -> [String] {
    let json = JSONValue.parse(request.body)
    let array = json?["text"]?.arrayValue ?? json?["q"]?.arrayValue ?? []
    return array.compactMap(\.stringValue)
  }

  static func response(_ status: Int, _ body: String, headers: [String: String] = [:])
    -> HTTPResponse
  {
    HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
  }

  /// A DeepL success body with the given texts.
  static func deepL(_ texts: [String], billed: Int? = nil) -> HTTPResponse {
    let items = texts.map { text -> JSONValue in
      var members: [JSONValue.Member] = [
        .init("detected_source_language", .string("DE")), .init("text", .string(text)),
      ]
      if let billed { members.append(.init("billed_characters", .integer(billed))) }
      return .object(members)
    }
    return HTTPResponse(
      status: 200, body: JSONValue.object([.init("translations", .array(items))]).encoded)
  }

  /// The fake English of `text`: `EN<text>` with its spaces as `_`, so that it does not hold
  /// the German sentence unchanged (which the checks reject).
  static func fakeEnglish(_ text: String) -> String {
    "EN<\(text.replacingOccurrences(of: " ", with: "_"))>"
  }

  /// A fake DeepL server that answers each text with its `fakeEnglish`.
  static func echoDeepL(_ request: HTTPRequest, _ index: Int) -> Result<
    HTTPResponse, TransportError
  > {
    .success(deepL(texts(in: request).map(fakeEnglish)))
  }

  /// A chat completion whose message content is `content`.
  static func chat(_ content: String, finishReason: String = "stop") -> HTTPResponse {
    let body = JSONValue.object([
      .init(
        "choices",
        .array([
          .object([
            .init("index", .integer(0)),
            .init(
              "message",
              .object([.init("role", .string("assistant")), .init("content", .string(content))])),
            .init("finish_reason", .string(finishReason)),
          ])
        ])
      )
    ])
    return HTTPResponse(status: 200, body: body.encoded)
  }

  /// The repository's `prompts/` directory.
  static var promptsDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("prompts")
  }

  static func shippedPrompt() throws -> PromptTemplate {
    let text = try String(
      contentsOf: promptsDirectory.appendingPathComponent("translate-de-en.md"), encoding: .utf8)
    return try PromptTemplate(parsing: text)
  }

  static func shippedGlossary() throws -> Glossary {
    let text = try String(
      contentsOf: promptsDirectory.appendingPathComponent("glossary-de-en.tsv"), encoding: .utf8)
    return try Glossary(parsing: text)
  }
}

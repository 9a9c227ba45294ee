import LoopbackServer

/// A DeepL, LibreTranslate and OpenAI-compatible chat server on 127.0.0.1 for tests, on top of
/// `LoopbackServer`: parses each request's JSON, checks the key, "translates" every text
/// deterministically (`"EN: " + text`, placeholders and numbers untouched) and answers in the
/// API's wire format — unless the `FaultScript` says this request fails.
///
/// Every request is recorded (`requests`). Stop the server when done (`stop()`, or use
/// `withTranslationAPIServer`).
public final class TranslationAPIServer: Sendable {
  /// What the server checks and how it misbehaves.
  public struct Configuration: Sendable {
    /// The only key accepted; nil: any key or none.
    ///
    /// Default nil.
    public var key: String?
    /// Which requests fail and how; default none.
    public var faults: FaultScript
    /// Delay added to every reply; default none.
    public var latency: ReplyLatency
    /// More texts than this in one request get a 413; default nil: no limit.
    public var maxTexts: Int?
    /// True: a wrong key is quoted in the error message (a careless server), to check that
    /// clients redact it.
    ///
    /// Default false.
    public var echoesKeyInErrors: Bool

    public init(
      key: String? = nil, faults: FaultScript = .none, latency: ReplyLatency = .none,
      maxTexts: Int? = nil, echoesKeyInErrors: Bool = false
    ) {
      self.key = key
      self.faults = faults
      self.latency = latency
      self.maxTexts = maxTexts
      self.echoesKeyInErrors = echoesKeyInErrors
    }
  }

  /// The settings in use.
  public let configuration: Configuration
  /// The HTTP server underneath.
  public let loopback: LoopbackServer

  /// Starts the server on an ephemeral port.
  public init(_ configuration: Configuration = Configuration()) throws {
    self.configuration = configuration
    let responder = APIResponder(configuration: configuration)
    loopback = try LoopbackServer { responder.reply(to: $0) }
  }

  /// The port it listens on.
  public var port: UInt16 { loopback.port }

  /// `http://127.0.0.1:<port>`: the base URL for DeepL and LibreTranslate (append `/v1` for
  /// the chat API).
  public var baseURL: String { loopback.url("") }

  /// Every request so far, in order of arrival, parsed.
  public var requests: [APIRequest] { loopback.requests.map(APIRequest.init) }

  /// The number of texts in each request, in order of arrival.
  public var textsPerRequest: [Int] { requests.map(\.texts.count) }

  /// Stops the server; hung and delayed replies end too.
  ///
  /// Idempotent.
  public func stop() { loopback.stop() }
}

/// Runs `body` with a started `TranslationAPIServer` and always stops it afterwards.
public func withTranslationAPIServer<T>(
  _ configuration: TranslationAPIServer.Configuration = .init(),
  _ body: (TranslationAPIServer) throws -> T
) throws -> T {
  let server = try TranslationAPIServer(configuration)
  defer { server.stop() }
  return try body(server)
}

/// The `none` provider: the engine sends nothing and every sentence stays untranslated.
public struct DisabledProvider: TranslationProvider {
  public init() {}

  public var name: String { "none" }
  public var isEnabled: Bool { false }
  public var protectsNames: Bool { false }
  public var secrets: [String] { [] }
  public var limits: BatchLimits { BatchLimits(maxTexts: 1) }
  public var cacheIdentity: [String] { ["none"] }

  /// Never called by the engine; an empty request.
  public func makeRequest(texts: [String], glossary: [GlossaryEntry]) -> ProviderRequest {
    ProviderRequest(http: HTTPRequest(url: ""))
  }

  /// Never called by the engine; always invalid.
  public func parse(_ response: HTTPResponse, expectedCount: Int) -> ProviderReply {
    .invalid(.invalidConfiguration("no translator configured"))
  }
}

/// The three wire formats `TranslationAPIServer` speaks, each at its documented path.
public enum TranslationAPI: String, Sendable, CaseIterable {
  /// DeepL API v2: `POST /v2/translate`, `{"text": [...]}`, key in `Authorization: DeepL-Auth-Key`.
  case deepL
  /// LibreTranslate: `POST /translate`, `{"q": [...]}`, key as `api_key` in the body.
  case libreTranslate
  /// OpenAI-compatible chat: `POST /v1/chat/completions`, numbered sentences in the user
  /// message, key in `Authorization: Bearer`.
  case openAI

  /// The request path the API is served at.
  public var path: String {
    switch self {
    case .deepL: "/v2/translate"
    case .libreTranslate: "/translate"
    case .openAI: "/v1/chat/completions"
    }
  }

  /// The API served at `path`; nil for any other path (answered 404).
  public init?(path: String) {
    guard let api = Self.allCases.first(where: { $0.path == path }) else { return nil }
    self = api
  }

  /// The status a wrong or missing key gets: 403 for DeepL and LibreTranslate, 401 for OpenAI.
  public var authFailureStatus: Int { self == .openAI ? 401 : 403 }
}

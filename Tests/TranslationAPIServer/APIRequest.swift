import Foundation
import LoopbackServer

/// A request as `TranslationAPIServer` understood it: which API, the texts to translate, the
/// key presented, and the raw recorded request.
public struct APIRequest: Sendable {
  /// The request as received (headers, body, connection, arrival time).
  public var recorded: LoopbackServer.RecordedRequest
  /// The API its path names; nil for an unknown path.
  public var api: TranslationAPI?
  /// The texts to translate, in order: DeepL `text`, LibreTranslate `q`, chat numbered lines.
  ///
  /// Empty when the body could not be read.
  public var texts: [String]
  /// True when LibreTranslate's `q` was a single string rather than an array.
  public var isSingleText: Bool
  /// The credential presented: the DeepL-Auth-Key or Bearer value, or LibreTranslate's
  /// `api_key`; nil when none was sent.
  public var key: String?
  /// The parsed JSON body; nil when it is not a JSON object.
  public var json: [String: Any]? { Self.object(recorded.body) }
  /// A chat request's user message, or "".
  public var userMessage: String { Self.message("user", json) }

  /// Position in order of arrival at the server, 0 for the first.
  public var index: Int { recorded.index }

  /// Reads `recorded`.
  public init(_ recorded: LoopbackServer.RecordedRequest) {
    self.recorded = recorded
    api = TranslationAPI(path: recorded.path)
    let body = Self.object(recorded.body)
    let authorization = recorded.header("authorization")
    isSingleText = false
    switch api {
    case .deepL:
      texts = body?["text"] as? [String] ?? []
      key = authorization.flatMap { Self.credential($0, scheme: "DeepL-Auth-Key") }
    case .libreTranslate:
      if let single = body?["q"] as? String {
        texts = [single]
        isSingleText = true
      } else {
        texts = body?["q"] as? [String] ?? []
      }
      key = body?["api_key"] as? String
    case .openAI:
      texts = Self.numberedLines(in: Self.message("user", body))
      key = authorization.flatMap { Self.credential($0, scheme: "Bearer") }
    case nil:
      texts = []
      key = nil
    }
  }

  /// The chat glossary: `- German → English` lines of the system message.
  public var chatGlossary: [(german: String, english: String)] {
    Self.message("system", json).split(separator: "\n").compactMap { line in
      guard line.hasPrefix("- ") else { return nil }
      let parts = line.dropFirst(2).components(separatedBy: " → ")
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
      return (parts[0], parts[1])
    }
  }

  /// The content of the first message with `role`, or "".
  static func message(_ role: String, _ body: [String: Any]?) -> String {
    let messages = body?["messages"] as? [[String: Any]] ?? []
    return messages.first { $0["role"] as? String == role }?["content"] as? String ?? ""
  }

  /// The texts of `1. text` lines, in order.
  static func numberedLines(in text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      let digits = line.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
      return String(line.dropFirst(digits.count + 2))
    }
  }

  /// The value after `scheme ` in an Authorization header.
  static func credential(_ header: String, scheme: String) -> String? {
    guard header.hasPrefix(scheme + " ") else { return nil }
    return String(header.dropFirst(scheme.count + 1))
  }

  /// `bytes` as a JSON object, or nil.
  static func object(_ bytes: [UInt8]) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
  }
}

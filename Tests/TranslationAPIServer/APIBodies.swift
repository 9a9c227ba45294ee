import Foundation
import LoopbackServer

/// Response bodies in each API's wire format (see docs/TRANSLATION-APIS.md).
enum APIBodies {
  /// The success body for `items`, as JSON text.
  ///
  /// A chat answer is the JSON object the prompt asks for, keyed by sentence number, unless
  /// `shape` asks for another.
  static func success(
    _ items: [String], api: TranslationAPI, request: APIRequest, cutOff: Bool,
    shape: APIFault.ChatContent? = nil
  ) -> String {
    switch api {
    case .deepL:
      let billed = request.json?["show_billed_characters"] as? Bool == true
      let translations = zip(items.indices, items).map { index, text in
        var item: [String: Any] = ["detected_source_language": "DE", "text": text]
        if billed { item["billed_characters"] = request.texts[safe: index]?.count ?? 0 }
        return item
      }
      return encode(["translations": translations])
    case .libreTranslate:
      if request.isSingleText, let single = items.first, items.count == 1 {
        return encode(["translatedText": single])
      }
      return encode(["translatedText": items])
    case .openAI:
      var content = shape.map { chatContent($0, items) } ?? keyed(items)
      if cutOff { content = String(content.prefix(content.count / 2)) }
      let choice: [String: Any] = [
        "index": 0, "message": ["role": "assistant", "content": content],
        "finish_reason": cutOff ? "length" : "stop",
      ]
      return encode([
        "id": "chatcmpl-\(request.index)", "object": "chat.completion", "created": 0,
        "model": request.json?["model"] as? String ?? "", "choices": [choice],
        "usage": ["prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2],
      ])
    }
  }

  /// `items` as a JSON object keyed by sentence number, `"1"` first.
  static func keyed(_ items: [String]) -> String {
    keyed(Array(zip(1..., items)))
  }

  /// `members` (number, text) as a JSON object, in the order given.
  static func keyed(_ members: [(Int, String)]) -> String {
    "{"
      + members.map { "\"\($0.0)\": " + encode([$0.1]).dropFirst().dropLast() }
      .joined(separator: ", ") + "}"
  }

  /// The chat message content of `shape` for the correct `items`.
  static func chatContent(_ shape: APIFault.ChatContent, _ items: [String]) -> String {
    let numbered = Array(zip(1..., items))
    switch shape {
    case .unnumberedArray: return encode(items)
    case .reversedArray: return encode(Array(items.reversed()))
    case .numberedItemsReversed: return encode(numbered.reversed().map { "\($0.0). \($0.1)" })
    case .keyedReversed: return keyed(numbered.reversed())
    case .reasoningFirst:
      return "<think>The user wants [\"a\", \"b\"], so {\"1\": \"a\"} is wrong.</think>\n"
        + keyed(items)
    case .fencedAfterProse: return "Here are the translations:\n```json\n\(keyed(items))\n```"
    case .twoAnswers: return keyed(Array(items.reversed())) + "\n\n" + keyed(items)
    case .repeatedNumber:
      return keyed([(1, items[0])] + numbered.dropFirst().map { ($0.0 == 2 ? 1 : $0.0, $0.1) })
    case .keyedValues(let values): return keyed(values)
    case .raw(let content): return content
    }
  }

  /// The reply for a fault that is not a (modified) success.
  static func failure(_ fault: APIFault, api: TranslationAPI) -> LoopbackServer.Reply {
    switch fault {
    case .rateLimited(let retryAfter):
      let message = api == .libreTranslate ? "Slowdown: 30 per 1 minute" : "Too many requests"
      return error(
        api, status: 429, message: message, type: "requests", code: "rate_limit_exceeded"
      ).with(headers: headers(retryAfter))
    case .quotaExceeded:
      switch api {
      case .deepL: return error(api, status: 456, message: "Quota exceeded", type: "", code: nil)
      case .libreTranslate, .openAI:
        return error(
          api, status: 429, message: "You exceeded your current quota",
          type: "insufficient_quota", code: "insufficient_quota")
      }
    case .status(let status):
      return error(
        api, status: status, message: "Scripted failure \(status)", type: "server_error",
        code: nil)
    case .htmlError(let status):
      return .text(
        "<html><body><h1>\(status) Error</h1><p>upstream failed</p></body></html>",
        status: status, contentType: "text/html")
    case .emptyBody(let status):
      return LoopbackServer.Reply(status: status)
    case .tooLarge:
      return .text(
        "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
          + "<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx"
          + "</center>\r\n</body>\r\n</html>\r\n", status: 413, contentType: "text/html")
    case .hang: return .hang
    case .reset: return .reset
    case .closeWithoutResponse: return .closeWithoutResponse
    case .redirect(let status, let location): return .redirect(status, to: location)
    case .latency, .malformedJSON, .truncatedJSON, .wrongCount, .cutOff, .trickle, .echo,
      .chatContent:
      return error(api, status: 500, message: "not a failure", type: "server_error", code: nil)
    }
  }

  /// An error reply in the API's format: DeepL `{"message"}`, LibreTranslate `{"error"}`,
  /// OpenAI `{"error": {"message", "type", "param", "code"}}`.
  static func error(
    _ api: TranslationAPI, status: Int, message: String, type: String, code: String?
  ) -> LoopbackServer.Reply {
    let body: [String: Any] =
      switch api {
      case .deepL: ["message": message]
      case .libreTranslate: ["error": message]
      case .openAI:
        [
          "error": [
            "message": message, "type": type, "param": NSNull(),
            "code": code.map { $0 as Any } ?? NSNull(),
          ]
        ]
      }
    return .json(encode(body), status: status)
  }

  /// A complete body that no JSON parser accepts.
  static func malformed(_ api: TranslationAPI) -> String {
    switch api {
    case .deepL: "{translations: [{text: 'EN: ?'}]}"
    case .libreTranslate: "{translatedText: ['EN: ?']}"
    case .openAI: "{choices: [{message: 'EN: ?'}]}"
    }
  }

  /// The headers a 429 carries.
  static func headers(_ retryAfter: APIFault.RetryAfter) -> [(name: String, value: String)] {
    switch retryAfter {
    case .none: []
    case .seconds(let seconds): [("Retry-After", String(seconds))]
    case .milliseconds(let milliseconds): [("retry-after-ms", String(milliseconds))]
    case .both(let milliseconds, let seconds):
      [("retry-after-ms", String(milliseconds)), ("Retry-After", String(seconds))]
    case .date(let seconds):
      [("Retry-After", httpDate(Date().addingTimeInterval(Double(seconds))))]
    }
  }

  /// `date` as an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
  static func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }

  /// `value` as compact JSON with sorted keys and unescaped slashes.
  static func encode(_ value: Any) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}

extension Array {
  /// The element at `index`, or nil when out of range.
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}

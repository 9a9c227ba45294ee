import Foundation
import LoopbackServer

/// Decides the reply to each request of a `TranslationAPIServer`: the scripted fault, else
/// the key check, else the size limit, else the correct translation (possibly spoilt by a
/// fault that modifies a success).
struct APIResponder: Sendable {
  let configuration: TranslationAPIServer.Configuration

  /// The reply to `recorded`.
  func reply(to recorded: LoopbackServer.RecordedRequest) -> LoopbackServer.Reply {
    let latency = configuration.latency.delay(forRequest: recorded.index)
    return answer(APIRequest(recorded)).delayed(by: latency)
  }

  private func answer(_ request: APIRequest) -> LoopbackServer.Reply {
    guard let api = request.api, request.recorded.method == "POST" else {
      return .json(#"{"message":"Not found"}"#, status: 404)
    }
    let fault = configuration.faults.fault(forRequest: request.index)
    if let fault, !fault.modifiesSuccess { return APIBodies.failure(fault, api: api) }
    if let expected = configuration.key, request.key != expected {
      let echo = configuration.echoesKeyInErrors ? " \(request.key ?? "(none)")" : ""
      return APIBodies.error(
        api, status: api.authFailureStatus, message: "Invalid API key\(echo)",
        type: "invalid_request_error", code: "invalid_api_key")
    }
    guard request.json != nil, api == .openAI || !request.texts.isEmpty || request.isSingleText
    else {
      return APIBodies.error(
        api, status: 400, message: "Invalid request: missing text", type: "invalid_request_error",
        code: nil)
    }
    if let maxTexts = configuration.maxTexts, request.texts.count > maxTexts {
      return APIBodies.failure(.tooLarge, api: api)
    }
    let translations = request.texts.map { translate($0, request: request, api: api) }
    return success(translations, request: request, api: api, fault: fault)
  }

  /// The correct answer, or the answer spoilt by `fault`.
  private func success(
    _ translations: [String], request: APIRequest, api: TranslationAPI, fault: APIFault?
  ) -> LoopbackServer.Reply {
    var items = translations
    if case .wrongCount(let delta) = fault {
      if delta < 0 {
        items.removeLast(min(items.count, -delta))
      } else {
        items += Array(repeating: "EN: extra", count: delta)
      }
    }
    let cutOff: Bool = if case .cutOff = fault { true } else { false }
    let body = APIBodies.success(
      items, api: api, request: request, cutOff: cutOff && api == .openAI)
    switch fault {
    case .latency(let delay): return .json(body).delayed(by: delay)
    case .trickle(let interval): return .json(body).with(fault: .trickle(interval: interval))
    case .malformedJSON: return .json(APIBodies.malformed(api))
    case .truncatedJSON: return .json(String(body.prefix(body.count / 2)))
    case .cutOff where api != .openAI: return .json(String(body.prefix(body.count / 2)))
    default: return .json(body)
    }
  }

  /// The fake translation of `text`: "EN: " + text, placeholders and numbers untouched; chat
  /// answers also apply the glossary listed in the system message.
  private func translate(_ text: String, request: APIRequest, api: TranslationAPI) -> String {
    var english = text
    if api == .openAI {
      for (german, replacement) in request.chatGlossary.sorted(by: {
        $0.german.count > $1.german.count
      }) {
        english = english.replacingOccurrences(of: german, with: replacement)
      }
    }
    return FakeTranslation.prefix + english
  }
}

/// What the fake translation looks like.
public enum FakeTranslation {
  /// Put before every text: the "translation".
  public static let prefix = "EN: "
}

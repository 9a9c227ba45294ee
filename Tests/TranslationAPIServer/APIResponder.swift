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
    if case .echo = fault { items = request.texts }
    if case .wrongCount(let delta) = fault {
      if delta < 0 {
        items.removeLast(min(items.count, -delta))
      } else {
        items += Array(repeating: "EN: extra", count: delta)
      }
    }
    let cutOff: Bool = if case .cutOff = fault { true } else { false }
    let shape: APIFault.ChatContent? =
      if case .chatContent(let shape) = fault { shape } else { nil }
    let body = APIBodies.success(
      items, api: api, request: request, cutOff: cutOff && api == .openAI, shape: shape)
    switch fault {
    case .latency(let delay): return .json(body).delayed(by: delay)
    case .trickle(let interval): return .json(body).with(fault: .trickle(interval: interval))
    case .malformedJSON: return .json(APIBodies.malformed(api))
    case .truncatedJSON: return .json(String(body.prefix(body.count / 2)))
    case .cutOff where api != .openAI: return .json(String(body.prefix(body.count / 2)))
    default: return .json(body)
    }
  }

  /// The fake translation of `text` (`FakeTranslation.english`); chat answers also apply the
  /// glossary listed in the system message first.
  private func translate(_ text: String, request: APIRequest, api: TranslationAPI) -> String {
    var english = text
    if api == .openAI {
      for (german, replacement) in request.chatGlossary.sorted(by: {
        $0.german.count > $1.german.count
      }) {
        english = english.replacingOccurrences(of: german, with: replacement)
      }
    }
    return FakeTranslation.english(english)
  }
}

/// What the fake translation looks like.
public enum FakeTranslation {
  /// Put before every text: the "translation".
  public static let prefix = "EN: "

  /// German function words and the English ones the fake puts in their place, read from
  /// `scripts/fake-english-words.tsv`, the table `scripts/fake-translator.py` reads too.
  static let functionWords: [String: String] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scripts/fake-english-words.tsv")
    guard let text = try? String(contentsOf: file, encoding: .utf8) else {
      preconditionFailure("the tests' server needs \(file.path)")
    }
    var words: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      if fields.count == 2 { words[String(fields[0])] = String(fields[1]) }
    }
    return words
  }()

  /// The fake English of `text`.
  ///
  /// `prefix`, then `text` with its German function words
  /// replaced word for word (the first letter's case kept); names, numbers, placeholders and
  /// all other words untouched. It reads as English to Brief's check for untranslated
  /// answers, as a real translation does.
  public static func english(_ text: String) -> String {
    var output = ""
    var word = ""
    func flush() {
      if let english = functionWords[word.lowercased()] {
        output +=
          word.first?.isUppercase == true
          ? english.prefix(1).uppercased() + english.dropFirst() : english
      } else {
        output += word
      }
      word = ""
    }
    for character in text {
      if character.isLetter {
        word.append(character)
      } else {
        flush()
        output.append(character)
      }
    }
    flush()
    return prefix + output
  }
}

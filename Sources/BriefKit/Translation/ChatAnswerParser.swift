import Foundation

/// Reads the translations out of a chat model's answer, each mapped to its sentence by number.
///
/// The prompt asks for a JSON object keyed by sentence number (`{"1": "...", "2": "..."}`).
/// Accepted around it: reasoning blocks (`<think>…</think>`, removed first), a ```json fence,
/// prose before or after. Accepted instead of it: an array of strings that each start with
/// their number (`"2. ..."`), an array of objects with a number and a text (`{"id": 2,
/// "text": "..."}`), and any of these under one member of an object (`{"translations": ...}`);
/// items may come in any order. Every number from 1 to the count must appear exactly once,
/// else the answer is rejected: a translation is placed by its number, never by its position.
/// An unnumbered array is accepted for a single sentence only. When the answer (after
/// reasoning) holds more than one different usable JSON value, it is rejected as ambiguous
/// rather than guessed at. Each translation is then cleaned of a model's wrapping
/// (`ChatTranslationCleanup`): emphasis, a preamble, a trailing note, line breaks.
enum ChatAnswerParser {
  /// What an answer yields.
  enum Reading: Equatable {
    /// One translation per sentence, in sentence order.
    case translations([String])
    /// The answer held this many translations instead of the count asked for.
    case wrongCount(Int)
    /// The answer cannot be used, for this reason.
    case invalid(String)
  }

  /// One translation as the answer gave it: its sentence number when it carried one.
  struct Item: Hashable {
    var number: Int?
    var text: String
    /// The item as written, its number included.
    var written: String

    init(number: Int?, text: String, written: String? = nil) {
      self.number = number
      self.text = text
      self.written = written ?? text
    }
  }

  /// Reads `content`, an answer to a request for `expectedCount` sentences.
  static func read(_ content: String, expectedCount: Int) -> Reading {
    let answer = withoutReasoning(content).trimmingCharacters(in: .whitespacesAndNewlines)
    var first: [Item]?
    var readings: Set<[Item]> = []
    for value in jsonValues(in: answer) {
      guard let items = items(of: value), readings.insert(items).inserted else { continue }
      first = first ?? items
    }
    guard let first else {
      return .invalid(
        unexpectedKey(in: answer).map {
          "the answer has the key \"\($0)\" besides the numbered translations"
        } ?? "no JSON object or array of translations in the answer")
    }
    guard readings.count == 1 else {
      return .invalid("the answer holds \(readings.count) different JSON answers")
    }
    guard case .translations(let texts) = placed(first, expectedCount: expectedCount) else {
      return placed(first, expectedCount: expectedCount)
    }
    let cleaned = texts.compactMap(ChatTranslationCleanup.cleaned)
    guard cleaned.count == texts.count else {
      return .invalid("a translation is nothing but a preamble or a note")
    }
    return .translations(cleaned)
  }

  /// The first key that is no sentence number in an object of the answer that also has
  /// numbered translations (`{"1": "...", "note": "..."}`), or nil.
  static func unexpectedKey(in answer: String) -> String? {
    for case .object(let members) in jsonValues(in: answer)
    where members.contains(where: { keyedItem($0) != nil }) {
      if let other = members.first(where: { keyedItem($0) == nil }) { return other.key }
    }
    return nil
  }

  /// The translations in sentence order, when `items` number every sentence exactly once.
  static func placed(_ items: [Item], expectedCount: Int) -> Reading {
    guard items.count == expectedCount else { return .wrongCount(items.count) }
    let numbered = items.compactMap(\.number)
    // A single translation that merely starts like a number ("3. Oktober") is still the one.
    if expectedCount == 1, let only = items.first, only.number != 1 {
      return .translations([only.written])
    }
    if numbered.isEmpty {
      guard expectedCount == 1 else {
        return .invalid("the translations are not numbered, so their order cannot be checked")
      }
      return .translations(items.map(\.text))
    }
    guard numbered.count == items.count else {
      return .invalid("only some translations carry their sentence number")
    }
    var texts = [String?](repeating: nil, count: expectedCount)
    for item in items {
      guard let number = item.number, (1...expectedCount).contains(number),
        texts[number - 1] == nil
      else { return .invalid("sentence numbers are missing, repeated or out of range") }
      texts[number - 1] = item.text
    }
    return .translations(texts.compactMap { $0 })
  }

  /// Opening tags of reasoning blocks that some models (Qwen3, DeepSeek-R1) put before the
  /// answer; each is closed by the same name with a slash.
  static let reasoningTags = ["think", "thinking", "reasoning"]

  /// `content` without its reasoning blocks, in one pass per tag.
  ///
  /// A block runs from `<think>` to `</think>` (tags in any case); a closing tag without an
  /// opening one (servers that strip the opening tag) ends a block that began at the start; an
  /// opening tag never closed runs to the end, so an answer that is all reasoning is empty.
  static func withoutReasoning(_ content: String) -> String {
    var text = Array(content.utf8)
    for tag in reasoningTags {
      let open = Array("<\(tag)>".utf8)
      let close = Array("</\(tag)>".utf8)
      if let lastClose = ASCIISearch.last(close, in: text),
        ASCIISearch.first(open, in: text[..<lastClose]) == nil
      {
        text.removeSubrange(..<(lastClose + close.count))
      }
      var kept: [UInt8] = []
      var position = 0
      while let start = ASCIISearch.first(open, in: text[position...]) {
        kept += text[position..<start]
        position =
          ASCIISearch.first(close, in: text[(start + open.count)...]).map {
            $0 + close.count
          } ?? text.count
      }
      kept += text[position...]
      text = kept
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The JSON values in `text`, in time linear in the text.
  ///
  /// The whole text when it is one, else the arrays and objects written in it, in order (so
  /// inside a code fence or prose too; see `JSONParser.embeddedValues(in:)`).
  static func jsonValues(in text: String) -> [JSONValue] {
    if let whole = JSONValue.parse(text) { return [whole] }
    return JSONParser.embeddedValues(in: text)
  }

  /// The translations `value` holds, or nil when it has none of the accepted shapes.
  static func items(of value: JSONValue) -> [Item]? {
    switch value {
    case .array(let elements):
      if let texts = elements.allMapped(\.stringValue) { return texts.map(numbered) }
      return elements.allMapped(numberedObject)
    case .object(let members):
      if !members.isEmpty, let items = members.allMapped(keyedItem) { return items }
      // `translations` first, then the other members: each looked into once (a lazy
      // `compactMap(...).first` would look twice), so nesting costs linear time.
      let inner =
        (value["translations"].map { [$0] } ?? [])
        + members.filter { $0.key != "translations" }.map(\.value)
      for member in inner where member.arrayValue != nil || member.isObject {
        if let items = items(of: member) { return items }
      }
      return nil
    default:
      return nil
    }
  }

  /// A member `"2": "..."` as the translation of sentence 2.
  static func keyedItem(_ member: JSONValue.Member) -> Item? {
    guard let number = Int(member.key.trimmingCharacters(in: .whitespaces)),
      let text = member.value.stringValue
    else { return nil }
    return Item(number: number, text: text)
  }

  /// Member names an item object may give its sentence number under.
  static let numberKeys = ["id", "number", "n", "index", "nr", "sentence"]
  /// Member names an item object may give its translation under.
  static let textKeys = ["translation", "text", "english", "en", "target"]

  /// An object `{"id": 2, "text": "..."}` as the translation of sentence 2.
  static func numberedObject(_ value: JSONValue) -> Item? {
    let number = numberKeys.lazy.compactMap { key in
      value[key]?.intValue ?? value[key]?.stringValue.flatMap { Int($0) }
    }.first
    let text = textKeys.lazy.compactMap { value[$0]?.stringValue }.first
    guard let number, let text else { return nil }
    return Item(number: number, text: text)
  }

  /// A string item, its leading sentence number (`2. `, `2: `, `2) `, `[2] `) taken off when
  /// it has one.
  static func numbered(_ text: String) -> Item {
    let trimmed = text.drop { $0 == " " }
    let opened = trimmed.hasPrefix("[")
    let body = opened ? trimmed.dropFirst() : trimmed
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else {
      return Item(number: nil, text: text)
    }
    let rest = body.dropFirst(digits.count)
    let marks: [String] = opened ? ["] "] : [". ", ": ", ") "]
    guard let mark = marks.first(where: { rest.hasPrefix($0) }) else {
      return Item(number: nil, text: text)
    }
    return Item(number: number, text: String(rest.dropFirst(mark.count)), written: text)
  }
}

extension Array {
  /// `transform` of every element, or nil when it gives nil for any.
  fileprivate func allMapped<T>(_ transform: (Element) -> T?) -> [T]? {
    var mapped: [T] = []
    for element in self {
      guard let value = transform(element) else { return nil }
      mapped.append(value)
    }
    return mapped
  }
}

extension JSONValue {
  /// True for a JSON object.
  fileprivate var isObject: Bool {
    if case .object = self { return true }
    return false
  }
}

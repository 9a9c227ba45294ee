import Foundation

/// Finds the JSON array of translations in a chat model's answer.
///
/// Models answer with the array bare, in a ```json fence, wrapped in an object
/// (`{"translations": [...]}`) or with prose around it. Tried in that order. In prose, the
/// leftmost `[` whose bracket-matched span parses as an array of strings wins (so a footnote
/// like `[1]` is passed over); failing that, the leftmost span that parses as any array.
enum ChatAnswerParser {
  /// The array's elements, or nil when no array can be found.
  static func array(in content: String) -> [JSONValue]? {
    let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
    if let found = arrayDocument(trimmed) { return found }
    if let fenced = fencedBody(trimmed), let found = arrayDocument(fenced) { return found }
    return embeddedArray(in: trimmed)
  }

  /// The elements when `text` is one JSON array, or an object with an array member (a
  /// `translations` member first, else the first array member by key).
  static func arrayDocument(_ text: String) -> [JSONValue]? {
    guard let value = JSONValue.parse(text) else { return nil }
    if let elements = value.arrayValue { return elements }
    guard case .object(let members) = value else { return nil }
    if let elements = value["translations"]?.arrayValue { return elements }
    return members.lazy.compactMap(\.value.arrayValue).first
  }

  /// The text between the first ``` fence line and the next fence.
  static func fencedBody(_ text: String) -> String? {
    guard let open = text.range(of: "```") else { return nil }
    let afterOpen = text[open.upperBound...]
    guard let lineEnd = afterOpen.firstIndex(of: "\n") else { return nil }
    let body = afterOpen[afterOpen.index(after: lineEnd)...]
    guard let close = body.range(of: "```") else { return nil }
    return String(body[..<close.lowerBound])
  }

  /// The first bracket-matched `[...]` span in `text` that parses as an array of strings,
  /// else the first that parses as an array.
  static func embeddedArray(in text: String) -> [JSONValue]? {
    let characters = Array(text)
    var firstArray: [JSONValue]?
    for start in characters.indices where characters[start] == "[" {
      guard let end = matchingBracket(characters, from: start),
        let elements = JSONValue.parse(String(characters[start...end]))?.arrayValue
      else { continue }
      if elements.allSatisfy({ $0.stringValue != nil }) { return elements }
      if firstArray == nil { firstArray = elements }
    }
    return firstArray
  }

  /// Index of the `]` closing the `[` at `start`, skipping brackets inside JSON strings.
  static func matchingBracket(_ characters: [Character], from start: Int) -> Int? {
    var depth = 0
    var inString = false
    var escaped = false
    for index in start..<characters.count {
      let character = characters[index]
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
        continue
      }
      switch character {
      case "\"": inString = true
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
    }
    return nil
  }

  /// Removes numbering the model echoed, when every item starts with its own number.
  ///
  /// Item 1 must start with `1. `, item 2 with `2. `, and so on; otherwise nothing changes.
  static func strippingEchoedNumbers(_ items: [String]) -> [String] {
    let prefixes = items.indices.map { "\($0 + 1). " }
    guard !items.isEmpty, zip(items, prefixes).allSatisfy({ $0.hasPrefix($1) }) else {
      return items
    }
    return zip(items, prefixes).map { String($0.dropFirst($1.count)) }
  }
}

/// Strips inline Markdown from a segment for display, never dropping a word.
///
/// - `**x**`, `__x__`, `*x*`, `_x_` lose their delimiters only when they are clearly
///   emphasis: the opener follows a space or punctuation and precedes a non-space, the closer
///   mirrors it. `Bürger*innen` and `snake_case` stay as they are.
/// - `[text](url)` and `![alt](url)` become `text` / `alt`; `` `code` `` loses its backticks.
/// - A leading heading (`## `), quote (`> `) or bullet (`- `, `* `, `+ `) marker is removed;
///   `\*` becomes `*`.
/// - Every run of whitespace, line breaks included, becomes one space; the result is trimmed.
public enum MarkupStripper {
  /// How far (in characters) a closing delimiter is looked for.
  ///
  /// Bounds the work per opener.
  static let maximumSpanLength = 1000

  /// The segment's text without markdown emphasis, with runs of whitespace as one space.
  public static func plainText(_ text: String) -> String {
    collapsedWithoutMarkup(text) ?? plainTextByCharacters(text)
  }

  /// `plainText(_:)` computed on `Character`s, pass by pass.
  static func plainTextByCharacters(_ text: String) -> String {
    var characters = Array(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    characters = withoutLineMarkers(characters)
    characters = withoutLinks(characters)
    characters = withoutDelimiters(characters)
    return String(characters)
  }

  /// `text` with every run of whitespace as one space, trimmed, read from its UTF-8 bytes:
  /// the plain text when `text` has no markup.
  ///
  /// Nil when the passes below might change something (a `\`, `` ` ``, `*`, `_` or `[`
  /// anywhere, a possible line marker first) or when a character might span more than one
  /// scalar (see `UTF8Decoding.isOwnCharacter`): then `Character`s decide.
  static func collapsedWithoutMarkup(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
        switch value {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B: return nil
        default: guard UTF8Decoding.isOwnCharacter(value) else { return nil }
        }
        if UTF8Decoding.isWhitespace(value) {
          pendingSpace = !output.isEmpty
        } else {
          if pendingSpace {
            output.append(0x20)
            pendingSpace = false
          }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
        }
        index += length
      }
      switch output.first {
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: ">"), UInt8(ascii: "+"): return nil
      default: return String(decoding: output, as: UTF8.self)
      }
    }
  }

  /// Removes a leading heading, quote or bullet marker (repeatedly: `> - item`).
  static func withoutLineMarkers(_ characters: [Character]) -> [Character] {
    var start = 0
    while start < characters.count {
      var end = start
      if characters[start] == "#" {
        while end < characters.count && characters[end] == "#" && end - start < 6 { end += 1 }
      } else if "->*+".contains(characters[start]) {
        end = start + 1
      }
      guard end > start, end < characters.count, characters[end] == " " else { break }
      start = end + 1
    }
    return Array(characters[start...])
  }

  /// `[text](url)` -> `text`, `![alt](url)` -> `alt` when the url has no spaces; other
  /// brackets are kept.
  ///
  /// Parentheses inside the url are balanced as in CommonMark
  /// (`[Merz](https://de.wikipedia.org/wiki/Merz_(Politiker))` -> `Merz`), and a backslash
  /// escapes the character after it.
  static func withoutLinks(_ characters: [Character]) -> [Character] {
    var result: [Character] = []
    result.reserveCapacity(characters.count)
    var index = 0
    while index < characters.count {
      let isImage =
        characters[index] == "!" && index + 1 < characters.count
        && characters[index + 1] == "["
      let open = isImage ? index + 1 : index
      if characters[open] == "[",
        let close = firstIndex(of: "]", in: characters, from: open + 1),
        close + 1 < characters.count, characters[close + 1] == "(",
        let end = destinationEnd(in: characters, from: close + 2), end > close + 2
      {
        result.append(contentsOf: characters[(open + 1)..<close])
        index = end + 1
      } else {
        result.append(characters[index])
        index += 1
      }
    }
    return result
  }

  /// The index of the `)` that closes a link destination starting at `start`.
  ///
  /// The first `)` outside balanced parentheses; nil when a space or line break comes first, or none within
  /// `maximumSpanLength`; each character is looked at once.
  private static func destinationEnd(in characters: [Character], from start: Int) -> Int? {
    let limit = min(characters.count, start + maximumSpanLength)
    var depth = 0
    var index = start
    while index < limit {
      switch characters[index] {
      case "\\": index += 1
      case "(": depth += 1
      case ")":
        if depth == 0 { return index }
        depth -= 1
      case " ", "\t", "\n", "\r\n", "\r": return nil
      default: break
      }
      index += 1
    }
    return nil
  }

  private static func firstIndex(of target: Character, in characters: [Character], from start: Int)
    -> Int?
  {
    let limit = min(characters.count, start + maximumSpanLength)
    var index = start
    while index < limit {
      if characters[index] == target { return index }
      if characters[index] == "[" && target == "]" { return nil }
      index += 1
    }
    return nil
  }
}

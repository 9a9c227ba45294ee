/// The metadata block that web extractors put before an article's text: read, then cut off.
///
/// Two forms are recognised at the very start of a text (blank lines aside):
/// - YAML front matter, as trafilatura writes it with `--with-metadata` (and static-site
///   generators and web clippers): a line `---`, then `key: value` lines, then a line `---` or
///   `...`. Indented lines and list items (`- tag`) continue the key before them; comments
///   (`# …`) and blank lines are allowed.
/// - The Jina Reader header (`r.jina.ai`): a line `Title: …`, then `Key: value` lines
///   (`URL Source:`, `Published Time:`, `Warning:` …) and blank lines, up to a line
///   `Markdown Content:`.
///
/// Either block has at most `maximumLines` lines and ends within `maximumBytes`; any other line
/// in it means the text has no such block and is left as it is. Keys are matched without
/// regard to case, spaces, `_` or `-`: the title (`title`), the URL (`url`, `link`,
/// `canonical`, `url source`, `source url`), the publication date (`date`, `published`,
/// `published time`, `pubdate`, `date published`) and the language (`lang`, `language`).
/// Others (`author`, `description`, `sitename`, `fingerprint` …) leave with the block. A value
/// may be quoted (`"…"`, `'…'`).
public struct MetadataHeader: Sendable, Equatable {
  /// The most lines a block may have, its delimiters included.
  public static let maximumLines = 100
  /// The block ends within this many bytes of the text's start (blank lines before it
  /// included): a streaming reader needs to hold no more to find it.
  public static let maximumBytes = 8_192

  /// The headline, normalised.
  public var title: String?
  /// The article's URL as given.
  public var url: String?
  /// The publication date: as given when it is ISO 8601 (date or date-time), else the
  /// `ArticleDateFinder` reading of the value (`10.07.2025`, `10. Juli 2025`); nil when
  /// neither.
  public var date: String?
  /// The language when the value is `de`, `en` or a tag starting with one (`de-AT`).
  public var language: Language?

  /// The header read from the block at the start of `text`, the block's lines (blank lines
  /// before it included) and the text after it; nil when `text` opens with no such block.
  public static func split(_ text: String) -> (
    header: MetadataHeader, block: Substring, body: Substring
  )? {
    var lines = Lines(text)
    while let line = lines.peek(), line.allSatisfy(\.isWhitespace) { lines.advance() }
    guard let first = lines.peek() else { return nil }
    let opening = first.trimmingTrailingWhitespace
    if opening == "---" {
      lines.advance()
      return block(&lines, in: text, closedBy: { $0 == "---" || $0 == "..." }, yaml: true)
    }
    guard opening.hasPrefix("Title:") else { return nil }
    return block(&lines, in: text, closedBy: { $0 == "Markdown Content:" }, yaml: false)
  }

  /// Reads `key: value` lines up to the closing line: the header and the text after that
  /// line, or nil when a line is neither or there is no closing line in reach.
  private static func block(
    _ lines: inout Lines, in text: String, closedBy isClosing: (Substring) -> Bool, yaml: Bool
  ) -> (header: MetadataHeader, block: Substring, body: Substring)? {
    var header = MetadataHeader()
    for _ in 0..<maximumLines {
      guard let line = lines.peek() else { return nil }
      lines.advance()
      guard text.utf8.distance(from: text.startIndex, to: lines.position) <= maximumBytes else {
        return nil
      }
      let trimmed = line.trimmingTrailingWhitespace
      if isClosing(trimmed) {
        return (header, text[..<lines.position], text[lines.position...])
      }
      if trimmed.isEmpty { continue }
      if yaml, trimmed.first == "#" || trimmed.first == " " || trimmed.first == "\t" {
        continue
      }
      if yaml, trimmed == "-" || trimmed.hasPrefix("- ") { continue }
      guard let (key, value) = field(trimmed) else { return nil }
      header.read(key: key, value: value)
    }
    return nil
  }

  /// `key: value` split at the first colon, when the key is a short name (letters, digits,
  /// spaces, `_`, `-`) and the colon ends the line or a space follows it.
  static func field(_ line: Substring) -> (key: String, value: Substring)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let key = line[..<colon]
    guard let head = key.first, head.isLetter, key.count <= 40,
      key.allSatisfy({ $0.isLetter || $0.isNumber || " _-".contains($0) })
    else { return nil }
    let rest = line[line.index(after: colon)...]
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    let name = key.lowercased().filter { !" _-".contains($0) }
    return (name, rest)
  }

  private mutating func read(key: String, value raw: Substring) {
    guard let value = Self.unquoted(raw) else { return }
    switch key {
    case "title" where title == nil:
      title = TextNormalizer.normalize(value)
    case "url", "link", "canonical", "urlsource", "sourceurl":
      if url == nil { url = value }
    case "date", "published", "publishedtime", "pubdate", "datepublished":
      if date == nil { date = Self.date(value) }
    case "lang", "language":
      if language == nil { language = Language(tag: value) }
    default:
      break
    }
  }

  /// The value without surrounding whitespace and quotes (`\"` and `\\` unescaped in double
  /// quotes), or nil when empty.
  static func unquoted(_ raw: Substring) -> String? {
    var value = raw.drop(while: { $0 == " " || $0 == "\t" }).trimmingTrailingWhitespace
    if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'",
      value.last == quote
    {
      value = value.dropFirst().dropLast()
      if quote == "\"" {
        return String(value).replacing("\\\"", with: "\"").replacing("\\\\", with: "\\")
          .nilIfEmpty
      }
      return String(value).replacing("''", with: "'").nilIfEmpty
    }
    return String(value).nilIfEmpty
  }

  /// `value` when it is an ISO 8601 date or date-time, else the date `ArticleDateFinder`
  /// reads in it as a date line (`10.07.2025`, `10. Juli 2025, 08:15`), else nil.
  static func date(_ value: String) -> String? {
    if ISO8601Date.isValid(value) { return value }
    return ArticleDateFinder.metadataDate(in: DateToken.tokens(in: Substring(value)))
  }

  /// The lines of a text, one at a time, with the position after the current one.
  private struct Lines {
    let text: String
    /// Where the next line starts.
    var position: String.Index

    init(_ text: String) {
      self.text = text
      position = text.startIndex
    }

    /// The current line without its line break, nil at the end.
    func peek() -> Substring? {
      guard position < text.endIndex else { return nil }
      let end = text[position...].firstIndex(where: \.isNewline) ?? text.endIndex
      return text[position..<end]
    }

    mutating func advance() {
      guard position < text.endIndex else { return }
      let end = text[position...].firstIndex(where: \.isNewline) ?? text.endIndex
      position = end < text.endIndex ? text.index(after: end) : end
    }
  }
}

extension Substring {
  /// The substring without trailing spaces and tabs (a `\r` is part of `\r\n`, one newline).
  fileprivate var trimmingTrailingWhitespace: Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
      end = index(before: end)
    }
    return self[startIndex..<end]
  }
}

extension String {
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Extracts the readable text and the headline of an HTML document.
///
/// A hand-written, linear scanner over the UTF-8 bytes, tolerant of malformed markup:
/// - `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<iframe>`, comments and
///   page furniture by its element (`<nav>`, `<aside>`, `<figcaption>`, `<button>`,
///   `<select>`, `<dialog>`) or by a word of its `class` or `id` (`share`, `social`,
///   `newsletter`, `consent`, `cookie`, `paywall`, `related`) are dropped with their content; `<title>` is read as the fallback headline,
///   never as text.
/// - Tags are removed; block elements become line breaks, paragraph-like blocks a blank line;
///   a list item (`<li>`) is a line that starts with `- `, as in Markdown.
/// - Whitespace in text runs collapses to one space (except inside `<pre>`).
/// - Named and numeric character references are decoded.
/// - A `<` that does not start a tag, or a tag that is never closed, is kept as text.
/// - The publication date is read from `<meta>` or `<time datetime>` when present, the page's
///   address from `<link rel="canonical">` or `<meta property="og:url">`.
public enum HTMLTextExtractor {
  /// Text and headline of a document.
  public struct Result: Sendable, Equatable {
    /// The text, with one line per block and blank lines between paragraphs; trimmed.
    public var text: String
    /// The first `<h1>`, else the `<title>` without its site and section names; nil if neither.
    public var title: String?
    /// The publication date from `<meta property="article:published_time">` (and similar
    /// names) or the first `<time datetime>`, when it is ISO 8601.
    public var date: String?
    /// The page's absolute `http`/`https` address from `<link rel="canonical">`, else
    /// `<meta property="og:url">`.
    public var url: String?
  }

  /// Elements dropped together with their content.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "math", "nav",
    "aside", "figcaption", "button", "select", "dialog",
  ]
  /// Words of a `class` or `id` (split at anything but letters and digits, lower case) that
  /// mark an element as page furniture, dropped with its content: `class="share"`,
  /// `id="consent-banner"`, `class="related_articles"`.
  static let furnitureClassWords: Set<String> = [
    "share", "sharing", "social", "socials", "newsletter", "consent", "cookie", "cookies",
    "paywall", "related",
  ]
  /// Elements never dropped for their `class` or `id`: they hold the article itself.
  static let keptElements: Set<String> = ["html", "body", "main", "article", "h1"]
  /// Elements that stand apart as paragraphs: a blank line before and after.
  static let paragraphElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
    "footer", "figure", "ul", "ol", "dl", "table", "pre", "main", "aside", "hr",
    "address", "details", "form", "fieldset", "hgroup", "body", "html",
  ]
  /// Elements that start a new line.
  static let lineElements: Set<String> = [
    "div", "li", "tr", "dt", "dd", "caption", "summary", "option", "center",
    "legend", "thead", "tbody", "tfoot", "picture", "video", "audio",
  ]
  /// Elements whose boundaries separate words, like a table cell.
  static let spacingElements: Set<String> = ["td", "th", "img", "input", "button", "label"]
  /// Site-name separators in `<title>`, tried last occurrence first.
  static let titleSeparators = [" | ", " – ", " — ", " - ", " :: ", " · "]
  /// A `<title>` suffix longer than this (in characters) is kept: it is not a site name.
  static let maximumSiteSuffixLength = 40

  /// Extracts text and headline from `html`.
  public static func extract(_ html: String) -> Result {
    var scanner = HTMLScanner(bytes: Array(html.utf8))
    scanner.run()
    let text = String(decoding: scanner.output, as: UTF8.self)
    let heading = scanner.heading.map { cleaned(String(decoding: $0, as: UTF8.self)) }
    let title = scanner.title.map {
      withoutSiteSuffix(cleaned(String(decoding: $0, as: UTF8.self)))
    }
    let headline = [heading, title].compactMap { $0 }.first { !$0.isEmpty }
    return Result(text: trimmed(text), title: headline, date: scanner.date, url: scanner.url)
  }

  /// Collapses whitespace runs to single spaces and trims.
  static func cleaned(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" }).joined(separator: " ")
  }

  /// `text` without leading and trailing whitespace.
  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }

  /// The title without its trailing site name and the section names before it, joined by
  /// the same separator ("Rubio trifft Lawrow | Tagesschau", "Stadtrat beschließt Haushalt -
  /// Politik - SZ.de").
  ///
  /// The site name is the part after the last separator, when it is at most
  /// `maximumSiteSuffixLength` characters and shorter than the rest; a section name before it
  /// is one word under the same conditions, so a headline's own clause after a dash stays
  /// ("Krieg in der Ukraine - Selenskyj warnt - SZ.de").
  static func withoutSiteSuffix(_ title: String) -> String {
    for separator in titleSeparators {
      guard var head = withoutSuffix(title[...], after: separator, wordsAtMost: nil) else {
        continue
      }
      while let shorter = withoutSuffix(head, after: separator, wordsAtMost: 1) {
        head = shorter
      }
      return String(head)
    }
    return title
  }

  /// `title` before the last `separator`, when what follows it is short enough to be a site
  /// or section name (and is at most `wordsAtMost` words when that is given); else nil.
  private static func withoutSuffix(
    _ title: Substring, after separator: String, wordsAtMost: Int?
  ) -> Substring? {
    guard let range = title.range(of: separator, options: .backwards) else { return nil }
    let head = title[..<range.lowerBound]
    let tail = title[range.upperBound...]
    guard tail.count <= maximumSiteSuffixLength, head.count > tail.count else { return nil }
    if let wordsAtMost, tail.split(separator: " ").count > wordsAtMost { return nil }
    return head
  }
}

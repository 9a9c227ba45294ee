/// Renders briefs and digests as one self-contained HTML page.
///
/// The page has no external resources and no scripts: inline CSS only (`HTMLStyle`), German
/// and English side by side on wide screens and stacked on narrow ones, light and dark
/// colours from `prefers-color-scheme`. All article text and metadata is escaped; a link is
/// made only for `http`/`https` URLs. English cells carry `lang="en"`; an untranslated cell
/// shows the note in plain style; an English article's sentence is one cell across both
/// columns (it is its own English), and so is every line of a brief with no English at all,
/// which says why once under its metadata. The English edition (`Edition.english`) heads with
/// the headline's English, shows each line's English alone and is a page in English.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// One brief as a complete page.
  public func render(_ brief: Brief, edition: Edition = .bilingual) -> String {
    page(
      title: brief.heading(edition).text,
      language: edition.pageLanguage(brief.language),
      body: article(brief, headingLevel: 1, edition: edition))
  }

  /// The digest as one page: a heading with the counts, then every story with its events in
  /// date order (date and sources), each line German beside English with its citation; in the
  /// English edition each line's English alone (a German line without English beside the note).
  public func render(_ digest: Digest, edition: Edition = .bilingual) -> String {
    var body = "<header class=\"digest\">\n<h1>Digest</h1>\n"
    body += "<p class=\"meta\">\(Self.escaped(digest.countText))</p>\n"
    let untranslated = digest.isUntranslatedThroughout
    if digest.showsUntranslatedNotice { body += Self.notice(digest.untranslatedNotice) }
    body += "</header>\n"
    for story in digest.stories {
      let heading = story.heading(
        edition, untranslatedThroughout: digest.showsUntranslatedNotice)
      let pageLanguage = edition.pageLanguage(.german)
      body += "<section class=\"story\">\n<h2\(Self.languageAttribute(heading, on: pageLanguage))>"
      body += "\(Self.escaped(heading.text))</h2>\n"
      if let english = heading.english {
        body += Self.englishTitle(english)
      }
      for event in story.events {
        body += "<article class=\"brief event\">\n<header>\n<h3>"
        if let date = event.date {
          body += "<time datetime=\"\(Self.escaped(date))\">\(Self.escaped(date))</time>"
          body += event.dateNote
        } else {
          body += "undated"
        }
        body += "</h3>\n<p class=\"meta\">\(Self.escaped(event.sources.joined(separator: ", ")))"
        body += "</p>\n</header>\n"
        guard !event.sentences.isEmpty else {
          body += "<p class=\"empty\">\(Digest.Event.noNewSentences)</p>\n</article>\n"
          continue
        }
        body += "<ol class=\"lines\">\n"
        for sentence in event.sentences {
          let line = sentence.display(edition, untranslatedThroughout: untranslated)
          let cited =
            Self.escaped(line.text) + " <cite>\(Self.escaped(sentence.citation))</cite>"
          guard line.hasEnglishSlot else {
            body += Self.originalLine(cited, language: line.language)
            continue
          }
          body += "<li class=\"line\">\n<p class=\"de\" lang=\"de\">\(cited)</p>\n"
          body += Self.englishCell(line.translation, untranslated: line.untranslatedText)
          body += "</li>\n"
        }
        body += "</ol>\n</article>\n"
      }
      body += "</section>\n"
    }
    return page(title: "Digest", language: edition.pageLanguage(.german), body: body)
  }

  private func page(title: String, language: Language, body: String) -> String {
    """
    <!doctype html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>\(Self.escaped(title))</title>
    <style>
    \(HTMLStyle.css)</style>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  private func article(_ brief: Brief, headingLevel: Int, edition: Edition) -> String {
    let tag = "h\(headingLevel)"
    let heading = brief.heading(edition)
    var output = "<article class=\"brief\" id=\"\(Self.escaped("brief-" + brief.id))\">\n"
    let language = Self.languageAttribute(heading, on: edition.pageLanguage(brief.language))
    output += "<header>\n<\(tag)\(language)>\(Self.escaped(heading.text))</\(tag)>\n"
    if let english = heading.english { output += Self.englishTitle(english) }
    let metadata = metadataLine(brief)
    if !metadata.isEmpty { output += "<p class=\"meta\">\(metadata)</p>\n" }
    if brief.showsUntranslatedNotice { output += Self.notice(brief.untranslatedNotice) }
    output += "</header>\n"
    guard !brief.lines.isEmpty else {
      return output + "<p class=\"empty\">No key sentences found.</p>\n</article>\n"
    }
    if brief.showsColumns(edition) {
      output += "<div class=\"columns\" aria-hidden=\"true\"><span></span>"
      output += "<span>Deutsch</span><span>English</span></div>\n"
    }
    output += "<ol class=\"lines\">\n"
    for line in brief.displayLines(edition) {
      // An English line is its own English, and a brief without any English said so once
      // above: one cell across both columns.
      guard line.hasEnglishSlot else {
        output += Self.originalLine(Self.escaped(line.text), language: line.language)
        continue
      }
      output += "<li class=\"line\">\n"
      output += "<p class=\"de\" lang=\"de\">\(Self.escaped(line.text))</p>\n"
      output += Self.englishCell(line.translation, untranslated: line.untranslatedText)
      output += "</li>\n"
    }
    return output + "</ol>\n</article>\n"
  }

  /// Date, source, language and URL as escaped HTML.
  private func metadataLine(_ brief: Brief) -> String {
    var items: [String] = []
    if let date = brief.date, !date.isEmpty {
      items.append("<time datetime=\"\(Self.escaped(date))\">\(Self.escaped(date))</time>")
    }
    items.append(Self.escaped(brief.source))
    items.append(Self.escaped(brief.language.rawValue))
    if let url = brief.url, !url.isEmpty {
      let lowered = url.lowercased()
      if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
        items.append("<a href=\"\(Self.escaped(url))\">\(Self.escaped(url))</a>")
      } else {
        items.append(Self.escaped(url))
      }
    }
    return items.joined(separator: Brief.metadataSeparator)
  }

  /// ` lang="de"` on a heading whose language is not its page's; else nothing.
  static func languageAttribute(_ heading: DisplayHeading, on page: Language) -> String {
    heading.language == page ? "" : " lang=\"\(heading.language.rawValue)\""
  }

  /// The English of a German headline, right under it (or, in the English edition, the note
  /// that it has none).
  static func englishTitle(_ text: String) -> String {
    "<p class=\"title-en\" lang=\"en\">\(escaped(text))</p>\n"
  }

  /// The note under the metadata of a brief or digest that has no English at all.
  static func notice(_ text: String) -> String {
    "<p class=\"notice\" lang=\"en\">\(escaped(text))</p>\n"
  }

  /// A line without an English cell (an English article's, or any line of a brief without
  /// English): its text alone, across both columns.
  static func originalLine(_ html: String, language: Language) -> String {
    "<li class=\"line single\">\n<p class=\"original\" lang=\"\(language.rawValue)\">\(html)</p>\n</li>\n"
  }

  /// The English paragraph of a line: the translation, or the plain note saying why there is
  /// none.
  static func englishCell(_ translation: String?, untranslated: String) -> String {
    guard let translation else {
      return "<p class=\"en untranslated\" lang=\"en\">\(escaped(untranslated))</p>\n"
    }
    return "<p class=\"en\" lang=\"en\">\(escaped(translation))</p>\n"
  }

  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in text and quoted attributes;
  /// control characters other than tab and line feed become spaces.
  public static func escaped(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in ControlCharacters.replaced(in: text) {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.append(character)
      }
    }
    return output
  }
}

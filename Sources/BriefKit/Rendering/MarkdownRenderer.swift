/// Renders briefs and digests as Markdown that also reads well as plain text in a terminal.
///
/// Layout: `# Title` (its English below in italics when translated), an italic metadata line
/// (date · source · language · url), then a numbered list: each German sentence, and below it
/// the English in italics or, where there is none, the untranslated note in plain text. An
/// English article's sentences stand alone, and so do the lines of a brief with no English at
/// all, which says why once under its metadata. The English edition (`Edition.english`) heads
/// with the headline's English and shows each line's English alone.
/// Article text is escaped so that it shows literally (`*`, `_` at word edges, `[`, `` ` ``,
/// `<`, line-start markers).
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// One brief as a Markdown document ending in a newline.
  public func render(_ brief: Brief, edition: Edition = .bilingual) -> String {
    section(brief, headingLevel: 1, edition: edition)
  }

  /// The digest: a heading with the counts, then each story (`##`) with its events (`###`,
  /// date and sources) in date order, each line with its citation: in the bilingual edition
  /// German with the English below it (a line from an English article alone), in the English
  /// edition its English alone (a German line without English with the note below it).
  public func render(_ digest: Digest, edition: Edition = .bilingual) -> String {
    var output = "# Digest\n\n\(digest.countText)\n"
    let untranslated = digest.isUntranslatedThroughout
    if digest.showsUntranslatedNotice {
      output += "\n" + Self.escaped(digest.untranslatedNotice) + "\n"
    }
    for story in digest.stories {
      let heading = story.heading(
        edition, untranslatedThroughout: digest.showsUntranslatedNotice)
      output += "\n## " + Self.escaped(heading.text) + "\n"
      if let english = heading.english {
        output += "\n*" + Self.escaped(english) + "*\n"
      }
      for event in story.events {
        output += "\n### " + Self.escaped(event.headingText) + "\n\n"
        if event.sentences.isEmpty { output += Digest.Event.noNewSentences + "\n" }
        for sentence in event.sentences {
          let line = sentence.display(edition, untranslatedThroughout: untranslated)
          output += "- " + Self.escaped(line.text) + " " + Self.escaped(sentence.citation)
          if !line.hasEnglishSlot {
            output += "\n"
          } else if let translation = line.translation {
            output += "\n  *" + Self.escaped(translation) + "*\n"
          } else {
            output += "\n  " + Self.escaped(line.untranslatedText) + "\n"
          }
        }
      }
    }
    return output
  }

  private func section(_ brief: Brief, headingLevel: Int, edition: Edition) -> String {
    let heading = brief.heading(edition)
    var output = String(repeating: "#", count: headingLevel) + " "
    output += Self.escaped(heading.text) + "\n\n"
    if let english = heading.english {
      output += "*" + Self.escaped(english) + "*\n\n"
    }
    let metadata = metadataLine(brief)
    if !metadata.isEmpty { output += "*" + metadata + "*\n\n" }
    if brief.showsUntranslatedNotice { output += Self.escaped(brief.untranslatedNotice) + "\n\n" }
    guard !brief.lines.isEmpty else { return output + "No key sentences found.\n" }
    let width = String(brief.lines.count).count + 2
    let indent = String(repeating: " ", count: width)
    for (offset, line) in brief.displayLines(edition).enumerated() {
      let number = "\(offset + 1)."
      output += number + String(repeating: " ", count: width - number.count)
      output += Self.escaped(line.text) + "\n\n"
      // An English line is its own English; a brief without any English said so once above.
      guard line.hasEnglishSlot else { continue }
      output += indent
      if let translation = line.translation {
        output += "*" + Self.escaped(translation) + "*\n\n"
      } else {
        output += Self.escaped(line.untranslatedText) + "\n\n"
      }
    }
    output.removeLast()
    return output
  }

  private func metadataLine(_ brief: Brief) -> String {
    var items = [brief.date, brief.source, brief.language.rawValue].compactMap { item in
      item.flatMap { $0.isEmpty ? nil : Self.escaped($0) }
    }
    if let url = brief.url, !url.isEmpty {
      let web = url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")
      let plain = url.allSatisfy { !$0.isWhitespace && $0 != "<" && $0 != ">" }
      items.append(web && plain ? "<" + url + ">" : Self.escaped(url))
    }
    return items.joined(separator: Brief.metadataSeparator)
  }

  /// `text` with Markdown syntax escaped so it renders literally; whitespace runs become
  /// single spaces so the text stays on its line; control characters are dropped.
  static func escaped(_ text: String) -> String {
    let characters = Array(
      ControlCharacters.replaced(in: text).split(whereSeparator: \.isWhitespace)
        .joined(separator: " "))
    let leadingDigits = characters.prefix(while: \.isNumber).count
    var output = ""
    for (index, character) in characters.enumerated() {
      let previous = index > 0 ? characters[index - 1] : " "
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if character == "&" {
        if startsReference(characters, at: index) { output.append("\\") }
      } else if needsEscape(
        character, previous: previous, next: next, atStart: index == 0,
        afterLeadingNumber: index > 0 && index == leadingDigits)
      {
        output.append("\\")
      }
      output.append(character)
    }
    return output
  }

  /// True when the `&` at `index` starts something Markdown reads as a character reference
  /// (`&amp;`, `&#38;`).
  private static func startsReference(_ characters: [Character], at index: Int) -> Bool {
    var end = index + 1
    while end < characters.count && end - index <= 32
      && (characters[end].isLetter || characters[end].isNumber || characters[end] == "#")
    {
      end += 1
    }
    return end > index + 1 && end < characters.count && characters[end] == ";"
  }

  private static func needsEscape(
    _ character: Character, previous: Character, next: Character, atStart: Bool,
    afterLeadingNumber: Bool
  ) -> Bool {
    switch character {
    case "\\", "`", "*", "[", "]", "<", "~": return true
    case "_": return !(previous.isLetter || previous.isNumber) || !(next.isLetter || next.isNumber)
    case "#", ">", "-", "+", "=": return atStart
    case ".", ")": return afterLeadingNumber
    default: return false
    }
  }
}

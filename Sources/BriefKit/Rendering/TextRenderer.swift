/// Renders briefs and digests as plain text: no markup, no ANSI colours.
///
/// Layout: the title underlined with `=` (its English below when translated), the metadata
/// line, then per sentence its number, the article's sentence after its language (`DE`; `EN` for
/// an English article, and nothing more) and the English (or the untranslated note) after `EN`,
/// wrapped to `width` characters with a hanging indent. A brief with no English at all says why
/// once, under its metadata, and its lines have no `EN`. The English edition
/// (`Edition.english`) heads with the headline's English and shows each line's English alone.
public struct TextRenderer: Sendable {
  /// The longest line in characters, where words allow.
  ///
  /// Default 78.
  public var width: Int

  /// Creates a renderer that wraps at `width` characters.
  public init(width: Int = 78) {
    self.width = width
  }

  /// One brief as text ending in a newline.
  public func render(_ brief: Brief, edition: Edition = .bilingual) -> String {
    section(brief, underline: "=", edition: edition)
  }

  /// The digest: a header with the counts, then each story underlined, its events (date and
  /// sources) in date order, and each line as `DE` with its citation and `EN` (a line from an
  /// English article as `EN` alone); in the English edition each line's English alone as `EN`
  /// (a German line without English as `DE` with the note as `EN`).
  public func render(_ digest: Digest, edition: Edition = .bilingual) -> String {
    let wrapper = TextWrapper(width: width)
    var output = underlined("Digest — \(digest.countText)", with: "=")
    let untranslated = digest.isUntranslatedThroughout
    if digest.showsUntranslatedNotice {
      output += paragraph(digest.untranslatedNotice)
    }
    for story in digest.stories {
      let heading = story.heading(
        edition, untranslatedThroughout: digest.showsUntranslatedNotice)
      output += "\n" + underlined(heading.text, with: "-")
      if let english = heading.english {
        output += paragraph(english)
      }
      for event in story.events {
        output +=
          "\n"
          + wrapper.wrap(event.headingText, firstPrefix: "* ", indent: "  ")
          .joined(separator: "\n") + "\n"
        if event.sentences.isEmpty { output += "  " + Digest.Event.noNewSentences + "\n" }
        for sentence in event.sentences {
          let line = sentence.display(edition, untranslatedThroughout: untranslated)
          let source = wrapper.wrap(
            line.text + " " + sentence.citation,
            firstPrefix: "  " + line.language.rawValue.uppercased() + "  ", indent: "      ")
          let english =
            !line.hasEnglishSlot
            ? []
            : wrapper.wrap(
              line.translation ?? line.untranslatedText, firstPrefix: "  EN  ",
              indent: "      ")
          output += (source + english).joined(separator: "\n") + "\n"
        }
      }
    }
    return output
  }

  private func section(_ brief: Brief, underline: Character, edition: Edition) -> String {
    let wrapper = TextWrapper(width: width)
    let heading = brief.heading(edition)
    var output = underlined(heading.text, with: underline)
    if let english = heading.english {
      output += paragraph(english)
    }
    let metadata = brief.metadataItems.joined(separator: Brief.metadataSeparator)
    if !metadata.isEmpty { output += paragraph(metadata) }
    if brief.showsUntranslatedNotice {
      output += paragraph(brief.untranslatedNotice)
    }
    output += "\n"
    guard !brief.lines.isEmpty else { return output + "No key sentences found.\n" }
    let numberWidth = String(brief.lines.count).count + 2
    let indent = String(repeating: " ", count: numberWidth)
    let hanging = indent + "    "
    for (offset, line) in brief.displayLines(edition).enumerated() {
      let number = "\(offset + 1)."
      let prefix = number + String(repeating: " ", count: numberWidth - number.count)
      let source = wrapper.wrap(
        line.text, firstPrefix: prefix + line.language.rawValue.uppercased() + "  ",
        indent: hanging)
      // An English line is its own English; a brief without any English said so once above.
      let english =
        !line.hasEnglishSlot
        ? []
        : wrapper.wrap(
          line.translation ?? line.untranslatedText, firstPrefix: indent + "EN  ",
          indent: hanging)
      output += (source + english).joined(separator: "\n") + "\n\n"
    }
    output.removeLast()
    return output
  }

  /// `text` wrapped to the width without indent, ending in a newline.
  private func paragraph(_ text: String) -> String {
    TextWrapper(width: width).wrap(text, firstPrefix: "", indent: "").joined(separator: "\n")
      + "\n"
  }

  private func underlined(_ title: String, with character: Character) -> String {
    let lines = TextWrapper(width: width).wrap(title, firstPrefix: "", indent: "")
    let longest = lines.map(\.count).max() ?? 0
    return lines.joined(separator: "\n") + "\n" + String(repeating: character, count: longest)
      + "\n"
  }
}

/// Renders briefs and digests as plain text: no markup, no ANSI colours.
///
/// Layout: the title underlined with `=` (its English below when translated), the metadata
/// line, then per sentence its number, the article's sentence after its language (`DE`; `EN` for
/// an English article, and nothing more) and the English (or the untranslated note) after `EN`,
/// wrapped to `width` characters with a hanging indent. A brief with no English at all says why once, under its metadata, and its
/// lines have no `EN`.
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
  public func render(_ brief: Brief) -> String {
    section(brief, underline: "=")
  }

  /// The digest: a header with the counts, then each story underlined, its events (date and
  /// sources) in date order, and each line as `DE` with its citation and `EN` (a line from an
  /// English article as `EN` alone).
  public func render(_ digest: Digest) -> String {
    let wrapper = TextWrapper(width: width)
    var output = underlined("Digest — \(digest.countText)", with: "=")
    let untranslated = digest.isUntranslatedThroughout
    if untranslated {
      output += paragraph(digest.untranslatedNotice)
    }
    for story in digest.stories {
      output += "\n" + underlined(story.title, with: "-")
      if let english = story.displayTitleTranslation {
        output += paragraph(english)
      }
      for event in story.events {
        output +=
          "\n"
          + wrapper.wrap(event.headingText, firstPrefix: "* ", indent: "  ")
          .joined(separator: "\n") + "\n"
        for sentence in event.sentences {
          let source = wrapper.wrap(
            sentence.text + " " + sentence.citation,
            firstPrefix: "  " + sentence.language.rawValue.uppercased() + "  ", indent: "      ")
          let english =
            !sentence.language.hasEnglishSlot || untranslated
            ? []
            : wrapper.wrap(
              sentence.translation ?? digest.untranslatedText, firstPrefix: "  EN  ",
              indent: "      ")
          output += (source + english).joined(separator: "\n") + "\n"
        }
      }
    }
    return output
  }

  private func section(_ brief: Brief, underline: Character) -> String {
    let wrapper = TextWrapper(width: width)
    var output = underlined(brief.displayTitle, with: underline)
    if let english = brief.displayTitleTranslation {
      output += paragraph(english)
    }
    let metadata = brief.metadataItems.joined(separator: Brief.metadataSeparator)
    if !metadata.isEmpty { output += paragraph(metadata) }
    if brief.isUntranslatedThroughout {
      output += paragraph(brief.untranslatedNotice)
    }
    output += "\n"
    guard !brief.lines.isEmpty else { return output + "No key sentences found.\n" }
    let numberWidth = String(brief.lines.count).count + 2
    let indent = String(repeating: " ", count: numberWidth)
    let hanging = indent + "    "
    for (offset, line) in brief.lines.enumerated() {
      let number = "\(offset + 1)."
      let prefix = number + String(repeating: " ", count: numberWidth - number.count)
      let source = wrapper.wrap(
        line.text, firstPrefix: prefix + brief.language.rawValue.uppercased() + "  ",
        indent: hanging)
      // An English article's sentence is its own English; a brief without any English said
      // so once above.
      let english =
        !brief.showsEnglishSlots
        ? []
        : wrapper.wrap(
          line.translation ?? brief.untranslatedText, firstPrefix: indent + "EN  ",
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

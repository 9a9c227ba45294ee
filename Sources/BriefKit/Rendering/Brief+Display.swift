/// What every renderer shows the same way.
extension Brief {
  /// The heading to show: the title, else the id.
  var displayTitle: String {
    if let title, !title.isEmpty { return title }
    return id
  }

  /// Date, source, language and URL, skipping unknowns, in that order.
  var metadataItems: [String] {
    [date, source, language.rawValue, url].compactMap { item in
      guard let item, !item.isEmpty else { return nil }
      return item
    }
  }

  /// The text in the English slot of an untranslated sentence: says so, never pretends.
  var untranslatedText: String {
    guard let note = translationNote, !note.isEmpty else { return "— not translated" }
    return "— not translated (\(note))"
  }

  /// The separator between metadata items.
  static let metadataSeparator = " · "
}

extension Digest {
  /// "5 articles · 1 story · 4 events", singular where it applies.
  var countText: String {
    let events = stories.reduce(0) { $0 + $1.events.count }
    return [
      counted(articleCount, "article"), counted(stories.count, "story", "stories"),
      counted(events, "event"),
    ].joined(separator: Brief.metadataSeparator)
  }

  /// The text in the English slot of an untranslated line: says so, never pretends.
  var untranslatedText: String {
    guard let note = translationNote, !note.isEmpty else { return "— not translated" }
    return "— not translated (\(note))"
  }
}

extension Digest.Event {
  /// "2025-07-10 · 000_a, 001_b" or "undated · 004_c".
  var headingText: String {
    (date ?? "undated") + Brief.metadataSeparator + sources.joined(separator: ", ")
  }
}

extension Language {
  /// Whether a line in this language has an English slot: only German is translated; an
  /// English line is its own English and is shown once.
  var hasEnglishSlot: Bool { self == .german }
}

extension Digest.Sentence {
  /// The German line: `text` when its article is German, else nil.
  var german: String? { language.hasEnglishSlot ? text : nil }

  /// The English line: `text` itself when its article is English, else the translation.
  var english: String? { language.hasEnglishSlot ? translation : text }

  /// The citation shown after the line: "[000_a]" or "[000_a, 001_b]".
  var citation: String {
    "[" + sources.joined(separator: ", ") + "]"
  }
}

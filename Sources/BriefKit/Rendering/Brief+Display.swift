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

  /// True when the brief has German lines and not one of them has English nor a reason of
  /// its own for that (no translator, the provider stopped): it then says so once, under its
  /// metadata (`untranslatedNotice`), and its lines have no English slot.
  var isUntranslatedThroughout: Bool {
    language.hasEnglishSlot && !lines.isEmpty
      && lines.allSatisfy { $0.translation == nil && $0.note == nil }
  }

  /// Whether the brief says once, under its metadata, why English is missing: when it is
  /// untranslated throughout, or when some line lacks English for the brief's reason
  /// (`translationNote`, such as the provider stopping), which is then not repeated under
  /// each line.
  var showsUntranslatedNotice: Bool {
    isUntranslatedThroughout
      || (language.hasEnglishSlot && translationNote != nil
        && lines.contains { $0.translation == nil && $0.note == nil })
  }

  /// Whether each line shows an English slot: German lines when some of them have English.
  var showsEnglishSlots: Bool { language.hasEnglishSlot && !isUntranslatedThroughout }

  /// The note said once (`showsUntranslatedNotice`).
  var untranslatedNotice: String { Untranslated.notice(translationNote) }

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

  /// True when the digest has German lines and not one of them has English nor a reason of
  /// its own: it then says so once, under its counts (`untranslatedNotice`), and its lines
  /// have no English slot.
  var isUntranslatedThroughout: Bool {
    var german = false
    for sentence in germanSentences {
      if sentence.translation != nil || sentence.note != nil { return false }
      german = true
    }
    return german
  }

  /// Whether the digest says once, under its counts, why English is missing: untranslated
  /// throughout, or some line lacks English for the briefs' reason (`translationNote`).
  var showsUntranslatedNotice: Bool {
    isUntranslatedThroughout
      || (translationNote != nil
        && germanSentences.contains { $0.translation == nil && $0.note == nil })
  }

  /// The lines with an English slot, in digest order.
  private var germanSentences: some Sequence<Digest.Sentence> {
    stories.lazy.flatMap(\.events).flatMap(\.sentences).filter(\.language.hasEnglishSlot)
  }

  /// The note said once (`showsUntranslatedNotice`).
  var untranslatedNotice: String { Untranslated.notice(translationNote) }
}

/// How a brief says that English is missing: never an empty slot, never a pretend translation.
enum Untranslated {
  /// Under one line: "— not translated (why)".
  static func line(_ note: String?) -> String {
    guard let note, !note.isEmpty else { return "— not translated" }
    return "— not translated (\(note))"
  }

  /// Once for a whole brief or digest: "English: not translated (why)".
  static func notice(_ note: String?) -> String {
    guard let note, !note.isEmpty else { return "English: not translated" }
    return "English: not translated (\(note))"
  }
}

extension Digest.Story {
  /// The English heading: `title` itself when its article is English, else its translation.
  var english: String? { titleLanguage.hasEnglishSlot ? titleTranslation : title }
}

extension Digest.Event {
  /// "2025-07-10 · 000_a, 001_b", "2025-07-10 (file date) · 002_c" or "undated · 004_d".
  var headingText: String {
    (date.map { $0 + dateNote } ?? "undated") + Brief.metadataSeparator
      + sources.joined(separator: ", ")
  }

  /// What an event without lines says: its articles had no key sentences (`--max-chars`
  /// too small) or only facts the digest told earlier, whose lines cite them too.
  static let noNewSentences = "No new key sentences."

  /// " (file date)" after a date that rests on a file's modification day alone, else "".
  var dateNote: String { dateFromFile ? " (file date)" : "" }
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

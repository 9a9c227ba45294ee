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
  /// "1 article" or "N articles".
  var countText: String {
    briefs.count == 1 ? "1 article" : "\(briefs.count) articles"
  }
}

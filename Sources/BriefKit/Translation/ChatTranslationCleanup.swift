/// Takes a chat model's wrapping off one translation: emphasis around it, a preamble before
/// it, a translator's note after it, line breaks in it.
///
/// Only what is unambiguous is taken off: emphasis markers (`**`, `__`) around the whole
/// translation; a leading preamble ("Translation:", "English translation:", "Here is the
/// translation:", "English:", also after "Sure!", "Certainly!", "Of course!"); a trailing note
/// ("(Note: …)", "(Translator's note: …)", "[Note …]" at the end, or a line of its own that
/// starts with "Note"). Every run of whitespace, line breaks included, then becomes one space,
/// so a translation is always one line. A translation that is nothing but such wrapping is
/// unusable (`nil`): the answer is invalid and asked again. A two-letter tag such as `EN:` is
/// left alone (the project's fake translators mark their output with it).
enum ChatTranslationCleanup {
  /// Preambles, lower-cased, each followed by a colon in the answer.
  static let preambles = [
    "here is the english translation", "here's the english translation",
    "here is the translation", "here's the translation", "english translation", "translation",
    "english", "übersetzung",
  ]
  /// Courtesy words a model may put before a preamble, lower-cased.
  static let courtesies = ["sure", "certainly", "of course", "okay", "ok"]
  /// How notes start, lower-cased, inside brackets or on their own line.
  static let noteStarts = ["note", "translator's note", "translator’s note", "n.b.", "nb:"]
  /// Brackets that may hold a note at the end: opening and closing.
  static let noteBrackets: [(Character, Character)] = [("(", ")"), ("[", "]")]

  /// `translation` without its wrapping, on one line; nil when nothing else is left.
  ///
  /// One over `TranslationChecks.runawayBytes` is returned as it is.
  static func cleaned(_ translation: String) -> String? {
    guard translation.utf8.count <= TranslationChecks.runawayBytes else { return translation }
    var text = withoutNoteLines(translation)
    text = TranslationNormalizer.normalize(text)
    text = withoutEmphasis(text)
    text = withoutPreamble(text)
    text = withoutEmphasis(text)
    text = withoutTrailingNote(text)
    text = withoutEmphasis(text)
    return text.isEmpty ? nil : text
  }

  /// `text` up to its first line that starts with a note ("Note: literal translation.").
  static func withoutNoteLines(_ text: String) -> String {
    var kept: [Substring] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let start = line.drop { $0 == " " || $0 == "*" || $0 == "_" || $0 == "(" || $0 == "[" }
      if !kept.isEmpty, startsWithNote(start) { break }
      kept.append(line)
    }
    return kept.joined(separator: "\n")
  }

  /// True when `text` starts with one of `noteStarts`, case aside.
  static func startsWithNote(_ text: Substring) -> Bool {
    let head = text.prefix(24).lowercased()
    return noteStarts.contains { head.hasPrefix($0) }
  }

  /// `text` without `**` or `__` around all of it.
  static func withoutEmphasis(_ text: String) -> String {
    var text = text
    for marker in ["**", "__"] {
      while text.count > 2 * marker.count, text.hasPrefix(marker), text.hasSuffix(marker) {
        text = String(text.dropFirst(marker.count).dropLast(marker.count))
          .trimmingCharacters(in: .whitespaces)
      }
    }
    return text
  }

  /// `text` without a leading preamble and its colon: one of `preambles`, or after a courtesy
  /// word ("Sure! Here you go with the translation:") anything up to a colon that names the
  /// translation.
  static func withoutPreamble(_ text: String) -> String {
    var rest = Substring(text)
    var courteous = false
    let lowered = text.lowercased()
    if let courtesy = courtesies.first(where: { lowered.hasPrefix($0) }) {
      let after = rest.dropFirst(courtesy.count)
      if let mark = after.first, "!,.".contains(mark) {
        rest = after.dropFirst().drop { $0 == " " }
        courteous = true
      }
    }
    let label = rest.drop { $0 == "*" || $0 == "_" }
    let head = label.lowercased()
    for preamble in preambles where head.hasPrefix(preamble) {
      let after = label.dropFirst(preamble.count).drop { $0 == " " || $0 == "*" || $0 == "_" }
      guard after.first == ":" else { continue }
      return String(after.dropFirst().drop { $0 == " " || $0 == "*" || $0 == "_" })
    }
    if courteous, let colon = rest.prefix(maximumPreamble).firstIndex(of: ":"),
      rest[..<colon].lowercased().contains("translation")
    {
      return String(rest[rest.index(after: colon)...].drop { $0 == " " })
    }
    return text
  }

  /// Characters after a courtesy word within which a preamble's colon is looked for.
  static let maximumPreamble = 80

  /// `text` without a note in brackets at its end ("(Note: literal translation)").
  static func withoutTrailingNote(_ text: String) -> String {
    for (open, close) in noteBrackets where text.last == close {
      guard let start = text.lastIndex(of: open) else { continue }
      guard startsWithNote(text[text.index(after: start)...]) else { continue }
      return String(text[..<start]).trimmingCharacters(in: .whitespaces)
    }
    return text
  }
}

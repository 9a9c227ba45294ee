/// Which languages a rendered brief or digest shows.
public enum Edition: String, Sendable, CaseIterable {
  /// Each German line with its English under or beside it (or the note saying why there is
  /// none); an English article's line once.
  case bilingual
  /// English only, for readers who read no German: each line's English in its place and each
  /// headline's English as the heading. A German line without English stays in German with
  /// the note saying why, so nothing is left out and nothing pretends to be English.
  case english
}

/// One line as a renderer shows it: the main text, and whether an English slot (the
/// translation, or the untranslated note) follows it.
struct DisplayLine: Equatable {
  /// The text shown first: the article's sentence, or in the English edition its English.
  var text: String
  /// The language of `text`.
  var language: Language
  /// Whether an English slot follows `text`.
  var hasEnglishSlot: Bool
  /// The English in the slot; nil shows the untranslated note.
  var translation: String?
  /// The line's own reason for having no English, shown in its slot.
  var note: String? = nil

  /// The text of the English slot when there is no translation: "— not translated", with the
  /// line's own reason when it has one.
  var untranslatedText: String { Untranslated.line(note) }

  /// How a line of `language` with `translation` shows in `edition`, where
  /// `untranslatedThroughout` says that its brief or digest has no English at all (it then
  /// says so once, and no line has a slot).
  init(
    text: String, translation: String?, language: Language, edition: Edition,
    untranslatedThroughout: Bool
  ) {
    if edition == .english, language.hasEnglishSlot, let translation {
      // The English edition shows a translated line's English in its place.
      self.text = translation
      self.language = .english
      self.hasEnglishSlot = false
      self.translation = nil
    } else {
      // An English line is its own English; a German one keeps its slot, which in the English
      // edition can only hold the note.
      self.text = text
      self.language = language
      self.hasEnglishSlot = language.hasEnglishSlot && !untranslatedThroughout
      self.translation = translation
    }
  }

  /// The line with its own reason for having no English.
  func noting(_ note: String?) -> DisplayLine {
    var line = self
    line.note = translation == nil ? note : nil
    return line
  }
}

/// A heading as a renderer shows it: the headline, and its English under it when both show.
struct DisplayHeading: Equatable {
  /// The heading shown.
  var text: String
  /// The language of `text`.
  var language: Language
  /// The English shown right under `text`, if any: in the English edition, "— not
  /// translated" under a headline left in German (unless the whole page says so once).
  var english: String?

  /// `title` in `language` with its `translation` (nil when untranslated), as `edition` shows it.
  ///
  /// Bilingual: a German headline with its English under it; English: the English alone.
  /// `isHeadline` is false for a stand-in such as the article's id, which needs no English;
  /// `untranslatedThroughout` says that the page has said once that it has no English.
  init(
    title: String, language: Language, translation: String?, edition: Edition,
    isHeadline: Bool = true, untranslatedThroughout: Bool = false
  ) {
    let translation = language.hasEnglishSlot ? translation.flatMap { $0.isEmpty ? nil : $0 } : nil
    switch edition {
    case .bilingual:
      text = title
      self.language = language
      english = translation
    case .english:
      text = translation ?? title
      self.language = translation == nil ? language : .english
      let leftInGerman =
        translation == nil && isHeadline && language.hasEnglishSlot && !untranslatedThroughout
      english = leftInGerman ? Untranslated.line(nil) : nil
    }
  }
}

extension Brief {
  /// The heading of the brief in `edition`.
  func heading(_ edition: Edition) -> DisplayHeading {
    let hasHeadline = title?.isEmpty == false
    return DisplayHeading(
      title: displayTitle, language: language,
      translation: hasHeadline ? titleTranslation : nil, edition: edition,
      isHeadline: hasHeadline, untranslatedThroughout: showsUntranslatedNotice)
  }

  /// The brief's lines as `edition` shows them.
  func displayLines(_ edition: Edition) -> [DisplayLine] {
    let untranslated = isUntranslatedThroughout
    return lines.map {
      DisplayLine(
        text: $0.text, translation: $0.translation, language: language, edition: edition,
        untranslatedThroughout: untranslated
      ).noting($0.note)
    }
  }

  /// Whether the brief in `edition` shows German and English side by side: bilingual, with
  /// some English.
  func showsColumns(_ edition: Edition) -> Bool {
    edition == .bilingual && showsEnglishSlots
  }
}

extension Digest.Story {
  /// The story's heading in `edition`, on a page that has said once that it has no English
  /// when `untranslatedThroughout`.
  func heading(_ edition: Edition, untranslatedThroughout: Bool) -> DisplayHeading {
    DisplayHeading(
      title: title, language: titleLanguage, translation: titleTranslation, edition: edition,
      untranslatedThroughout: untranslatedThroughout)
  }
}

extension Digest.Sentence {
  /// The line as `edition` shows it in a digest whose lines have no English at all when
  /// `untranslatedThroughout`.
  func display(_ edition: Edition, untranslatedThroughout: Bool) -> DisplayLine {
    DisplayLine(
      text: text, translation: translation, language: language, edition: edition,
      untranslatedThroughout: untranslatedThroughout
    ).noting(note)
  }
}

extension Edition {
  /// The language of a page in this edition: the `original` language of its lines for the
  /// bilingual one, whose lines come first in it; English for the English edition.
  func pageLanguage(_ original: Language) -> Language { self == .bilingual ? original : .english }
}

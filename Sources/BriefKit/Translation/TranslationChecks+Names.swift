import Foundation

/// The check of a chat model's translation against the glossary names of its sentence.
///
/// Machine translation gets the names as placeholders (`ProtectedText`), so a lost or moved
/// name fails there; a chat model only gets them in its prompt, so its answers are checked
/// here instead. Conservative, so that correct translations pass: only entries whose English
/// form is a name (every word capitalised: "Sergei Lavrov", "Kyiv", "Federal President", not
/// "federal government" or "Sea of Azov") are expected, only where the sentence names them
/// itself (a genitive, "Russlands", may become an adjective), and a foreign name is only
/// one that another sentence of the same request holds.
extension TranslationChecks {
  /// Why `translation` cannot be the English of `source` by its glossary names, or nil.
  ///
  /// - a name of `source` must be in `translation` in its English form, its German form, the
  ///   last word of its English form ("Lavrov" for "Sergei Lavrov") or that form's initials
  ///   ("US", "U.S." for "United States"), case aside;
  /// - a name that `translation` holds in English form, but `source` in no form, while
  ///   another text of `batch` does, is the sign of a translation shifted onto the wrong
  ///   sentence;
  /// - a name outside the glossary must not come back lengthened into another one
  ///   (`changedName`: "Rubio" as "Rubiano").
  ///
  /// `englishForms` is `englishForms(of: glossary)`, made once per answer.
  public static func nameRejection(
    source: String, translation: String, glossary: Glossary, batch: [String],
    englishForms: Glossary? = nil
  ) -> String? {
    guard !glossary.entries.isEmpty else { return nil }
    let folded = translation.lowercased()
    let initials = Set(
      translation.filter { $0 != "." }.split { !$0.isLetter }.map(String.init))
    for match in glossary.matches(in: source) where !match.isGenitive {
      let entry = match.entry
      guard isName(entry.english) else { continue }
      let words = entry.english.split(separator: " ")
      let forms =
        [entry.english, entry.german] + (words.count > 1 ? [String(words[words.count - 1])] : [])
      if forms.contains(where: { containsWord($0.lowercased(), in: folded) }) { continue }
      if words.count > 1, initials.contains(String(words.compactMap(\.first))) { continue }
      return "it lacks the name \(entry.english) (\(entry.german))"
    }
    let glossaryWords = Set(
      glossary.matches(in: source).flatMap { words(in: $0.entry.german) }.map(String.init))
    if let (changed, written) = changedName(
      source: source, translation: translation, skipping: glossaryWords)
    {
      return "it has the name \(changed) where the sentence has \(written)"
    }
    let sourceFolded = source.lowercased()
    let others = batch.filter { $0 != source }.map { $0.lowercased() }
    let reversed = englishForms ?? Self.englishForms(of: glossary)
    for match in reversed.matches(in: translation) {
      let english = match.entry.german
      let germans = glossary.entries.filter { $0.english == english }.map(\.german)
      let forms = ([english] + germans).map { $0.lowercased() }
      guard isName(english), !forms.contains(where: sourceFolded.contains) else { continue }
      if others.contains(where: { other in forms.contains(where: other.contains) }) {
        return "it has the name \(english), which is not in the sentence but in another one"
      }
    }
    return nil
  }

  /// Endings after which a capitalised German word is likely a noun or an inflected form
  /// ("Japaner", "Demokraten", "Chinas"), not a name kept as it is.
  static let inflectedEndings: Set<Character> = ["e", "n", "r", "s"]
  /// Letters a name must have for `changedName` to look at it.
  static let minimumNameLetters = 5

  /// A name of `source` that `translation` has lengthened into another one ("Rubio" as
  /// "Rubiano"), as (translation's form, source's form), or nil.
  ///
  /// Narrow, so that translated nouns pass: the source word is capitalised, not the first
  /// word, of `minimumNameLetters` or more letters, ends in none of `inflectedEndings` and is
  /// missing from the translation, which has instead a capitalised word, not in the source,
  /// that starts with all of it but its last letter and is two or more letters longer.
  /// Words of `skipping` (the glossary's, which have their own English forms: "Kreml" as
  /// "Kremlin") are not looked at.
  static func changedName(
    source: String, translation: String, skipping: Set<String> = []
  ) -> (String, String)? {
    let sourceWords = words(in: source)
    let translationWords = words(in: translation)
    let folded = Set(translationWords.map { $0.lowercased() })
    let sourceSet = Set(sourceWords)
    for word in sourceWords.dropFirst()
    where word.count >= minimumNameLetters && word.first?.isUppercase == true
      && !(word.last.map(inflectedEndings.contains) ?? true)
      && !folded.contains(word.lowercased()) && !skipping.contains(String(word))
    {
      let stem = word.dropLast()
      if let changed = translationWords.first(where: {
        $0.first?.isUppercase == true && $0.count >= word.count + 2 && $0.hasPrefix(stem)
          && !sourceSet.contains($0)
      }) {
        return (String(changed), String(word))
      }
    }
    return nil
  }

  /// True when every word of `english` starts with a capital letter.
  static func isName(_ english: String) -> Bool {
    english.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
  }

  /// True when `word` (lower-cased) is in `text` (lower-cased) between word boundaries.
  static func containsWord(_ word: String, in text: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: word) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if before?.isLetter != true, after?.isLetter != true { return true }
      rest = text[range.upperBound...]
    }
    return false
  }

  /// `glossary` turned around: the English forms, matched like German ones, each with the
  /// English form as its `german` and one German form as its `english`.
  static func englishForms(of glossary: Glossary) -> Glossary {
    Glossary(
      entries: glossary.entries.map { GlossaryEntry(german: $0.english, english: $0.german) })
  }
}

import Foundation

/// Checks that decide whether an answer is a translation of its sentence at all.
///
/// Policy: a translation that fails one of them is dropped — the sentence stays untranslated,
/// with an error naming the reason, and is never cached — unlike the post-checks
/// (`missingNumbers`, `quotesDropped`), which only report.
extension TranslationChecks {
  /// Length ratio over which a translation is too long (with `lengthFloor`).
  ///
  /// A translation is too long when it has more than this many times its sentence's
  /// characters and more than `lengthFloor` characters. Default 10.
  static let maximumLengthRatio = 10
  /// Characters a translation may always have, so that a short headline may grow.
  ///
  /// Default 300.
  static let lengthFloor = 300
  /// UTF-8 bytes over which a translation is not cleaned or normalised but left to
  /// `lengthRejection`, which refuses it unread: no sentence's translation is that long.
  ///
  /// Default 100,000.
  static let runawayBytes = 100_000
  /// Sentences of fewer words may come back unchanged (names: "Nato", "Olaf Scholz").
  ///
  /// Default 3.
  static let minimumEchoWords = 3
  /// German function words that make an answer still German (with `germanCuesPerEnglishCue`).
  ///
  /// Default 3.
  static let minimumGermanCues = 3
  /// An answer with `minimumGermanCues` is still German below one English function word per
  /// this many German ones.
  ///
  /// Default 2.
  static let germanCuesPerEnglishCue = 2

  /// Why `translation` cannot be the English of `source`, or nil when it can.
  ///
  /// `batch` holds the texts sent with it (its own included, with and without name
  /// placeholders): an answer that is one of them unchanged is rejected, be it `translation`
  /// or `answer`, the translation as received before names were restored. So is one whose
  /// numbers cannot be found (`unaccountedNumbers`).
  public static func rejection(
    source: String, translation: String, answer: String? = nil, batch: [String]
  ) -> String? {
    rejection(source: source, translation: translation, answer: answer, sent: comparableSet(batch))
  }

  /// `rejection(source:translation:answer:batch:)` with the batch already made comparable
  /// (`comparableSet`), for checking every translation of one answer against it.
  static func rejection(
    source: String, translation: String, answer: String?, sent: Set<String>
  ) -> String? {
    if let reason = lengthRejection(source: source, translation: translation) { return reason }
    let answers = [translation] + (answer.map { [$0] } ?? [])
    if isEchoCandidate(source),
      answers.contains(where: { sent.contains(TranslationNormalizer.comparable($0)) })
        || containsSource(source, in: answers)
    {
      return "it is the German sentence unchanged"
    }
    if isStillGerman(translation) { return "it is still German" }
    let unaccounted = unaccountedNumbers(source: source, translation: translation)
    if !unaccounted.isEmpty {
      return "it lacks the number\(unaccounted.count == 1 ? "" : "s") "
        + unaccounted.joined(separator: ", ")
    }
    return nil
  }

  /// Why `translation` is too long to be the English of `source` (more than
  /// `maximumLengthRatio` times its characters and more than `lengthFloor`), or nil.
  ///
  /// Checked before anything else: every other check reads the whole answer, and a runaway
  /// answer of megabytes is dropped without being read.
  static func lengthRejection(source: String, translation: String) -> String? {
    guard translation.utf8.count > lengthFloor else { return nil }
    let length = translation.count
    guard length > lengthFloor, length > maximumLengthRatio * source.count else { return nil }
    return "it is \(length / max(1, source.count)) times as long as the sentence"
  }

  /// True when one of `answers` holds all of `source` unchanged, with something around it.
  ///
  /// The something is a label (`EN: …`, `Englisch: …`), a comment or another sentence. A
  /// translation shares names and numbers with its sentence, never the whole of an
  /// `isEchoCandidate` sentence.
  static func containsSource(_ source: String, in answers: [String]) -> Bool {
    let core = TranslationNormalizer.comparable(source).trimmingCharacters(
      in: .whitespaces.union(.punctuationCharacters))
    guard !core.isEmpty else { return false }
    return answers.contains { TranslationNormalizer.comparable($0).contains(core) }
  }

  /// The texts of `batch` in the form answers are compared in.
  static func comparableSet(_ batch: [String]) -> Set<String> {
    Set(batch.map(TranslationNormalizer.comparable))
  }

  /// Positions of the translations in `translations` that another one repeats (same text
  /// after `TranslationNormalizer.comparable`, of `minimumEchoWords` words or more): two
  /// sentences do not share one translation, so one of them was given the other's.
  public static func repeated(_ translations: [String]) -> Set<Int> {
    var positions: [String: [Int]] = [:]
    for (position, translation) in translations.enumerated()
    where words(in: translation).count >= minimumEchoWords {
      positions[TranslationNormalizer.comparable(translation), default: []].append(position)
    }
    return Set(positions.values.filter { $0.count > 1 }.joined())
  }

  /// True when `source` returned unchanged cannot be its translation: it has
  /// `minimumEchoWords` words, one of them not capitalised and no English stop word (so not a
  /// list of names, nor a caption such as "Angela Merkel in Berlin"), and it does not read as
  /// English already (an English quotation: more stop words found only in English than stop
  /// words found only in German).
  ///
  /// Words both languages use (`will`, `also`, `so`, `an`, `in`, `was`, `am`) are evidence for
  /// neither: "Die Regierung will neue Windräder bauen." is German.
  static func isEchoCandidate(_ source: String) -> Bool {
    let words = words(in: source)
    guard words.count >= minimumEchoWords,
      words.contains(where: {
        $0.first?.isLowercase == true && !EnglishStopWords.words.contains(String($0))
      })
    else { return false }
    let (german, english) = cues(
      in: words, german: germanOnlyStopWords, english: englishOnlyStopWords)
    return english <= german
  }

  /// The German function words that make an answer still German: the language detector's
  /// cues that are no English stop word.
  static let germanCues = GermanStopWords.detectorCues.subtracting(EnglishStopWords.words)
  /// The English function words that count against it: the detector's cues that are no
  /// German stop word (not `will`, "er will", nor `an`, "an der Grenze").
  static let englishCues = EnglishStopWords.detectorCues.subtracting(GermanStopWords.words)
  /// German stop words that are not English ones.
  static let germanOnlyStopWords = GermanStopWords.words.subtracting(EnglishStopWords.words)
  /// English stop words that are not German ones.
  static let englishOnlyStopWords = EnglishStopWords.words.subtracting(GermanStopWords.words)

  /// True when `text` reads as German: `minimumGermanCues` of `germanCues` (not
  /// counting a name particle between capitalised words, as in "Ursula von der Leyen") and
  /// fewer than one of `englishCues` per `germanCuesPerEnglishCue` of them.
  static func isStillGerman(_ text: String) -> Bool {
    let (german, english) = cues(
      in: words(in: text), german: germanCues, english: englishCues)
    return german >= minimumGermanCues && english * germanCuesPerEnglishCue < german
  }

  /// Lower-case words that join the parts of a name ("Ursula von der Leyen").
  static let nameParticles: Set<String> = ["von", "van", "der", "den", "de", "zu", "vom", "zur"]

  /// The words of `german` and of `english` among `words` (lower-cased); name particles
  /// between capitalised words count for neither.
  static func cues(
    in words: [Substring], german germanWords: Set<String>, english englishWords: Set<String>
  )
    -> (german: Int, english: Int)
  {
    var german = 0
    var english = 0
    for (index, word) in words.enumerated() where !isNameParticle(at: index, in: words) {
      let folded = word.lowercased()
      if germanWords.contains(folded) { german += 1 }
      if englishWords.contains(folded) { english += 1 }
    }
    return (german, english)
  }

  /// True when `words[index]` is in a run of one or two `nameParticles` with a capitalised
  /// word on either side.
  static func isNameParticle(at index: Int, in words: [Substring]) -> Bool {
    func particle(_ position: Int) -> Bool { nameParticles.contains(String(words[position])) }
    guard particle(index) else { return false }
    var start = index
    while start > 0, particle(start - 1) { start -= 1 }
    var end = index
    while end + 1 < words.count, particle(end + 1) { end += 1 }
    return start > 0 && end + 1 < words.count && end - start < 2
      && words[start - 1].first?.isUppercase == true && words[end + 1].first?.isUppercase == true
  }

  /// The runs of letters in `text`, in order.
  static func words(in text: String) -> [Substring] {
    text.split { !$0.isLetter }
  }
}

extension TranslationNormalizer {
  /// The form in which an answer is compared with a sentence: `normalize`d, lower-cased, every
  /// quotation mark as `"`.
  static func comparable(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    for scalar in normalize(text).lowercased().unicodeScalars {
      output.append(TranslationChecks.quoteMarks.contains(scalar) ? "\"" : scalar)
    }
    return String(output)
  }
}

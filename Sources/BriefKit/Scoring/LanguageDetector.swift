/// Guesses whether a text is German or English.
public enum LanguageDetector {
  /// How much of the text is examined, in UTF-8 bytes.
  static let sampleBytes = 4096
  /// English wins only with this many times the German evidence.
  static let englishMargin = 1.5
  /// English wins only with at least this many English cue words.
  static let minimumEnglishCues = 3
  /// A first look at this many bytes decides when one language is clearly ahead.
  static let quickSampleBytes = 1024
  /// The first look decides with at least this many cues for the leading language.
  static let decisiveCues = 12
  /// The first look also needs the leader to have this many times the other language's cues.
  static let decisiveRatio = 3

  /// German or English, by counting frequent function words of each language (German also
  /// by `ä ö ü ß`) in the first 4 KB; German when in doubt.
  ///
  /// The first KB is counted first, and decides alone when one language leads clearly there
  /// (most articles), which saves tokenizing the rest.
  public static func detect(_ text: String) -> Language {
    let quick = cues(in: sample(of: text, bytes: quickSampleBytes))
    if quick.german >= decisiveCues, quick.german >= decisiveRatio * quick.english {
      return .german
    }
    if quick.english >= decisiveCues, quick.english >= decisiveRatio * quick.german {
      return .english
    }
    let (german, english) = cues(in: sample(of: text))
    let englishWins =
      english >= minimumEnglishCues && Double(english) > englishMargin * Double(german)
    return englishWins ? .english : .german
  }

  /// The German and English cue counts of `text`.
  private static func cues(in text: String) -> (german: Int, english: Int) {
    var german = 0
    var english = 0
    for token in Tokenizer.tokens(in: text) {
      if GermanStopWords.detectorCues.contains(token.lowercased) { german += 1 }
      if EnglishStopWords.detectorCues.contains(token.lowercased) { english += 1 }
      if token.lowercased.unicodeScalars.contains(where: { "äöüß".unicodeScalars.contains($0) }) {
        german += 1
      }
    }
    return (german, english)
  }

  /// At most the first `bytes` (default `sampleBytes`) UTF-8 bytes of `text`, cut after the last
  /// whitespace when the text is longer, so that no word or scalar is split.
  static func sample(of text: String, bytes limit: Int = sampleBytes) -> String {
    guard text.utf8.count > limit else { return text }
    let scalars = text.unicodeScalars
    var bytes = 0
    var cut = scalars.startIndex
    for index in scalars.indices {
      let scalar = scalars[index]
      bytes += UTF8.width(scalar)
      if bytes > limit { break }
      if scalar.properties.isWhitespace { cut = index }
    }
    return String(scalars[..<cut])
  }
}

/// Guesses whether a text is German or English.
public enum LanguageDetector {
  /// How much of the text is examined, in UTF-8 bytes.
  static let sampleBytes = 4096
  /// English wins only with this many times the German evidence.
  static let englishMargin = 1.5
  /// English wins only with at least this many English cue words.
  static let minimumEnglishCues = 3

  /// German or English, by counting frequent function words of each language (German also
  /// by `ä ö ü ß`) in the first 4 KB; German when in doubt.
  public static func detect(_ text: String) -> Language {
    var german = 0
    var english = 0
    for token in Tokenizer.tokens(in: sample(of: text)) {
      if GermanStopWords.detectorCues.contains(token.lowercased) { german += 1 }
      if EnglishStopWords.detectorCues.contains(token.lowercased) { english += 1 }
      if token.lowercased.unicodeScalars.contains(where: { "äöüß".unicodeScalars.contains($0) }) {
        german += 1
      }
    }
    let englishWins =
      english >= minimumEnglishCues && Double(english) > englishMargin * Double(german)
    return englishWins ? .english : .german
  }

  /// At most the first `sampleBytes` UTF-8 bytes of `text`, cut after the last whitespace
  /// when the text is longer, so that no word or scalar is split.
  static func sample(of text: String) -> String {
    guard text.utf8.count > sampleBytes else { return text }
    let scalars = text.unicodeScalars
    var bytes = 0
    var cut = scalars.startIndex
    for index in scalars.indices {
      let scalar = scalars[index]
      bytes += UTF8.width(scalar)
      if bytes > sampleBytes { break }
      if scalar.properties.isWhitespace { cut = index }
    }
    return String(scalars[..<cut])
  }
}

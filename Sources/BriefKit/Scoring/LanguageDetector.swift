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
  /// (most articles), which saves tokenizing the rest. Both samples end at whitespace, so the
  /// words of the larger one are those of the smaller one and of the bytes after it.
  public static func detect(_ text: String) -> Language {
    var text = text
    return text.withUTF8 { bytes in
      let quickEnd = sampleEnd(of: bytes, limit: quickSampleBytes)
      let quick = cues(in: UnsafeBufferPointer(rebasing: bytes[..<quickEnd]))
      if quick.german >= decisiveCues, quick.german >= decisiveRatio * quick.english {
        return .german
      }
      if quick.english >= decisiveCues, quick.english >= decisiveRatio * quick.german {
        return .english
      }
      let end = max(quickEnd, sampleEnd(of: bytes, limit: sampleBytes))
      let rest = cues(in: UnsafeBufferPointer(rebasing: bytes[quickEnd..<end]))
      let german = quick.german + rest.german
      let english = quick.english + rest.english
      let englishWins =
        english >= minimumEnglishCues && Double(english) > englishMargin * Double(german)
      return englishWins ? .english : .german
    }
  }

  /// Bit of a cue word's value in `cueWords`: a German cue.
  private static let germanCue = 1
  /// Bit of a cue word's value in `cueWords`: an English cue.
  private static let englishCue = 2

  /// The cue words of both languages, each with its language bits.
  private static let cueWords: WordTable = {
    var table = WordTable(capacity: 128)
    let words = GermanStopWords.detectorCues.union(EnglishStopWords.detectorCues).sorted()
    for word in words {
      var value = 0
      if GermanStopWords.detectorCues.contains(word) { value |= germanCue }
      if EnglishStopWords.detectorCues.contains(word) { value |= englishCue }
      var bytes = Array(word.utf8)
      bytes.withUnsafeMutableBufferPointer { table.insert(UnsafeBufferPointer($0), value: value) }
    }
    return table
  }()

  /// The German and English cue counts of the valid UTF-8 `text`.
  private static func cues(in text: UnsafeBufferPointer<UInt8>) -> (german: Int, english: Int) {
    var german = 0
    var english = 0
    let table = cueWords
    Tokenizer.forEachWord(in: text) { word, _, _ in
      if let value = table.value(for: word) {
        if value & germanCue != 0 { german += 1 }
        if value & englishCue != 0 { english += 1 }
      }
      if hasGermanLetter(word) { german += 1 }
    }
    return (german, english)
  }

  /// Whether lower-cased UTF-8 `word` holds `ä`, `ö`, `ü` or `ß`.
  private static func hasGermanLetter(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < word.count {
      if word[index] == 0xC3 {
        switch word[index + 1] {
        case 0xA4, 0xB6, 0xBC, 0x9F: return true
        default: break
        }
      }
      index += 1
    }
    return false
  }

  /// At most the first `bytes` (default `sampleBytes`) UTF-8 bytes of `text`, cut after the last
  /// whitespace when the text is longer, so that no word or scalar is split.
  static func sample(of text: String, bytes limit: Int = sampleBytes) -> String {
    var text = text
    return text.withUTF8 { bytes in
      String(decoding: bytes[..<sampleEnd(of: bytes, limit: limit)], as: UTF8.self)
    }
  }

  /// The end of the sample of at most `limit` bytes of valid UTF-8 `bytes`: all of them when
  /// they fit, else the start of the last whitespace scalar that ends within the limit (0 when
  /// none does).
  static func sampleEnd(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    guard bytes.count > limit else { return bytes.count }
    var cut = 0
    var index = 0
    while index < bytes.count {
      let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
      if index + length > limit { break }
      if UTF8Decoding.isWhitespace(value) { cut = index }
      index += length
    }
    return cut
  }
}

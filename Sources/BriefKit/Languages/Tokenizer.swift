/// One word of a text: a run of letters or digits.
struct Token: Sendable, Equatable {
  /// The word lower-cased.
  var lowercased: String
  /// Whether the word as written starts with an upper-case letter.
  var isCapitalized: Bool
  /// Whether the word consists of letters only.
  var isAlphabetic: Bool
}

/// Splits text into words: maximal runs of Unicode letters or decimal digits, lower-cased.
///
/// Everything else (punctuation, Markdown `**`/`_`, spaces) separates words. Linear in the
/// text's length: one pass over its UTF-8 bytes, with scalar properties from
/// `WordScalarTable`.
enum Tokenizer {
  /// The words of `text` in order.
  static func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    forEachWord(in: text) { word, isCapitalized, isAlphabetic in
      tokens.append(
        Token(
          lowercased: String(decoding: word, as: UTF8.self), isCapitalized: isCapitalized,
          isAlphabetic: isAlphabetic))
    }
    return tokens
  }

  /// Calls `body` with each word of `text` in order, without a `String` per word.
  ///
  /// `body` gets the word's lower-cased UTF-8 bytes (valid only during the call), whether it
  /// starts with an upper-case letter and whether it has letters only: the same words as
  /// `tokens(in:)`.
  static func forEachWord(
    in text: String,
    _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isCapitalized: Bool, _ isAlphabetic: Bool)
      -> Void
  ) {
    var text = text
    text.withUTF8 { forEachWord(in: $0, body) }
  }

  /// Calls `body` with each word of the valid UTF-8 `bytes` in order, as
  /// `forEachWord(in:_:)` does for a `String`.
  static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>,
    _ body: (_ word: UnsafeBufferPointer<UInt8>, _ isCapitalized: Bool, _ isAlphabetic: Bool)
      -> Void
  ) {
    var word: [UInt8] = []
    word.reserveCapacity(64)
    var capitalized = false
    var alphabetic = true
    let table = WordScalarTable.shared
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        if (lead >= 0x61 && lead <= 0x7A) || (lead >= 0x30 && lead <= 0x39) {
          // A run of lower-case ASCII letters and digits goes over in one copy.
          var end = index + 1
          var hasDigit = lead <= 0x39
          while end < bytes.count {
            let byte = bytes[end]
            if byte >= 0x61 && byte <= 0x7A {
              end += 1
            } else if byte >= 0x30 && byte <= 0x39 {
              hasDigit = true
              end += 1
            } else {
              break
            }
          }
          if word.isEmpty {
            capitalized = false
            alphabetic = true
          }
          if hasDigit { alphabetic = false }
          word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
          index = end
          continue
        } else if lead >= 0x41 && lead <= 0x5A {
          if word.isEmpty {
            capitalized = true
            alphabetic = true
          }
          word.append(lead | 0x20)
        } else if !word.isEmpty {
          word.withUnsafeBufferPointer { body($0, capitalized, alphabetic) }
          word.removeAll(keepingCapacity: true)
        }
        index += 1
        continue
      }
      let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
      let entry = table.entry(value)
      if entry.isWordScalar {
        if word.isEmpty {
          capitalized = entry.isUppercase
          alphabetic = true
        }
        if !entry.isAlphabetic { alphabetic = false }
        if entry.lowercaseCount == 0, let scalar = Unicode.Scalar(value) {
          word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
          var packed = entry.lowercase
          for _ in 0..<entry.lowercaseCount {
            word.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
          }
        }
      } else if !word.isEmpty {
        word.withUnsafeBufferPointer { body($0, capitalized, alphabetic) }
        word.removeAll(keepingCapacity: true)
      }
      index += length
    }
    if !word.isEmpty { word.withUnsafeBufferPointer { body($0, capitalized, alphabetic) } }
  }
}

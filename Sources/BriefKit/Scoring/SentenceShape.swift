/// A surface shape of a sentence that tells how it is used: direct quotes.
///
/// It works on Unicode scalars with an ASCII fast path (letters from `WordScalarTable`): it
/// runs on every sentence.
enum SentenceShape {
  /// Whether `scalar` is a quotation mark; each one toggles between outside and inside a quote
  /// (German `„…“`, `»…«`, English `“…”` and straight `"…"` all pair up).
  static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: true
    default: false
    }
  }

  /// Share of the letters of `text` that are inside quotation marks, in [0, 1]; 0 when it has no
  /// letters.
  static func quoteShare(of text: String) -> Double {
    var text = text
    return text.withUTF8 { bytes in
      let table = WordScalarTable.shared
      var inside = false
      var quoted = 0
      var letters = 0
      var index = 0
      while index < bytes.count {
        let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
        index += length
        let isLetter: Bool
        if value < 0x80 {
          let v = value | 0x20
          isLetter = v >= 0x61 && v <= 0x7A
        } else {
          isLetter = table.entry(value).isAlphabetic
        }
        if isLetter {
          letters += 1
          if inside { quoted += 1 }
        } else if let scalar = Unicode.Scalar(value), isQuotationMark(scalar) {
          inside.toggle()
        }
      }
      return letters > 0 ? Double(quoted) / Double(letters) : 0
    }
  }
}

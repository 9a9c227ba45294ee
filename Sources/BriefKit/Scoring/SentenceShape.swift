/// Surface shapes of a sentence that tell how it is used: direct quotes and datelines.
///
/// Both work on Unicode scalars with an ASCII fast path (letters from `WordScalarTable`): they
/// run on every sentence.
enum SentenceShape {
  /// A dateline's place takes at most this many scalars before its dash.
  static let maxDatelineLength = 40

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

  /// Whether `text` opens with a dateline: a place of capitalised words, at most
  /// `maxDatelineLength` scalars without sentence punctuation, then a spaced dash
  /// (`Wien – Die Regierung …`, `Kiew/Moskau – …`).
  static func opensWithDateline(_ text: String) -> Bool {
    var length = 0
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if previous == " " || previous == "/", scalar != " ",
        scalar.properties.isLowercase || (length == 0 && !scalar.properties.isUppercase)
      {
        return false
      }
      switch scalar.value {
      case 0x2D, 0x2013,
        0x2014 where previous == " ":
        return length > 2
      case 0x21, 0x22, 0x2E, 0x3A, 0x3B, 0x3F, 0x201C, 0x201E:
        return false
      default:
        break
      }
      length += 1
      if length > maxDatelineLength { return false }
      previous = scalar
    }
    return false
  }
}

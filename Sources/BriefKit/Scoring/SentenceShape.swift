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

  /// Share of the letters of `text` that are inside quotation marks, in [0, 1].
  ///
  /// 0 when it has no letters. A sentence that goes on with a quote (`continuesQuote`, which
  /// the caller may pass when it has it already) starts inside it.
  static func quoteShare(of text: String, startsInside: Bool? = nil) -> Double {
    let startsInside = startsInside ?? continuesQuote(text)
    var text = text
    return text.withUTF8 { bytes in
      let table = WordScalarTable.shared
      var inside = startsInside
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

  /// How a sentence stands to a quote that spans more than one sentence.
  struct QuoteEdges: Equatable {
    /// It goes on with a quote opened before it (`Er ist ein sehr guter Typ“, sagt er.`).
    var continuesQuote = false
    /// It opens a quote that it does not close, which goes on after it (`„Wir kennen uns
    /// gut.`).
    var opensQuote = false
    /// It goes on with a quote and ends with it, no reporting clause after the closing mark
    /// (`Also keine Bewertungen, nur Danke.“`): the rest of a quote and nothing else.
    var isQuoteTail = false
  }

  /// Whether `text` goes on with a quote opened before it (see `quoteEdges`).
  static func continuesQuote(_ text: String) -> Bool {
    quoteEdges(of: text).continuesQuote
  }

  /// Whether `text` goes on with a quote opened before it (and is only its tail), or opens one
  /// that goes on after it.
  ///
  /// Both need an odd number of quotation marks. It goes on with a quote when the first one
  /// closes (after a word or a full stop, before a space or the end: `Das Angebot ist
  /// unzureichend."`, `… unzureichend“, sagte sie.`; `„` never closes); else the last one opens
  /// a quote left open (`„Wir kennen uns gut.`, `Er sagte: "Das Angebot ist unzureichend.`).
  static func quoteEdges(of text: String) -> QuoteEdges {
    // Every quotation mark is `"` or starts with the byte 0xC2 or 0xE2 in UTF-8.
    var bytes = text
    let mayHoldMarks = bytes.withUTF8 { buffer in
      buffer.contains { $0 == 0x22 || $0 == 0xC2 || $0 == 0xE2 }
    }
    guard mayHoldMarks else { return QuoteEdges() }
    var marks = 0
    // nil until the first mark is judged; then whether it closes.
    var firstCloses: Bool?
    var previous: Unicode.Scalar?
    var firstMayClose = false
    var wordAfterFirst = false
    for scalar in text.unicodeScalars {
      if marks > 0, !wordAfterFirst, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      {
        wordAfterFirst = true
      }
      if marks == 1, firstCloses == nil {
        firstCloses =
          firstMayClose
          && (scalar.properties.isWhitespace || ",;.:!?)".unicodeScalars.contains(scalar))
      }
      if isQuotationMark(scalar) {
        if marks == 0 {
          firstMayClose =
            scalar.value != 0x201E && previous.map { !$0.properties.isWhitespace } ?? false
        }
        marks += 1
      }
      previous = scalar
    }
    guard marks % 2 == 1 else { return QuoteEdges() }
    let continues = firstCloses ?? firstMayClose
    return QuoteEdges(
      continuesQuote: continues, opensQuote: !continues,
      isQuoteTail: continues && marks == 1 && !wordAfterFirst)
  }

  /// Whether `text` ends in anything but a full stop, `!` or `…` (spaces, closing quotation
  /// marks and brackets aside): it introduces what follows (`So schützen Sie sich:`), asks
  /// (`Hat Sie das überrascht?`) or is a row or item, not a sentence (`Dax 23.108,45 +1,80 %`).
  static func isOpenEnded(_ text: String) -> Bool {
    let last = text.unicodeScalars.reversed().first {
      !$0.properties.isWhitespace && !isQuotationMark($0) && !")]’".unicodeScalars.contains($0)
    }
    return last.map { !".!…".unicodeScalars.contains($0) } ?? true
  }
}

/// Where the residue of an embedded tweet (`BoilerplateRecognizer+Tweets.swift`) ends the
/// pieces around it, in running text that holds it flattened: the tweet's text and links are
/// one piece, the sentences before and after it others.
extension SentenceSplitter {
  /// The most bytes before a tweet's first link searched for the end of the sentence before
  /// the tweet's text: a tweet holds at most 280 characters.
  static let maximumTweetTextBytes = 600

  /// Ends the pieces around the tweet whose link is `link`, in the piece from `pieceStart`;
  /// returns where the search for sentence ends goes on (after the tweet's tail).
  ///
  /// When a sentence starts after the tail (or the block ends there), the tweet closes: its
  /// piece ends with the tail, and starts after the last sentence end before its text when
  /// that text opens in lower case (`… zeigt. apples 2015 lineup is looking great
  /// pic.twitter.com/302S7jstSp`), where no boundary was found.
  func splitTweet(
    at link: Range<Int>, pieceStart start: inout Int, end: Int, into pieces: inout [Range<Int>]
  ) -> Int {
    let tail = recognizer.tweetTailEnd(from: link.upperBound, end: end)
    var next = tail
    while next < end, UTF8Scan.whitespaceLength(bytes, next) > 0 {
      next += UTF8Scan.whitespaceLength(bytes, next)
    }
    let closes =
      next == end
      || next > tail && !startsContinuation(next)
        && opensSentence(wordStart(from: next, end: end), end: end, strict: false)
    guard closes else { return tail }
    if let textStart = tweetTextStart(before: link.lowerBound, pieceStart: start) {
      appendTrimmed(start..<textStart, to: &pieces)
      start = textStart
    }
    if next < end {
      appendTrimmed(start..<tail, to: &pieces)
      start = tail
    }
    return tail
  }

  /// The end of the last sentence in the piece from `pieceStart` before a tweet's text that
  /// runs up to `linkStart`, when that text is not empty; else nil.
  ///
  /// A sentence end is final punctuation after a word (not an abbreviation, initial or
  /// ordinal), then closing marks and whitespace.
  private func tweetTextStart(before linkStart: Int, pieceStart: Int) -> Int? {
    let limit = max(pieceStart, linkStart - Self.maximumTweetTextBytes)
    var index = linkStart
    var sawText = false
    while index > limit {
      index -= 1
      let byte = bytes[index]
      if UTF8Scan.isLetter(bytes, index) || UTF8Scan.isDigit(bytes, index) { sawText = true }
      guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { continue }
      var runStart = index
      while runStart > pieceStart,
        bytes[runStart - 1] == 0x2E || bytes[runStart - 1] == 0x21 || bytes[runStart - 1] == 0x3F
      {
        runStart -= 1
      }
      guard let run = terminator(at: runStart, end: linkStart), run.boundary < linkStart,
        UTF8Scan.whitespaceLength(bytes, run.boundary) > 0
      else {
        index = runStart
        continue
      }
      guard sawText else { return nil }
      let isSentenceEnd =
        run.isStrong || tokenKind(before: run.start, pieceStart: pieceStart) == .word
      return isSentenceEnd ? run.boundary : nil
    }
    return nil
  }

  /// The end of the hashtags at `index` that open a piece before a capitalised sentence, a
  /// tweet's tags left behind by its text (`#Greece #vouli Der Ausgang des Referendums …`), or
  /// nil.
  func leadingHashtagsEnd(at index: Int, end: Int) -> Int? {
    var cursor = index
    var tagsEnd: Int?
    while cursor < end, let tagEnd = recognizer.hashtagEnd(at: cursor, end: end) {
      tagsEnd = tagEnd
      cursor = tagEnd
      while cursor < end, UTF8Scan.whitespaceLength(bytes, cursor) > 0 {
        cursor += UTF8Scan.whitespaceLength(bytes, cursor)
      }
    }
    guard let tagsEnd, cursor > tagsEnd, opensCapitalised(after: tagsEnd, end: end) else {
      return nil
    }
    return tagsEnd
  }
}

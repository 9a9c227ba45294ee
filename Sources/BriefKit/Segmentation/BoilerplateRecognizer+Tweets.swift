/// The residue of an embedded tweet, as web extraction leaves it: the tweet's text, then its
/// links (`https://t.co/QH1bJFIB6F`, `pic.twitter.com/ZNXgs0HgKt`, a status address), hashtags
/// after them (`#W7X`), a signature (`-H`) and the embed's attribution (`— IPP
/// (@IPP_Garching) December 10, 2015`); often flattened into the running text around it.
///
/// A piece that ends in such a tail is furniture (`isTweetResidue`), and the splitter ends a
/// piece after the tail when a sentence starts there (`tweetTailEnd`). Every scan is bounded
/// by `maximumTokenLength` or `maximumTweetTailBytes`, so the work per link is constant.
extension BoilerplateRecognizer {
  /// Hosts whose links mark a tweet wherever they go (after an optional `http://` or
  /// `https://`): the picture and link shorteners.
  static let tweetLinkStarts = [Array("pic.twitter.com/".utf8), Array("t.co/".utf8)]
  /// Hosts whose links mark a tweet when they hold `tweetStatusPath`
  /// (`twitter.com/IPP_Garching/status/674925463528529920`).
  static let tweetStatusHosts = [
    Array("twitter.com/".utf8), Array("www.twitter.com/".utf8), Array("mobile.twitter.com/".utf8),
    Array("x.com/".utf8),
  ]
  /// The path of a single tweet.
  static let tweetStatusPath = Array("/status/".utf8)
  /// The schemes a link may start with.
  static let webSchemes = [Array("https://".utf8), Array("http://".utf8)]
  /// The longest tail after a tweet's first link (links, hashtags, signature, attribution).
  static let maximumTweetTailBytes = 240
  /// The most bytes of the name in an attribution before `(@handle)`.
  static let maximumAttributionNameBytes = 80
  /// The dashes that open an attribution: em dash, en dash, hyphen.
  static let attributionDashes = [Array("\u{2014}".utf8), Array("\u{2013}".utf8), [0x2D]]

  /// The end of the tweet link that the token starting at `start` is, or nil.
  func tweetLinkEnd(startingAt start: Int, end: Int) -> Int? {
    var host = start
    for scheme in Self.webSchemes where hasPrefix(scheme, at: host, end: end) {
      host += scheme.count
      break
    }
    let tokenEnd = self.tokenEnd(from: host, end: end)
    // A shortened link has a path: `t.co/QH1bJFIB6F`, not `t.co/`.
    if Self.tweetLinkStarts.contains(where: {
      hasPrefix($0, at: host, end: tokenEnd) && tokenEnd > host + $0.count
    }) {
      return tokenEnd
    }
    guard Self.tweetStatusHosts.contains(where: { hasPrefix($0, at: host, end: tokenEnd) }),
      bytes[host..<tokenEnd].firstRange(of: Self.tweetStatusPath) != nil
    else { return nil }
    return tokenEnd
  }

  /// Whether the byte at `period` may be the first period of a tweet link: a `.` between `t`,
  /// `x`, `c` or `r` and `c` or `t` (`t.co/`, `x.com/`, `pic.twitter`, `twitter.com/`).
  ///
  /// The splitter asks at every candidate for a sentence end, before `tweetLink`.
  @inline(__always)
  func mayBeInTweetLink(period: Int, end: Int) -> Bool {
    guard bytes[period] == 0x2E, period > 0, period + 2 < end else { return false }
    let before = bytes[period - 1]
    let after = bytes[period + 1]
    return (after == 0x63 || after == 0x74)
      && (before == 0x74 || before == 0x78 || before == 0x63 || before == 0x72)
  }

  /// The tweet link around the `.` at `period` (`t.co`, `pic.twitter.com`, `twitter.com`,
  /// `x.com`), when the token holding it starts at `pieceStart` or after whitespace; else nil.
  func tweetLink(aroundPeriod period: Int, pieceStart: Int, end: Int) -> Range<Int>? {
    guard period > pieceStart, mayBeInTweetLink(period: period, end: end) else { return nil }
    var start = period
    while start > pieceStart, period - start < 32, UTF8Scan.whitespaceLength(bytes, start - 1) == 0
    {
      start -= 1
    }
    guard start == pieceStart || UTF8Scan.whitespaceLength(bytes, start - 1) > 0,
      let linkEnd = tweetLinkEnd(startingAt: start, end: end)
    else { return nil }
    return start..<linkEnd
  }

  /// The end of a tweet's tail that follows its link ending at `linkEnd`: further links,
  /// hashtags, a signature (`-H`, `^JS`) and the attribution, each after whitespace; `linkEnd`
  /// when none follows.
  func tweetTailEnd(from linkEnd: Int, end: Int) -> Int {
    var tail = linkEnd
    let limit = min(end, linkEnd + Self.maximumTweetTailBytes)
    while tail < limit {
      var next = tail
      while next < limit, UTF8Scan.whitespaceLength(bytes, next) > 0 {
        next += UTF8Scan.whitespaceLength(bytes, next)
      }
      guard next > tail, next < limit else { break }
      if let attributionEnd = attributionEnd(at: next, end: end) { return attributionEnd }
      if let linkEnd = tweetLinkEnd(startingAt: next, end: end) {
        tail = linkEnd
      } else if let tagEnd = hashtagEnd(at: next, end: end) {
        tail = tagEnd
      } else if isSignature(at: next, end: end) {
        tail = tokenEnd(from: next, end: end)
      } else {
        break
      }
    }
    return tail
  }

  /// Whether `range` ends in a tweet's link and tail (`… gegangen https://t.co/QH1bJFIB6F (js)
  /// #W7X pic.twitter.com/ZNXgs0HgKt`), or is an embed's attribution or hashtags alone.
  ///
  /// The last byte is tested first: links, hashtags, signatures and years end in an ASCII
  /// letter, digit or `_`; a sentence ends in punctuation.
  @inline(__always)
  func isTweetResidue(_ range: Range<Int>) -> Bool {
    let last = bytes[range.upperBound - 1]
    guard (0x61...0x7A).contains(last | 0x20) || (0x30...0x39).contains(last) || last == 0x5F
    else { return false }
    return endsInTweetTail(range)
  }

  /// `isTweetResidue` past its test of the last byte.
  private func endsInTweetTail(_ range: Range<Int>) -> Bool {
    if attributionEnd(at: range.lowerBound, end: range.upperBound) == range.upperBound
      || isHashtags(range)
    {
      return true
    }
    // The tweet's first link is among the last few tokens.
    var tokenStart = range.upperBound
    while tokenStart > range.lowerBound,
      range.upperBound - tokenStart <= Self.maximumTweetTailBytes
    {
      tokenStart -= 1
      guard tokenStart == range.lowerBound || UTF8Scan.whitespaceLength(bytes, tokenStart - 1) > 0
      else { continue }
      if let linkEnd = tweetLinkEnd(startingAt: tokenStart, end: range.upperBound),
        tweetTailEnd(from: linkEnd, end: range.upperBound) == range.upperBound
      {
        return true
      }
    }
    return false
  }

  /// The end of an embed's attribution starting at `start`: a dash, a name, `(@handle)` and
  /// perhaps a date ending in a year (`— IPP (@IPP_Garching) December 10, 2015`, `—
  /// Regierungssprecher (@RegSprecher) 10. Dezember 2015`); nil when there is none.
  func attributionEnd(at start: Int, end: Int) -> Int? {
    guard start < end, bytes[start] == 0xE2 || bytes[start] == 0x2D,
      let dash = Self.attributionDashes.first(where: { hasPrefix($0, at: start, end: end) })
    else { return nil }
    var cursor = start + dash.count
    guard cursor < end, UTF8Scan.whitespaceLength(bytes, cursor) > 0 else { return nil }
    // The name: no final punctuation before `(@`.
    let limit = min(end, cursor + Self.maximumAttributionNameBytes)
    while cursor + 1 < limit, !(bytes[cursor] == 0x28 && bytes[cursor + 1] == 0x40) {
      switch bytes[cursor] {
      case 0x2E, 0x21, 0x3F, 0x0A, 0x28, 0x29: return nil
      default: cursor += 1
      }
    }
    guard cursor + 1 < limit else { return nil }
    cursor += 2
    let handleStart = cursor
    while cursor < end, cursor - handleStart <= 15,
      UTF8Scan.isLetter(bytes, cursor) || UTF8Scan.isDigit(bytes, cursor) || bytes[cursor] == 0x5F
    {
      cursor += 1
    }
    guard cursor > handleStart, cursor < end, bytes[cursor] == 0x29 else { return nil }
    let handleEnd = cursor + 1
    // The date: up to four tokens, the last a year.
    var tokenStart = handleEnd
    for _ in 0..<4 {
      while tokenStart < end, UTF8Scan.whitespaceLength(bytes, tokenStart) > 0 {
        tokenStart += UTF8Scan.whitespaceLength(bytes, tokenStart)
      }
      let tokenEnd = self.tokenEnd(from: tokenStart, end: end)
      guard tokenEnd > tokenStart else { break }
      if tokenEnd - tokenStart == 4,
        (tokenStart..<tokenEnd).allSatisfy({ UTF8Scan.isDigit(bytes, $0) })
      {
        return tokenEnd
      }
      tokenStart = tokenEnd
    }
    return handleEnd
  }

  /// The end of the hashtag at `index` (`#` and a letter, digit or `_`, up to whitespace), or
  /// nil.
  func hashtagEnd(at index: Int, end: Int) -> Int? {
    guard index + 1 < end, bytes[index] == 0x23,
      UTF8Scan.isLetter(bytes, index + 1) || UTF8Scan.isDigit(bytes, index + 1)
        || bytes[index + 1] == 0x5F
    else { return nil }
    return tokenEnd(from: index, end: end)
  }

  /// Whether `range` is hashtags and nothing else (`#Greece #vouli`).
  private func isHashtags(_ range: Range<Int>) -> Bool {
    var cursor = range.lowerBound
    while let tagEnd = hashtagEnd(at: cursor, end: range.upperBound) {
      cursor = tagEnd
      while cursor < range.upperBound, UTF8Scan.whitespaceLength(bytes, cursor) > 0 {
        cursor += UTF8Scan.whitespaceLength(bytes, cursor)
      }
      if cursor == range.upperBound { return true }
    }
    return false
  }

  /// `-` or `^` and one to three letters alone: a tweet's signature (`-H`).
  private func isSignature(at index: Int, end: Int) -> Bool {
    guard bytes[index] == 0x2D || bytes[index] == 0x5E else { return false }
    let lettersEnd = UTF8Scan.letterRunEnd(bytes, from: index + 1, limit: 4)
    return (1...3).contains(lettersEnd - index - 1) && tokenEnd(from: index, end: end) == lettersEnd
  }

  /// The first whitespace at or after `index` (at most `2 × maximumTokenLength` bytes on), or
  /// `end`.
  private func tokenEnd(from index: Int, end: Int) -> Int {
    var cursor = index
    let limit = min(end, index + 2 * configuration.maximumTokenLength)
    while cursor < limit, UTF8Scan.whitespaceLength(bytes, cursor) == 0 { cursor += 1 }
    return cursor
  }

  /// Whether the bytes at `index` (before `end`) start with `prefix`.
  private func hasPrefix(_ prefix: [UInt8], at index: Int, end: Int) -> Bool {
    index + prefix.count <= end && bytes[index..<index + prefix.count].elementsEqual(prefix)
  }
}

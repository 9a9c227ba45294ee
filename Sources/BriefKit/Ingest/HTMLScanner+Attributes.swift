/// Attributes of `<meta>`, `<time>` and `<link>` tags, read for the publication date and the
/// page's address.
extension HTMLScanner {
  /// `<meta>` names and properties that carry the publication date (lower case).
  static let dateMetaNames: Set<String> = [
    "article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "og:published_time",
    "publication_date", "sailthru.date", "parsely-pub-date",
  ]

  /// The date a `<meta>` or `<time>` tag states, when it is ISO 8601 (a date-time's date
  /// part is enough when the whole does not parse).
  static func publicationDate(tag: String, attributes: [String: String]) -> String? {
    let candidate: String?
    if tag == "time" {
      candidate = attributes["datetime"]
    } else {
      let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?
        .lowercased()
      candidate = key.flatMap { dateMetaNames.contains($0) ? attributes["content"] : nil }
    }
    guard let value = candidate.map(HTMLTextExtractor.cleaned), !value.isEmpty else {
      return nil
    }
    if ISO8601Date.isValid(value) { return value }
    let day = String(value.prefix(10))
    return ISO8601Date.isValid(day) && day.count == 10 ? day : nil
  }

  /// The absolute `http`/`https` address a `<link rel="canonical">` or `<meta
  /// property="og:url">` gives, and whether it is the canonical link.
  static func pageURL(tag: String, attributes: [String: String]) -> (
    url: String, isCanonical: Bool
  )? {
    let candidate: String?
    let isCanonical = tag == "link"
    if isCanonical {
      let relations = attributes["rel"]?.lowercased().split(whereSeparator: \.isWhitespace)
      candidate = relations?.contains("canonical") == true ? attributes["href"] : nil
    } else {
      let key = (attributes["property"] ?? attributes["name"])?.lowercased()
      candidate = key == "og:url" ? attributes["content"] : nil
    }
    guard let value = candidate.map(HTMLTextExtractor.cleaned), !value.contains(" ") else {
      return nil
    }
    let lowered = value.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), value.count > 8 else {
      return nil
    }
    return (value, isCanonical)
  }

  /// The attributes of a tag (the bytes between its name and `>`), names lower-cased,
  /// values with character references decoded; the first of repeated names wins.
  static func attributes(in bytes: ArraySlice<UInt8>) -> [String: String] {
    var attributes: [String: String] = [:]
    var position = bytes.startIndex
    while position < bytes.endIndex {
      while position < bytes.endIndex
        && (isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/"))
      {
        position += 1
      }
      let nameStart = position
      while position < bytes.endIndex && !isSpace(bytes[position])
        && bytes[position] != UInt8(ascii: "=") && bytes[position] != UInt8(ascii: "/")
      {
        position += 1
      }
      guard position > nameStart else { break }
      let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
      while position < bytes.endIndex && isSpace(bytes[position]) { position += 1 }
      var value = ""
      if position < bytes.endIndex && bytes[position] == UInt8(ascii: "=") {
        position += 1
        while position < bytes.endIndex && isSpace(bytes[position]) { position += 1 }
        let quote = position < bytes.endIndex ? bytes[position] : 0
        let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        if quoted { position += 1 }
        let valueStart = position
        while position < bytes.endIndex
          && (quoted ? bytes[position] != quote : !isSpace(bytes[position]))
        {
          position += 1
        }
        value = String(decoding: decoded(bytes[valueStart..<position]), as: UTF8.self)
        if quoted && position < bytes.endIndex { position += 1 }
      }
      if attributes[name] == nil { attributes[name] = value }
    }
    return attributes
  }
}

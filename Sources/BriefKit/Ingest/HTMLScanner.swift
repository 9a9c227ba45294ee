/// The state machine behind `HTMLTextExtractor`: one pass over the bytes, appending text to
/// `output` and collecting the first `<h1>` and the `<title>`.
struct HTMLScanner {
  let bytes: [UInt8]
  var index = 0
  /// The extracted text as UTF-8.
  var output: [UInt8] = []
  /// The first `<h1>`'s text, once it has started.
  var heading: [UInt8]?
  /// The `<title>`'s text.
  var title: [UInt8]?
  /// The publication date from `<meta>` or the first `<time datetime>`, as given.
  var date: String?
  /// The page's address: `<link rel="canonical">`, else `<meta property="og:url">`.
  var url: String?
  /// Whether `url` is the canonical link (an `og:url` gives way to it).
  private var urlIsCanonical = false
  /// Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line).
  private var pendingBreaks = 0
  private var pendingSpace = false
  private var preDepth = 0
  private var inHeading = false
  /// Whether a list item's marker (`- `) is owed before the next text.
  private var pendingBullet = false

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Scans the whole input.
  mutating func run() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        scanMarkup()
      } else if byte == UInt8(ascii: "&") {
        let (scalarBytes, next) = Self.entity(in: bytes, at: index)
        for scalarByte in scalarBytes { emit(scalarByte) }
        index = next
      } else if Self.isSpace(byte) {
        emit(byte)
        index += 1
      } else {
        emitRun()
      }
    }
  }

  /// Appends the run of plain text bytes (no markup, reference or whitespace) at `index`.
  private mutating func emitRun() {
    var end = index + 1
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || Self.isSpace(byte) { break }
      end += 1
    }
    emit(bytes[index])
    output.append(contentsOf: bytes[(index + 1)..<end])
    if inHeading { heading?.append(contentsOf: bytes[(index + 1)..<end]) }
    index = end
  }

  /// Appends one byte of text, collapsing whitespace and paying owed line breaks.
  private mutating func emit(_ byte: UInt8) {
    if Self.isSpace(byte) && preDepth == 0 {
      pendingSpace = true
      if inHeading { heading?.append(0x20) }
      return
    }
    if !output.isEmpty {
      if pendingBreaks > 0 {
        output.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
      } else if pendingSpace {
        output.append(0x20)
      }
    }
    pendingBreaks = 0
    pendingSpace = false
    if pendingBullet {
      // A list item on a line of its own, as Markdown writes it: the segmenter reads each
      // item, and the line that introduces the list, as a segment of its own.
      output.append(contentsOf: [0x2D, 0x20])
      pendingBullet = false
    }
    output.append(byte)
    if inHeading { heading?.append(byte) }
  }

  private mutating func requestBreaks(_ count: Int) {
    pendingBreaks = max(pendingBreaks, count)
  }

  /// At `<`: a comment, declaration, tag, or a literal `<`.
  private mutating func scanMarkup() {
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
      let isComment = bytes[index...].starts(with: Array("<!--".utf8))
      let terminator = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
      index =
        Self.find(terminator, in: bytes, from: index + 2).map { $0 + terminator.count }
        ?? bytes.count
      return
    }
    let isEnd = next == UInt8(ascii: "/")
    let nameStart = index + (isEnd ? 2 : 1)
    guard nameStart < bytes.count, Self.isLetter(bytes[nameStart]),
      let tagEnd = Self.tagEnd(in: bytes, from: nameStart)
    else {
      emit(bytes[index])
      index += 1
      return
    }
    var nameEnd = nameStart
    while nameEnd < tagEnd && Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
    let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
    let selfClosing = tagEnd > nameStart && bytes[tagEnd - 1] == UInt8(ascii: "/")
    let wantsDate = date == nil && (name == "meta" || name == "time")
    let wantsURL = !urlIsCanonical && (name == "link" || name == "meta")
    if !isEnd && (wantsDate || wantsURL) {
      let attributes = Self.attributes(in: bytes[nameEnd..<tagEnd])
      if wantsDate { date = Self.publicationDate(tag: name, attributes: attributes) }
      if wantsURL, let found = Self.pageURL(tag: name, attributes: attributes),
        found.isCanonical || url == nil
      {
        url = found.url
        urlIsCanonical = found.isCanonical
      }
    }
    index = tagEnd + 1
    if !isEnd && !selfClosing && Self.isFurniture(name, attributes: bytes[nameEnd..<tagEnd]) {
      index = endOfNestedElement(name) ?? bytes.count
      if HTMLTextExtractor.paragraphElements.contains(name)
        || HTMLTextExtractor.lineElements.contains(name)
      {
        requestBreaks(1)
      } else {
        pendingSpace = true
      }
      return
    }
    handleTag(name, isEnd: isEnd, selfClosing: selfClosing)
  }

  /// Whether the element `name` with the attribute bytes `attributes` is page furniture by a
  /// word of its `class` or `id` (`HTMLTextExtractor.furnitureClassWords`).
  private static func isFurniture(_ name: String, attributes: ArraySlice<UInt8>) -> Bool {
    guard !HTMLTextExtractor.keptElements.contains(name), attributes.count > 4 else {
      return false
    }
    let parsed = Self.attributes(in: attributes)
    for key in ["class", "id"] {
      guard let value = parsed[key]?.lowercased() else { continue }
      let words = value.split { !($0.isLetter || $0.isNumber) }
      if words.contains(where: { HTMLTextExtractor.furnitureClassWords.contains(String($0)) }) {
        return true
      }
    }
    return false
  }

  /// The index just past the end tag that closes the element `name` opened just before
  /// `index`, counting elements of the same name nested inside; nil when it is never closed.
  private func endOfNestedElement(_ name: String) -> Int? {
    let opening = Array("<\(name)".utf8)
    let closing = Array("</\(name)".utf8)
    var depth = 1
    var cursor = index
    while let open = Self.find([UInt8(ascii: "<")], in: bytes, from: cursor) {
      let isClose = Self.matches(closing, in: bytes, at: open)
      let isOpen = !isClose && Self.matches(opening, in: bytes, at: open)
      let nameEnd = open + (isClose ? closing.count : opening.count)
      guard isClose || isOpen, nameEnd < bytes.count, !Self.isNameByte(bytes[nameEnd]) else {
        cursor = open + 1
        continue
      }
      guard let tagEnd = Self.tagEnd(in: bytes, from: nameEnd) else { return nil }
      let selfClosing = bytes[tagEnd - 1] == UInt8(ascii: "/")
      depth += isClose ? -1 : (selfClosing ? 0 : 1)
      if depth == 0 { return tagEnd + 1 }
      cursor = tagEnd + 1
    }
    return nil
  }

  private mutating func handleTag(_ name: String, isEnd: Bool, selfClosing: Bool) {
    if !isEnd && !selfClosing {
      if HTMLTextExtractor.droppedElements.contains(name) {
        index = endOfElement(name) ?? bytes.count
        return
      }
      if name == "title" {
        let closing = Array("</title".utf8)
        let end = Self.find(closing, in: bytes, from: index, caseInsensitive: true)
        if title == nil { title = Self.decoded(bytes[index..<(end ?? bytes.count)]) }
        index = end.flatMap { Self.tagEnd(in: bytes, from: $0 + 2) }.map { $0 + 1 } ?? bytes.count
        return
      }
    }
    switch name {
    case "h1" where !isEnd && heading == nil:
      heading = []
      inHeading = true
    case "h1" where isEnd:
      inHeading = false
    case "pre":
      preDepth = max(0, preDepth + (isEnd ? -1 : 1))
    case "br":
      pendingBreaks = min(2, pendingBreaks + 1)
      return
    default: break
    }
    if HTMLTextExtractor.paragraphElements.contains(name) {
      requestBreaks(2)
    } else if HTMLTextExtractor.lineElements.contains(name) {
      requestBreaks(1)
      if name == "li" { pendingBullet = !isEnd && preDepth == 0 }
    } else if HTMLTextExtractor.spacingElements.contains(name) {
      pendingSpace = true
    }
  }

  /// The index just past the end tag of a dropped element, or nil when it is never closed.
  private func endOfElement(_ name: String) -> Int? {
    let closing = Array("</\(name)".utf8)
    guard let close = Self.find(closing, in: bytes, from: index, caseInsensitive: true) else {
      return nil
    }
    return Self.tagEnd(in: bytes, from: close + 2).map { $0 + 1 } ?? bytes.count
  }
}

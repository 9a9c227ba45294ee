import Foundation

/// Reads one JSONL line into an article; errors carry the short reason shown to the user.
enum JSONLineReader {
  /// A JSONL line that cannot be used, with a short lowercase reason.
  struct Failure: Error, Equatable {
    var reason: String
  }

  /// The article of one line, with what the user should know about it: a line that is not
  /// valid UTF-8 is read as Windows-1252, and a `date` that is no calendar date is left out
  /// (the article is then dated as without one), each with a warning.
  ///
  /// `form` is how far the text is normalised (`.lossless` for `brief split`).
  static func article(
    from line: [UInt8], source: String, form: TextNormalizer.Form = .full
  ) throws(Failure)
    -> (article: Article, warnings: [IngestWarning])
  {
    var bytes = line.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(line.dropFirst(3)) : line
    var warnings: [IngestWarning] = []
    if String(validating: bytes, as: UTF8.self) == nil {
      bytes = Array(bytes.withUnsafeBufferPointer(Windows1252.decode).utf8)
      warnings.append(.decodedAsWindows1252)
    }
    guard bytes.contains(where: { !HTMLScanner.isSpace($0) }) else {
      throw Failure(reason: "empty line")
    }
    let document: JSONLineDocument
    if let fields = JSONLineValue.flatObject(bytes) {
      document = .object(fields)
    } else {
      do {
        document = try JSONDecoder().decode(JSONLineDocument.self, from: Data(bytes))
      } catch {
        throw Failure(reason: "invalid JSON")
      }
    }
    guard case .object(let fields) = document else { throw Failure(reason: "not a JSON object") }

    let id = try identifier(fields["id"])
    guard case .string(let rawText)? = fields["text"] else {
      let missing = fields["text"] == nil
      throw Failure(reason: missing ? #"missing "text""# : #""text" must be a string"#)
    }
    // The rule for files (`TextDecoder`): a few control characters are removed by the
    // normaliser, more than a few make the text binary.
    let binaryOffset = Array(rawText.utf8).withUnsafeBufferPointer {
      TextDecoder.firstBinaryOffset(inBytes: $0, from: 0)
    }
    if let binaryOffset {
      throw Failure(reason: "\"text\" is binary content (control byte at offset \(binaryOffset))")
    }
    var title = try optionalString(fields, "title")
    var text = TextNormalizer.normalize(rawText, form: form)
    var htmlDate: String?
    var url = try optionalString(fields, "url")
    if looksLikeHTML(text) {
      let extracted = HTMLTextExtractor.extract(text)
      text = TextNormalizer.normalize(extracted.text, form: form)
      if title == nil { title = extracted.title }
      if url == nil { url = extracted.url }
      htmlDate = extracted.date
    }
    guard !TextDecoder.isBlank(text) else { throw Failure(reason: #""text" is empty"#) }
    var date: String?
    if let given = try optionalString(fields, "date") {
      date = ISO8601Date.normalized(given)
      if date == nil { warnings.append(.unreadableDate(value: String(given.prefix(40)))) }
    }
    if date == nil { date = htmlDate ?? ArticleDateFinder.date(in: text) }
    let article = Article(
      id: id, text: text, title: title.map { TextNormalizer.normalize($0) }, date: date,
      url: url, language: try language(fields["lang"]),
      source: source, sentenceCount: try sentenceCount(fields["k"]))
    return (article, warnings)
  }

  private static func identifier(_ value: JSONLineValue?) throws(Failure) -> String {
    switch value {
    case nil: throw Failure(reason: #"missing "id""#)
    case .string(let id) where !id.isEmpty: return id
    case .integer(let id): return String(id)
    case .double(let id) where id.isFinite: return String(id)
    default: throw Failure(reason: #""id" must be a non-empty string or a number"#)
    }
  }

  /// A string field; absent or `null` is nil.
  private static func optionalString(_ fields: [String: JSONLineValue], _ key: String)
    throws(Failure) -> String?
  {
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let value)?: return value
    default: throw Failure(reason: "\"\(key)\" must be a string")
    }
  }

  private static func language(_ value: JSONLineValue?) throws(Failure) -> Language? {
    switch value {
    case nil, .null?: return nil
    case .string(let tag)?:
      if let language = Language(tag: tag) { return language }
      throw Failure(reason: #""lang" must be "de" or "en""#)
    default:
      throw Failure(reason: #""lang" must be "de" or "en""#)
    }
  }

  private static func sentenceCount(_ value: JSONLineValue?) throws(Failure) -> Int? {
    switch value {
    case nil, .null?: return nil
    case .integer(let count)? where count > 0: return count
    case .double(let count)? where count > 0 && count.rounded() == count && count < 1e9:
      return Int(count)
    default: throw Failure(reason: #""k" must be a positive integer"#)
    }
  }

  /// True when text starts with `<` and holds a tag Brief recognises as HTML markup.
  static func looksLikeHTML(_ text: String) -> Bool {
    // Lower-casing never makes a `<`: text that opens otherwise needs no closer look.
    guard text.first(where: { !$0.isWhitespace }) == "<" else { return false }
    let start = text.drop(while: \.isWhitespace).prefix(200).lowercased()
    guard start.hasPrefix("<") else { return false }
    let markers = [
      "<!doctype", "<html", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<h2", "<br",
      "<span", "<section", "<head",
    ]
    return markers.contains { start.contains($0) }
  }
}

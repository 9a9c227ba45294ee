/// Reads a JSON brief, as `JSONRenderer` writes it (pretty or on one line), back into a `Brief`.
///
/// Lossless for everything the digest uses: id, title, dates, URL, source, language, note, key
/// terms, segment counts, and each line's text, translation, positions, kind and score. Two
/// things are as written rather than as computed: scores are rounded to
/// `JSONRenderer.scoreDecimals`, and a line's segment text is its plain text (the JSON keeps
/// the segment's byte range, not its raw markup). `asWritten(_:)` gives exactly what a reader
/// of the JSON sees. Pure: no files, no clock.
public enum BriefDecoder {
  /// The schema version this decoder reads.
  public static let schemaVersion = JSONRenderer.schemaVersion
  /// The oldest schema version it still reads: version 1 is version 2 without
  /// `"title_translation"`; versions 1 to 3 have no item `"translation_note"` (read as nil).
  public static let oldestSchemaVersion = 1

  /// The brief in the JSON text `bytes`.
  public static func decode(_ bytes: some Collection<UInt8>) throws(BriefDecodingError) -> Brief {
    guard let value = JSONValue.parse(bytes) else { throw .notJSON }
    return try decode(value)
  }

  /// The brief in the JSON text `text`.
  public static func decode(_ text: String) throws(BriefDecodingError) -> Brief {
    try decode(Array(text.utf8))
  }

  /// The brief in the parsed document `value`.
  public static func decode(_ value: JSONValue) throws(BriefDecodingError) -> Brief {
    guard case .object = value, value["schema"]?.stringValue == "brief" else {
      throw .notABrief
    }
    let version = try integer(value["version"], "version")
    guard (oldestSchemaVersion...schemaVersion).contains(version) else {
      throw .unsupportedVersion(version)
    }
    let id = try string(value["id"], "id")
    guard !id.isEmpty else { throw .invalid("id", expected: "a non-empty string") }
    let languageCode = try string(value["language"], "language")
    guard let language = Language(rawValue: languageCode) else {
      throw .invalid("language", expected: "a language code (de, en)")
    }
    guard let items = value["items"]?.arrayValue else {
      throw value["items"] == nil ? .missing("items") : .invalid("items", expected: "an array")
    }
    var lines: [Brief.Line] = []
    for (index, item) in items.enumerated() {
      lines.append(try line(item, path: "items[\(index)]"))
    }
    return Brief(
      id: id, title: try optionalString(value["title"], "title"),
      date: try optionalString(value["date"], "date"),
      url: try optionalString(value["url"], "url"), source: try string(value["source"], "source"),
      language: language, lines: lines, segmentCounts: try segmentCounts(value["segment_counts"]),
      translationNote: try optionalString(value["translation_note"], "translation_note"),
      fileDate: try optionalString(value["file_date"], "file_date"),
      keyTerms: try keyTerms(value["key_terms"]),
      titleTranslation: try optionalString(value["title_translation"], "title_translation"),
      lead: try optionalString(value["lead"], "lead"))
  }

  /// `brief` as a reader of its JSON sees it: `decode(JSONRenderer().render(brief))`.
  ///
  /// The batch builds its digest from these, so its digest and the one `brief digest` builds
  /// from the written briefs agree byte for byte.
  public static func asWritten(_ brief: Brief) -> Brief {
    // Rendered output always decodes; the original is only a fallback that cannot be reached.
    (try? decode(JSONRenderer(pretty: false).render(brief))) ?? brief
  }

  private static func line(_ item: JSONValue, path: String) throws(BriefDecodingError)
    -> Brief.Line
  {
    guard case .object = item else { throw .invalid(path, expected: "an object") }
    let text = try string(item["text"], path + ".text")
    let start = try count(item["start"], path + ".start")
    let end = try count(item["end"], path + ".end")
    guard end >= start else { throw .invalid(path + ".end", expected: "at least start") }
    let kindName = try string(item["kind"], path + ".kind")
    guard let kind = SegmentKind(rawValue: kindName) else {
      throw .invalid(path + ".kind", expected: "sentence, heading or boilerplate")
    }
    let scored = ScoredSentence(
      segmentIndex: try count(item["segment_index"], path + ".segment_index"),
      sentenceIndex: try count(item["sentence_index"], path + ".sentence_index"),
      segment: Segment(text: text, range: start..<end, kind: kind),
      score: try score(item["score"], path + ".score"))
    return Brief.Line(
      text: text, translation: try optionalString(item["translation"], path + ".translation"),
      scored: scored,
      note: try optionalString(item["translation_note"], path + ".translation_note"))
  }

  /// Counts by kind; kinds counted 0 are left out, as the pipeline leaves them out.
  private static func segmentCounts(_ value: JSONValue?) throws(BriefDecodingError)
    -> [SegmentKind: Int]
  {
    guard let value else { throw .missing("segment_counts") }
    guard case .object(let members) = value else {
      throw .invalid("segment_counts", expected: "an object")
    }
    var counts: [SegmentKind: Int] = [:]
    for member in members {
      guard let kind = SegmentKind(rawValue: member.key) else {
        throw .invalid("segment_counts." + member.key, expected: "a segment kind")
      }
      let number = try count(member.value, "segment_counts." + member.key)
      if number > 0 { counts[kind] = number }
    }
    return counts
  }

  /// The key terms; none when the member is absent (briefs written before it existed).
  private static func keyTerms(_ value: JSONValue?) throws(BriefDecodingError) -> [String] {
    guard let value else { return [] }
    guard let elements = value.arrayValue else {
      throw .invalid("key_terms", expected: "an array of strings")
    }
    var terms: [String] = []
    for element in elements {
      guard let term = element.stringValue else {
        throw .invalid("key_terms", expected: "an array of strings")
      }
      terms.append(term)
    }
    return terms
  }

  private static func string(_ value: JSONValue?, _ path: String) throws(BriefDecodingError)
    -> String
  {
    guard let value else { throw .missing(path) }
    guard let text = value.stringValue else { throw .invalid(path, expected: "a string") }
    return text
  }

  /// A string, or nil for `null` or an absent member.
  private static func optionalString(_ value: JSONValue?, _ path: String)
    throws(BriefDecodingError) -> String?
  {
    guard let value, value != .null else { return nil }
    guard let text = value.stringValue else { throw .invalid(path, expected: "a string or null") }
    return text
  }

  private static func integer(_ value: JSONValue?, _ path: String) throws(BriefDecodingError)
    -> Int
  {
    guard let value else { throw .missing(path) }
    guard let number = value.intValue else { throw .invalid(path, expected: "an integer") }
    return number
  }

  /// A non-negative integer.
  private static func count(_ value: JSONValue?, _ path: String) throws(BriefDecodingError)
    -> Int
  {
    let number = try integer(value, path)
    guard number >= 0 else { throw .invalid(path, expected: "a non-negative integer") }
    return number
  }

  /// A number; `null` (written for a score that was not finite) reads as NaN.
  private static func score(_ value: JSONValue?, _ path: String) throws(BriefDecodingError)
    -> Double
  {
    switch value {
    case nil: throw .missing(path)
    case .null?: return .nan
    case .integer(let number)?: return Double(number)
    case .number(let number, _)?: return number
    default: throw .invalid(path, expected: "a number or null")
    }
  }
}

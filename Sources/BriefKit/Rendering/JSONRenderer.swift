/// Renders briefs and digests as deterministic JSON (see `schemas/brief.schema.json` and
/// `schemas/digest.schema.json`).
///
/// Key order is fixed; scores have at most `scoreDecimals` fraction digits; segment counts
/// always list `sentence`, `heading`, `boilerplate`. Same input, same bytes. A brief holds
/// everything the digest needs (`file_date`, `lead`, `key_terms`), so `BriefDecoder` can read it back
/// and `brief digest` can build the digest from briefs made elsewhere.
public struct JSONRenderer: Sendable {
  /// The schema version written as `"version"`: 2 since a brief has `"title_translation"`, 3
  /// since it has `"lead"`, 4 since an item has `"translation_note"` (its own reason for
  /// having no English).
  public static let schemaVersion = 4
  /// The digest schema's version: 2 since the digest groups stories and events, 3 since a line
  /// from an English article has `"de": null` and its own English in `"en"`, 4 since a story
  /// has `"title_en"`, 5 since an event has `"date_from_file"`, 6 since the digest and each
  /// line have `"translation_note"` (why English is missing).
  public static let digestSchemaVersion = 6
  /// Fraction digits kept in scores.
  ///
  /// Default 4.
  public static let scoreDecimals = 4

  /// Pretty-printed (two spaces, trailing newline) when true; one line, no newline, otherwise.
  public var pretty: Bool

  /// Creates a renderer; pretty by default.
  public init(pretty: Bool = true) {
    self.pretty = pretty
  }

  /// One brief as a JSON document.
  public func render(_ brief: Brief) -> String {
    finish(JSONWriter(pretty: pretty).write(Self.value(of: brief)))
  }

  /// The digest as a JSON document (`schemas/digest.schema.json`):
  /// `{"schema","version","count","translation_note","stories":[{"title","title_en",
  /// "events":[{"date","date_from_file","sources","sentences":[{"de","en","sources",
  /// "translation_note"}]}]}]}`.
  public func render(_ digest: Digest) -> String {
    let stories = digest.stories.map { story in
      JSONValue.object([
        .init("title", .string(story.title)),
        .init("title_en", .string(story.english)),
        .init(
          "events",
          .array(
            story.events.map { event in
              .object([
                .init("date", .string(event.date)),
                .init("date_from_file", .bool(event.dateFromFile)),
                .init("sources", .array(event.sources.map { .string($0) })),
                .init(
                  "sentences",
                  .array(
                    event.sentences.map { sentence in
                      .object([
                        .init("de", .string(sentence.german)),
                        .init("en", .string(sentence.english)),
                        .init("sources", .array(sentence.sources.map { .string($0) })),
                        .init(
                          "translation_note",
                          .string(sentence.translation == nil ? sentence.note : nil)),
                      ])
                    })),
              ])
            })),
      ])
    }
    let value = JSONValue.object([
      .init("schema", .string("digest")),
      .init("version", .integer(Self.digestSchemaVersion)),
      .init("count", .integer(digest.articleCount)),
      .init("translation_note", .string(digest.translationNote)),
      .init("stories", .array(stories)),
    ])
    return finish(JSONWriter(pretty: pretty).write(value))
  }

  private func finish(_ text: String) -> String {
    pretty ? text + "\n" : text
  }

  /// The JSON object of one brief, keys in schema order.
  static func value(of brief: Brief) -> JSONValue {
    let counts = [SegmentKind.sentence, .heading, .boilerplate].map { kind in
      JSONValue.Member(kind.rawValue, .integer(brief.segmentCounts[kind] ?? 0))
    }
    return .object([
      .init("schema", .string("brief")),
      .init("version", .integer(schemaVersion)),
      .init("id", .string(brief.id)),
      .init("title", .string(brief.title)),
      .init("title_translation", .string(brief.titleTranslation)),
      .init("date", .string(brief.date)),
      .init("file_date", .string(brief.fileDate)),
      .init("lead", .string(brief.lead)),
      .init("url", .string(brief.url)),
      .init("source", .string(brief.source)),
      .init("language", .string(brief.language.rawValue)),
      .init("translation_note", .string(brief.translationNote)),
      .init("sentences", .array(brief.lines.map { .string($0.text) })),
      .init("translations", .array(brief.lines.map { .string($0.translation) })),
      .init("segment_counts", .object(counts)),
      .init("key_terms", .array(brief.keyTerms.map { .string($0) })),
      .init("items", .array(brief.lines.map(value(of:)))),
    ])
  }

  private static func value(of line: Brief.Line) -> JSONValue {
    let scored = line.scored
    return .object([
      .init("text", .string(line.text)),
      .init("translation", .string(line.translation)),
      .init("translation_note", .string(line.note)),
      .init("segment_index", .integer(scored.segmentIndex)),
      .init("sentence_index", .integer(scored.sentenceIndex)),
      .init("start", .integer(scored.segment.range.lowerBound)),
      .init("end", .integer(scored.segment.range.upperBound)),
      .init("kind", .string(scored.segment.kind.rawValue)),
      .init("score", .number(scored.score, decimals: scoreDecimals)),
    ])
  }
}

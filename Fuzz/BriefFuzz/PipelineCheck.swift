import BriefKit

/// The properties the fuzzer asserts on any input read as an article, from ingest to digest.
///
/// The bytes are read as text, as HTML, line by line as JSONL, and as a JSON brief (what
/// `brief digest` reads back). Every article is briefed under a length limit chosen by the
/// first byte, and the brief must keep to it, cite only sentences of its own text, render in
/// every format with the text escaped in HTML, and come back unchanged from its JSON. All the
/// briefs then make one digest, which must not depend on their order and whose every line must
/// be verbatim from the briefs it cites. Malformed input may be refused with an error, never
/// with a crash.
enum PipelineCheck {
  /// A description of the first property that fails for `input`, or nil.
  static func failure(for input: UnsafeBufferPointer<UInt8>) -> String? {
    let bytes = Array(input)
    let seed = bytes.first.map(Int.init) ?? 0
    var articles: [Article] = []
    for format in [ArticleFormat.text, .html] {
      if let read = try? ArticleReader.article(
        from: bytes, id: "fuzz-\(format.rawValue)", source: "fuzz", format: format)
      {
        articles.append(read.article)
      }
    }
    for (number, line) in bytes.split(separator: 0x0A).enumerated() {
      if let (article, _) = try? ArticleReader.article(
        fromJSONLine: Array(line), lineNumber: number + 1, source: "fuzz.jsonl")
      {
        articles.append(article)
      }
    }
    var briefs: [Brief] = []
    if let decoded = try? BriefDecoder.decode(bytes) {
      if let problem = roundTripFailure(decoded) { return "decoded brief: \(problem)" }
      briefs.append(BriefDecoder.asWritten(decoded))
    }
    let configuration = BriefPipeline.Configuration(
      sentenceCount: seed % 4 == 3 ? nil : seed % 4 + 1,
      ratio: seed & 0x10 == 0 ? nil : 0.3,
      maxCharacters: seed & 0x20 == 0 ? nil : seed * 2)
    let pipeline = BriefPipeline(configuration: configuration)
    for article in articles {
      let output = pipeline.run(article)
      if let problem = briefFailure(output, of: article, configuration: configuration) {
        return "\(article.source) \(article.id): \(problem)"
      }
      briefs.append(BriefDecoder.asWritten(output.brief))
    }
    return digestFailure(briefs)
  }

  /// What is wrong with the brief of `article`, or nil.
  static func briefFailure(
    _ output: BriefPipeline.Output, of article: Article, configuration: BriefPipeline.Configuration
  ) -> String? {
    let brief = output.brief
    // The article's own count, else the ratio, else the configured count (as documented).
    let limit =
      article.sentenceCount.map { SelectionLimit(count: $0) }
      ?? configuration.ratio.map { SelectionLimit(ratio: $0) }
      ?? SelectionLimit(count: configuration.sentenceCount)
    let most = limit.maxSentences(of: output.segments.count { $0.kind == .sentence })
    if brief.lines.count > most {
      return "\(brief.lines.count) lines over the limit of \(most)"
    }
    if let limit = configuration.maxCharacters,
      brief.lines.reduce(0, { $0 + $1.text.count }) > limit
    {
      return "lines over the limit of \(limit) characters"
    }
    for line in brief.lines {
      let segment = line.scored.segment
      guard output.segments.contains(segment) else { return "a line is not one of its segments" }
      guard line.text == MarkupStripper.plainText(segment.text) else {
        return "a line differs from its segment's plain text"
      }
    }
    for format in OutputFormat.allCases {
      for edition in Edition.allCases {
        let rendered = BriefRenderer(format: format).render(brief, edition: edition)
        guard rendered.hasSuffix("\n") else {
          return "\(format) output (\(edition)) does not end in a newline"
        }
      }
    }
    if let problem = htmlEscapeFailure(brief) { return problem }
    return roundTripFailure(brief)
  }

  /// Whether the brief's JSON reads back as what it says: decoding succeeds and writing the
  /// decoded brief gives the same JSON.
  static func roundTripFailure(_ brief: Brief) -> String? {
    let json = JSONRenderer(pretty: true).render(brief)
    guard let decoded = try? BriefDecoder.decode(json) else { return "its JSON does not decode" }
    guard JSONRenderer(pretty: true).render(decoded) == json else {
      return "its JSON changes when read back and written again"
    }
    return nil
  }

  /// Whether some text of the brief reaches its HTML page unescaped.
  ///
  /// Every text the page shows (id, headline and its English, dates, URL, source, note, lines
  /// and translations)
  /// is wrapped in two private-use markers before rendering; between each pair the page must
  /// hold no `<`, `>` or `"`, whatever the template around it looks like.
  static func htmlEscapeFailure(_ brief: Brief) -> String? {
    func mark(_ text: String) -> String {
      "\u{E000}" + text.filter { $0 != "\u{E000}" && $0 != "\u{E001}" } + "\u{E001}"
    }
    var marked = brief
    marked.id = mark(brief.id)
    marked.title = brief.title.map(mark)
    // A brief from the pipeline has no translated headline: its headline stands in, so that the
    // English headline's place on the page is checked too.
    marked.titleTranslation = (brief.titleTranslation ?? brief.title).map(mark)
    marked.date = brief.date.map(mark)
    marked.fileDate = brief.fileDate.map(mark)
    marked.url = brief.url.map(mark)
    marked.source = mark(brief.source)
    marked.translationNote = brief.translationNote.map(mark)
    for index in marked.lines.indices {
      marked.lines[index].text = mark(brief.lines[index].text)
      marked.lines[index].translation = brief.lines[index].translation.map(mark)
    }
    for edition in Edition.allCases {
      let page = BriefRenderer(format: .html).render(marked, edition: edition)
      for piece in page.split(separator: "\u{E000}").dropFirst() {
        guard let end = piece.firstIndex(of: "\u{E001}") else { continue }
        if piece[..<end].contains(where: { "<>\"".contains($0) }) {
          return "HTML (\(edition)) holds unescaped text: \(piece[..<end].prefix(60))"
        }
      }
    }
    return nil
  }

  /// What is wrong with the digest of `briefs`, or nil.
  static func digestFailure(_ briefs: [Brief]) -> String? {
    let digest = DigestBuilder.digest(of: briefs)
    guard DigestBuilder.digest(of: briefs.reversed()) == digest else {
      return "the digest depends on the order of the briefs"
    }
    guard digest.articleCount == briefs.count else { return "the digest miscounts the articles" }
    let linesByID = Dictionary(
      briefs.map { ($0.id, Set($0.lines.map(\.text))) }, uniquingKeysWith: { $0.union($1) })
    for story in digest.stories {
      for event in story.events {
        for sentence in event.sentences {
          guard let first = sentence.sources.first else { return "a digest line cites no source" }
          // Quoted verbatim from its first source; the others state the fact too.
          guard linesByID[first]?.contains(sentence.text) == true else {
            return "a digest line is not in the brief it cites first (\(first))"
          }
          for source in sentence.sources where linesByID[source] == nil {
            return "a digest line cites an article not in the batch (\(source))"
          }
        }
      }
    }
    for format in OutputFormat.allCases {
      for edition in Edition.allCases {
        guard BriefRenderer(format: format).render(digest, edition: edition).hasSuffix("\n") else {
          return "the \(format) digest (\(edition)) does not end in a newline"
        }
      }
    }
    return nil
  }
}

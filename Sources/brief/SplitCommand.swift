import ArgumentParser
import BriefKit
import Foundation

/// `brief split [FILE]`: every segment of the text, one per line, in order; for JSON lines,
/// one JSON line per article with its segments.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Print every segment of an article, one per line: sentences, headings, boilerplate.",
    discussion: """
      Lossless: every non-whitespace character of the decoded input appears once, unchanged \
      and in order (no NFC, soft hyphens kept); line breaks inside a segment are printed as \
      one space. A metadata block at the start (YAML front matter, a Jina Reader header) is \
      printed as boilerplate, a line each. Plain UTF-8 text files are streamed: memory stays \
      small for any size.

      With --jsonl, or a FILE named .jsonl or .ndjson, each line is one article \
      ({"id", "text", "lang"}) and comes out as one JSON line, {"id": ..., "segments": [...]}, \
      the segments on one line each as above; a line that cannot be read is reported on \
      standard error and the rest go on.
      """
  )

  @Argument(
    help:
      "The article (.txt, .md, .html), or JSON lines (.jsonl, .ndjson); standard input when omitted or '-'."
  )
  var file: String?

  @Flag(help: "Prefix each line with its kind (sentence, heading, boilerplate) and a tab.")
  var kinds = false

  @Flag(
    help: """
      Read JSON lines (one article each: "id", "text") and write one JSON line per article:       {"id", "segments"}, with "kinds" beside them when --kinds is given.
      """)
  var jsonl = false

  @Option(help: "Language of the text: de or en (default: detected per article).")
  var lang: Language?

  /// The most bytes of input split as a whole (HTML, pipes, other encodings); a plain UTF-8
  /// text file is split as a stream whatever its size, and JSON lines a line at a time.
  static let maximumWholeBytes = 64 << 20

  func run() throws {
    if jsonl
      || file.flatMap({ ArticleFormat(fileExtension: ($0 as NSString).pathExtension) }) == .jsonl
    {
      let status = splitLines()
      if status != .success { throw status.exitCode }
      return
    }
    if try StreamingSplit(path: file ?? "-", kinds: kinds, language: lang).run() { return }
    guard
      let article = FileIO.readArticle(
        file ?? "-", form: .lossless, refusingOver: Self.maximumWholeBytes)
    else {
      throw ExitStatus.inputsFailed.exitCode
    }
    var output = BufferedOutput()
    Self.forEachSegment(of: article, language: lang) { kind, text in
      output.appendSegment(kind, text.utf8, kinds: kinds)
    }
    output.flush()
  }

  /// Calls `body` with each segment of `article`'s (lossless) text in order: the lines of a
  /// metadata block at its start (`MetadataHeader`) as boilerplate, then what the segmenter
  /// finds in the rest, in `language` or else the article's own or the detected one.
  static func forEachSegment(
    of article: Article, language: Language?, _ body: (SegmentKind, Substring) -> Void
  ) {
    var text = article.text
    if let (_, block, rest) = MetadataHeader.split(article.text) {
      for line in block.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
        body(.boilerplate, line)
      }
      text = String(rest)
    }
    let language = language ?? article.language ?? LanguageDetector.detect(text)
    for segment in Segmenter(language: language).segments(in: text) {
      body(segment.kind, Substring(segment.text))
    }
  }

  /// Splits each article of a JSON-lines input and writes one JSON line per article, in input
  /// order; a line that cannot be read gets one error naming the file and line, and the rest
  /// go on.
  private func splitLines() -> ExitStatus {
    guard var input = JSONLinesInput.openedOrReported(file) else { return .inputsFailed }
    defer { input.close() }
    var output = BufferedOutput()
    let writer = JSONWriter(pretty: false)
    var failed = 0
    while let entry = input.next() {
      do throws(CLIError) {
        switch entry {
        case .tooLong(let error): throw error
        case .line(let bytes, let number):
          let item = BatchItem(
            jsonLine: bytes, lineNumber: number, path: input.source, fileDate: nil)
          output.append(try segmentsLine(of: item, writer: writer).utf8)
        }
      } catch {
        // In step with the lines: an error comes out after the lines before it.
        output.flush()
        failed += 1
        Console.error(error.description)
      }
    }
    output.flush()
    if let failure = input.readFailure {
      failed += 1
      Console.error(failure.description)
    }
    return failed == 0 ? .success : .inputsFailed
  }

  /// The JSON line of `item`'s segments, `{"id", "segments"}` (and `"kinds"` under --kinds),
  /// with its line feed; its warnings are printed.
  private func segmentsLine(of item: BatchItem, writer: JSONWriter) throws(CLIError) -> String {
    let read = try item.article(form: .lossless)
    for warning in read.warnings { Console.warning("\(item.source): \(warning)") }
    var segments: [JSONValue] = []
    var segmentKinds: [JSONValue] = []
    Self.forEachSegment(of: read.article, language: lang) { kind, text in
      segments.append(.string(BufferedOutput.onOneLine(text)))
      segmentKinds.append(.string(kind.rawValue))
    }
    var members = [
      JSONValue.Member("id", .string(read.article.id)),
      JSONValue.Member("segments", .array(segments)),
    ]
    if kinds { members.append(JSONValue.Member("kinds", .array(segmentKinds))) }
    return writer.write(.object(members)) + "\n"
  }
}

extension Language: ExpressibleByArgument {}

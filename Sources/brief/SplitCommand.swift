import ArgumentParser
import BriefKit
import Foundation

/// `brief split [FILE]`: every segment of the text, one per line, in order.
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
      """
  )

  @Argument(
    help:
      "The article to split (.txt, .md, .html; not .jsonl); standard input when omitted or '-'.")
  var file: String?

  @Flag(help: "Prefix each line with its kind (sentence, heading, boilerplate) and a tab.")
  var kinds = false

  @Option(help: "Language of the text: de or en (default: detected).")
  var lang: Language?

  /// The most bytes of input split as a whole (HTML, JSONL, pipes, other encodings); a plain
  /// UTF-8 text file is split as a stream whatever its size.
  static let maximumWholeBytes = 64 << 20

  func run() throws {
    if let file, ArticleFormat(fileExtension: (file as NSString).pathExtension) == .jsonl {
      // Segments of many articles on one list could not be told apart; and the raw JSON
      // (quotes, escapes, field names) is not the text.
      Console.error(
        CLIError(
          path: file,
          reason: "JSON lines hold many articles; split takes one (its text: "
            + "jq -r .text FILE | head -1 | brief split)"
        ).description)
      throw ExitStatus.inputsFailed.exitCode
    }
    if try StreamingSplit(path: file ?? "-", kinds: kinds, language: lang).run() { return }
    guard
      let article = FileIO.readArticle(
        file ?? "-", form: .lossless, refusingOver: Self.maximumWholeBytes)
    else {
      throw ExitStatus.inputsFailed.exitCode
    }
    var output = BufferedOutput()
    var text = article.text
    if let (_, block, body) = MetadataHeader.split(article.text) {
      output.appendMetadataBlock(block, kinds: kinds)
      text = String(body)
    }
    let language = lang ?? article.language ?? LanguageDetector.detect(text)
    for segment in Segmenter(language: language).segments(in: text) {
      output.appendSegment(segment.kind, segment.text.utf8, kinds: kinds)
    }
    output.flush()
  }
}

extension Language: ExpressibleByArgument {}

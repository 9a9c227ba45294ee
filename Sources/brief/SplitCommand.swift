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
      one space. Plain UTF-8 text files are streamed: memory stays small for any size.
      """
  )

  @Argument(help: "The article to split (.txt, .md, .html); standard input when omitted or '-'.")
  var file: String?

  @Flag(help: "Prefix each line with its kind (sentence, heading, boilerplate) and a tab.")
  var kinds = false

  @Option(help: "Language of the text: de or en (default: detected).")
  var lang: Language?

  func run() throws {
    if try StreamingSplit(path: file ?? "-", kinds: kinds, language: lang).run() { return }
    guard let article = FileIO.readArticle(file ?? "-", form: .lossless) else {
      throw ExitStatus.inputsFailed.exitCode
    }
    let language = lang ?? article.language ?? LanguageDetector.detect(article.text)
    var output = BufferedOutput()
    for segment in Segmenter(language: language).segments(in: article.text) {
      output.appendSegment(segment.kind, segment.text.utf8, kinds: kinds)
    }
    output.flush()
  }
}

extension Language: ExpressibleByArgument {}

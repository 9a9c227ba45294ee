import ArgumentParser
import BriefKit
import Foundation

/// `brief split [FILE]`: every segment of the text, one per line, in order.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Print every segment of an article, one per line: sentences, headings, boilerplate.",
    discussion: """
      Lossless: every non-whitespace character of the (decoded, normalised) input appears once, \
      unchanged and in order; line breaks inside a segment are printed as spaces.
      """
  )

  @Argument(help: "The article to split (.txt, .md, .html); standard input when omitted or '-'.")
  var file: String?

  @Flag(help: "Prefix each line with its kind (sentence, heading, boilerplate) and a tab.")
  var kinds = false

  @Option(help: "Language of the text: de or en (default: detected).")
  var lang: Language?

  func run() throws {
    let path = file ?? "-"
    let bytes: [UInt8]
    if path == "-" {
      bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    } else {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    let format = ArticleFormat(fileExtension: (path as NSString).pathExtension) ?? .text
    let (article, _) = try ArticleReader.article(
      from: bytes, id: "split", source: path, format: format)
    let language = lang ?? LanguageDetector.detect(article.text)
    var out = ""
    for segment in Segmenter(language: language).segments(in: article.text) {
      if kinds { out += segment.kind.rawValue + "\t" }
      out += segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
      out += "\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}

extension Language: ExpressibleByArgument {}

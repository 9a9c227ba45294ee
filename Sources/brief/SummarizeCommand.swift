import ArgumentParser
import BriefKit
import Foundation

/// `brief summarize [FILE]`: one article in, its brief out; or JSON lines in and out.
struct SummarizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summarize",
    abstract: "Summarize one article (FILE or standard input) into a brief on standard output.",
    discussion: """
      With --jsonl, reads JSON lines on standard input (or FILE), one article each: \
      {"id","text"} plus optional "title", "date" (ISO 8601), "url", "lang", "k". Writes one \
      JSON brief per line, in input order, a small chunk at a time on all cores, in constant \
      memory. A bad line is \
      reported on standard error with its line number and the others go on.
      """
  )

  /// JSON lines summarized together on all cores before their briefs are written.
  static let chunkSize = 32

  @Argument(help: "The article (.txt, .md, .html); standard input when omitted or '-'.")
  var file: String?

  @Option(help: "Output format: md, html, json or text.")
  var format: OutputFormat = .markdown

  @Flag(help: "Print only the selected German sentences, one per line, in display order.")
  var sentencesOnly = false

  @Flag(help: "Read JSON lines (one article each) and write one JSON brief per line.")
  var jsonl = false

  @OptionGroup var selection: SelectionOptions

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    let translator = try Translator.makeOrExit(translation)
    let status = jsonl ? runJSONLines(translator) : runSingle(translator)
    if status != .success { throw status.exitCode }
  }

  private func runSingle(_ translator: Translator) -> ExitStatus {
    guard let read = FileIO.readArticle(file ?? "-") else { return .inputsFailed }
    let article = selection.apply(to: read)
    var briefs = [selection.pipeline.run(article).brief]
    let summary = translator.translate(&briefs)
    let brief = briefs[0]
    if sentencesOnly {
      Console.out(brief.lines.map { $0.text + "\n" }.joined())
    } else {
      var text = BriefRenderer(format: self.format).render(brief)
      if !text.hasSuffix("\n") { text += "\n" }
      Console.out(text)
    }
    return summary?.outcome.degraded == nil ? .success : .translationDegraded
  }

  private func runJSONLines(_ translator: Translator) -> ExitStatus {
    var reader: LineReader
    let source: String
    if let file, file != "-" {
      let descriptor = open(file, O_RDONLY)
      guard descriptor >= 0 else {
        Console.error("\(file): cannot be opened (\(String(cString: strerror(errno))))")
        return .inputsFailed
      }
      reader = LineReader(descriptor: descriptor)
      source = file
    } else {
      reader = LineReader()
      source = "stdin"
    }
    let pipeline = selection.pipeline
    let selection = self.selection
    let renderer = BriefRenderer(format: .json)
    var failed = 0
    var degraded = false
    var lineNumber = 0
    var chunk: [(number: Int, bytes: [UInt8])] = []
    // Lines are summarized a chunk at a time on all cores; output keeps input order.
    func flush() {
      let results = Parallel.map(chunk) { line in
        Result { () throws(IngestError) in
          let article = try ArticleReader.article(
            fromJSONLine: line.bytes, lineNumber: line.number, source: source)
          return pipeline.run(selection.apply(to: article)).brief
        }
      }
      var briefs = results.compactMap { try? $0.get() }
      if !briefs.isEmpty {
        degraded = translator.translate(&briefs)?.outcome.degraded != nil || degraded
      }
      var translated = briefs.makeIterator()
      for (line, result) in zip(chunk, results) {
        switch result {
        case .success:
          guard let brief = translated.next() else { continue }
          if sentencesOnly {
            Console.out(brief.lines.map { $0.text + "\n" }.joined())
          } else {
            Console.out(renderer.renderJSONLine(brief) + "\n")
          }
        case .failure(let error):
          failed += 1
          Console.error("\(source):\(line.number): \(error)")
        }
      }
      chunk.removeAll(keepingCapacity: true)
    }
    while let line = reader.next() {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      chunk.append((lineNumber, line))
      if chunk.count >= Self.chunkSize { flush() }
    }
    flush()
    if degraded { return .translationDegraded }
    return failed == 0 ? .success : .inputsFailed
  }

  /// The file name without folder and extension.
  static func baseName(_ path: String) -> String {
    path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}

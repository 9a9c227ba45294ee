import ArgumentParser
import BriefKit
import Foundation

/// `brief summarize [FILE]`: one article in, its brief out; or JSON lines in and out.
struct SummarizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summarize",
    abstract: "Summarize one article (FILE or standard input) into a brief on standard output.",
    discussion: """
      With --jsonl, or a FILE named .jsonl or .ndjson, reads JSON lines on standard input (or \
      FILE), one article each: \
      {"id","text"} plus optional "title", "date" (ISO 8601), "url", "lang", "k". Writes one \
      JSON brief per line, in input order, a small chunk at a time on all cores, in constant \
      memory. A bad line is \
      reported on standard error with its line number and the others go on.
      """
  )

  /// JSON lines summarized together on all cores before their briefs are written.
  static let chunkSize = 32

  @Argument(
    help:
      "The article (.txt, .md, .html), or JSON lines (.jsonl, .ndjson); standard input when omitted or '-'."
  )
  var file: String?

  @Option(
    help:
      "Output format: md (default), html, json or text; JSON lines in: json only, one brief a line."
  )
  var format: OutputFormat?

  @Flag(help: "Print only the selected German sentences, one per line, in display order.")
  var sentencesOnly = false

  @Flag(
    help: ArgumentHelp(
      "Show the brief in English only (md, html, text), for readers who read no German.",
      discussion:
        "The headline's and each key sentence's English in its place; a sentence without English stays in German with the note saying why."
    ))
  var englishOnly = false

  @Flag(help: "Read JSON lines (one article each) and write one JSON brief per line.")
  var jsonl = false

  @Option(
    help: ArgumentHelp(
      "With --jsonl: most articles briefed and translated together.",
      discussion:
        "Lines that arrive together are briefed on all cores and translated as one job; 1 gives one translation job per article."
    ))
  var chunk = JSONLinesSummarizer.defaultChunkCount

  @OptionGroup var selection: SelectionOptions

  func validate() throws {
    guard chunk >= 1 else { throw ValidationError("--chunk must be at least 1.") }
    if englishOnly {
      guard format != .json, !sentencesOnly, !readsJSONLines else {
        throw ValidationError(
          "--english-only applies to one brief in md, html or text; JSON always holds both languages."
        )
      }
    }
    let ignored = [
      format.flatMap { $0 == .json ? nil : "--format \($0.rawValue)" },
      sentencesOnly ? "--sentences-only" : nil,
    ].compactMap { $0 }
    if readsJSONLines && !ignored.isEmpty {
      throw ValidationError(
        "\(ignored.joined(separator: " and ")) \(ignored.count == 1 ? "does" : "do") not apply to JSON lines: each article comes out as one JSON brief per line."
      )
    }
  }

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    var translator = try Translator.makeOrExit(translation)
    let status = readsJSONLines ? runJSONLines(&translator) : runSingle(&translator)
    if status != .success { throw status.exitCode }
  }

  /// With --jsonl, or when FILE is named `.jsonl` or `.ndjson`.
  private var readsJSONLines: Bool {
    jsonl || file.flatMap { ArticleFormat(fileExtension: ($0 as NSString).pathExtension) } == .jsonl
  }

  private func runSingle(_ translator: inout Translator) -> ExitStatus {
    guard let read = FileIO.readArticle(file ?? "-") else { return .inputsFailed }
    let article = selection.apply(to: read)
    var briefs = [selection.pipeline.run(article).brief]
    let summary = translator.translate(&briefs)
    let brief = briefs[0]
    if sentencesOnly {
      Console.out(brief.lines.map { $0.text + "\n" }.joined())
    } else {
      var text = BriefRenderer(format: self.format ?? .markdown).render(
        brief, edition: englishOnly ? .english : .bilingual)
      if !text.hasSuffix("\n") { text += "\n" }
      Console.out(text)
    }
    return summary?.outcome.degraded == nil ? .success : .translationDegraded
  }

  private func runJSONLines(_ translator: inout Translator) -> ExitStatus {
    var reader: LineReader
    let source: String
    var fileDate: String?
    if let file, file != "-" {
      do throws(CLIError) {
        let descriptor = try FileIO.openForReading(RawPath(file))
        reader = LineReader(descriptor: descriptor)
        fileDate = FileIO.modificationDay(of: descriptor)
      } catch {
        Console.error(error.description)
        return .inputsFailed
      }
      source = Printable.name(file)
    } else {
      reader = LineReader()
      source = "stdin"
    }
    var summarizer = JSONLinesSummarizer(
      source: source, fileDate: fileDate, pipeline: selection.pipeline, selection: selection,
      translator: translator,
      sentencesOnly: sentencesOnly, chunkCount: chunk)
    return summarizer.run(&reader)
  }

}

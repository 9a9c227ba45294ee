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
      FILE), one article each; so it does when standard input or a FILE without an article \
      extension starts with such a line (a JSON object with a "text" field): \
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
      "With JSON lines: most articles briefed and translated together (default 64).",
      discussion:
        "Lines that arrive together are briefed on all cores and translated as one job; 1 gives one translation job per article."
    ))
  var chunk: Int?

  @OptionGroup var selection: SelectionOptions

  /// Refuses options that contradict each other or do not apply to the input: a usage error
  /// (exit 64) naming them, never an option silently ignored.
  func validate() throws {
    if let chunk, chunk < 1 { throw ValidationError("--chunk must be at least 1.") }
    if readsJSONLines {
      let conflicts = jsonLinesConflicts
      guard conflicts.isEmpty else {
        throw ValidationError(
          "\(conflicts.joined(separator: " and ")) \(conflicts.count == 1 ? "does" : "do") not apply to JSON lines: each article comes out as one JSON brief per line."
        )
      }
      return
    }
    if chunk != nil,
      file.flatMap({ ArticleFormat(fileExtension: ($0 as NSString).pathExtension) }) != nil
    {
      throw ValidationError(Self.chunkWithoutJSONLines)
    }
    if sentencesOnly {
      if englishOnly {
        throw ValidationError(
          "--english-only and --sentences-only cannot be used together: --sentences-only prints the selected German sentences."
        )
      }
      if let format {
        throw ValidationError(
          "--format \(format.rawValue) does not apply with --sentences-only, which prints the bare sentences, one per line."
        )
      }
    }
    if englishOnly, format == .json {
      throw ValidationError(
        "--english-only applies to one brief in md, html or text; JSON always holds both languages."
      )
    }
  }

  /// The usage error of --chunk with one article.
  static let chunkWithoutJSONLines =
    "--chunk applies only to JSON lines (--jsonl, a .jsonl or .ndjson FILE, or input that starts with a JSON line)."

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    var translator = try Translator.makeOrExit(translation)
    let status: ExitStatus
    if readsJSONLines {
      status = runJSONLines(&translator)
    } else if file.flatMap({ ArticleFormat(fileExtension: ($0 as NSString).pathExtension) }) != nil
    {
      status = runSingle(&translator, FileIO.readArticle(file ?? "-"))
    } else {
      status = try runSniffed(&translator)
    }
    if status != .success { throw status.exitCode }
  }

  /// With --jsonl, or when FILE is named `.jsonl` or `.ndjson`.
  private var readsJSONLines: Bool {
    jsonl || file.flatMap { ArticleFormat(fileExtension: ($0 as NSString).pathExtension) } == .jsonl
  }

  /// The options given that JSON lines cannot honour.
  private var jsonLinesConflicts: [String] {
    [
      format.flatMap { $0 == .json ? nil : "--format \($0.rawValue)" },
      sentencesOnly ? "--sentences-only" : nil,
      englishOnly ? "--english-only" : nil,
    ].compactMap { $0 }
  }

  /// Standard input or a FILE whose name says nothing of its format: a JSON-lines feed
  /// (`JSONLinesSniffer`) is briefed line by line as with --jsonl; anything else is one
  /// article.
  private func runSniffed(_ translator: inout Translator) throws -> ExitStatus {
    let name = file.flatMap { $0 == "-" ? nil : Printable.name($0) } ?? "stdin"
    let descriptor: Int32
    let peek: JSONLinesSniffer.Peek
    do throws(CLIError) {
      if let file, file != "-" {
        descriptor = try FileIO.openForReading(RawPath(file))
      } else {
        descriptor = STDIN_FILENO
      }
      do throws(CLIError) {
        peek = try JSONLinesSniffer.peek(descriptor, name: name)
      } catch {
        if descriptor != STDIN_FILENO { close(descriptor) }
        throw error
      }
    } catch {
      Console.error(error.description)
      return .inputsFailed
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    guard peek.isJSONLines else {
      guard chunk == nil else {
        Console.error("\(name): one article, not JSON lines; " + Self.chunkWithoutJSONLines)
        return .usage
      }
      let article = FileIO.readArticle(file ?? "-", opened: (descriptor, peek.bytes))
      return runSingle(&translator, article)
    }
    let conflicts = jsonLinesConflicts
    guard conflicts.isEmpty else {
      Console.error(
        "\(name): holds JSON lines (one article a line), which come out as one JSON brief a "
          + "line; \(conflicts.joined(separator: " and ")) \(conflicts.count == 1 ? "does" : "do") "
          + "not apply")
      return .usage
    }
    var input = JSONLinesInput(
      reader: LineReader(descriptor: descriptor, prefix: peek.bytes), source: name,
      fileDate: descriptor == STDIN_FILENO ? nil : FileIO.modificationDay(of: descriptor))
    return summarizeLines(&input, &translator)
  }

  private func runSingle(_ translator: inout Translator, _ read: Article?) -> ExitStatus {
    guard let read else { return .inputsFailed }
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
    guard var input = JSONLinesInput.openedOrReported(file) else { return .inputsFailed }
    defer { input.close() }
    return summarizeLines(&input, &translator)
  }

  private func summarizeLines(_ input: inout JSONLinesInput, _ translator: inout Translator)
    -> ExitStatus
  {
    var summarizer = JSONLinesSummarizer(
      pipeline: selection.pipeline, selection: selection, translator: translator,
      sentencesOnly: sentencesOnly, chunkCount: chunk ?? JSONLinesSummarizer.defaultChunkCount)
    return summarizer.run(&input)
  }
}

import ArgumentParser
import BriefKit
import Foundation

/// `brief batch INPUT... --out DIR`: briefs for every article, a digest and a report.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Write a brief for every article in the inputs, a digest across them and a report.",
    discussion: """
      INPUTs are files and folders; folders are searched recursively for .txt, .text, .md, \
      .markdown, .html, .htm, .jsonl and .ndjson files. Writes DIR/briefs/<id>.{md,html,json}, DIR/digest.{md,html,json}, \
      the digest's English edition DIR/digest.en.{md,html} and DIR/report.json, each \
      atomically. A file that cannot be read is reported on standard \
      error with its reason and the rest of the batch goes on.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Article files and folders; '-' for standard input.",
      discussion:
        "A file named without an article extension (<(curl ...), /dev/stdin, -) is read as JSON lines when its first non-blank line is a JSON object with a \"text\" field, else as one article."
    ))
  var inputs: [String]

  @Option(help: "Output folder.")
  var out: String

  @Flag(help: "Print only warnings and errors on standard error: no progress, no summary.")
  var quiet = false

  @Option(help: "Show a progress line on standard error: auto (on a terminal), always, never.")
  var progress: ProgressMode = .auto

  @Option(
    help: ArgumentHelp(
      "Take only share I of N of the articles (I from 1 to N), by a stable hash of the id.",
      discussion:
        "auto/N reads the 0-based index from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID.",
      valueName: "I/N"))
  var shard: Shard?

  @OptionGroup var selection: SelectionOptions

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    let shard = try shard?.resolved(environment: ProcessInfo.processInfo.environment)
    let translator = try Translator.makeOrExit(translation)
    let runner = BatchRunner(
      inputs: inputs, outputDirectory: out, pipeline: selection.pipeline,
      language: selection.lang, translator: translator, shard: shard, quiet: quiet,
      progress: ProgressLine(mode: progress, quiet: quiet))
    let status = runner.run()
    if status != .success { throw status.exitCode }
  }
}

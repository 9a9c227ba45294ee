import ArgumentParser
import BriefKit
import Foundation

/// `brief batch INPUT... --out DIR`: briefs for every article, a digest and a report.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Write a brief for every article in the inputs, a digest across them and a report.",
    discussion: """
      INPUTs are files and folders; folders are searched recursively for .txt, .md, .html \
      and .jsonl files. Writes DIR/briefs/<id>.{md,html,json}, DIR/digest.{md,html,json} and \
      DIR/report.json, each atomically. A file that cannot be read is reported on standard \
      error with its reason and the rest of the batch goes on.
      """
  )

  @Argument(help: "Article files and folders.")
  var inputs: [String]

  @Option(help: "Output folder.")
  var out: String

  @Flag(help: "Print nothing on standard error but errors.")
  var quiet = false

  @OptionGroup var selection: SelectionOptions

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    let translator = try Translator.makeOrExit(translation)
    let runner = BatchRunner(
      inputs: inputs, outputDirectory: out, pipeline: selection.pipeline,
      language: selection.lang, translator: translator, quiet: quiet)
    let status = runner.run()
    if status != .success { throw status.exitCode }
  }
}

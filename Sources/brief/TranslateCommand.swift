import ArgumentParser
import BriefKit
import Foundation

/// `brief translate`: lines from standard input through the configured translator.
struct TranslateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate",
    abstract: "Translate lines from standard input with the configured translator.",
    discussion: """
      For checking a translator configuration: every non-empty line of standard input is one \
      sentence; the translations are printed one per line in the same order, all sent as one \
      batched job (with the cache, glossary and retries of a real run). A line that could not \
      be translated is printed empty and the exit status is 3. The accounting goes to \
      standard error.
      """
  )

  @OptionGroup(title: "Translation") var translation: TranslatorOptions

  func run() throws {
    let translator = try Translator.makeOrExit(translation)
    guard let engine = translator.engine else {
      Console.error(
        "translator: none configured; use --translator, BRIEF_TRANSLATOR or a config file")
      throw ExitStatus.usage.exitCode
    }
    var reader = LineReader()
    let lines = reader.remainingLines()
    let readFailure = reader.readFailure(name: "stdin")
    if let readFailure { Console.error(readFailure.description) }
    var texts: [String] = []
    for (index, line) in lines.enumerated() {
      switch line {
      case .complete(let bytes):
        texts.append(TextNormalizer.normalize(String(decoding: bytes, as: UTF8.self)))
      case .tooLong(let length):
        // Printed empty, in its place, like any line that could not be translated.
        Console.error(
          "stdin:\(index + 1): line of \(length) bytes is longer than the "
            + "\(LineReader.maximumLineBytes >> 20) MiB a line may have; not translated")
        texts.append("")
      }
    }
    let outcome = engine.translate(texts)
    for error in outcome.errors { Console.error("translation: " + error.message) }
    var output = BufferedOutput()
    for translation in outcome.translations {
      output.append((translation ?? "").utf8)
      output.append(UInt8(ascii: "\n"))
    }
    output.flush()
    let accounting = outcome.accounting
    Console.error("\(translator.label): \(Translator.accounting(accounting))")
    if let degraded = outcome.degraded {
      Console.error(degraded.summary)
      throw ExitStatus.translationDegraded.exitCode
    }
    if lines.contains(where: { if case .tooLong = $0 { true } else { false } }) {
      throw ExitStatus.translationDegraded.exitCode
    }
    if readFailure != nil { throw ExitStatus.inputsFailed.exitCode }
  }
}

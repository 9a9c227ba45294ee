import ArgumentParser
import BriefKit
import Foundation

/// `brief digest INPUT... --out DIR`: the reduce step, one digest from briefs made elsewhere.
struct DigestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "digest",
    abstract: "Build one digest from the briefs of batch output folders or JSON-lines files.",
    discussion: """
      INPUTs are output folders of `brief batch` (the briefs their report.json lists), .json brief files, \
      files of JSON briefs one per line (the output of `brief summarize --jsonl`), or - for \
      such lines on standard input. Writes DIR/digest.{md,html,json} and the English \
      edition DIR/digest.en.{md,html}, each atomically. The \
      digest does not depend on the order of the briefs, so the shards of one batch give the \
      same digest, byte for byte, as the whole batch. A bad file or line is reported with its \
      place and the rest goes on (exit status 1); a brief whose id was read before is reported \
      and left out, the first one kept.
      """
  )

  @Argument(help: "Batch output folders, .json briefs, JSON-lines files of briefs, or -.")
  var inputs: [String]

  @Option(help: "Output folder for digest.{md,html,json} and digest.en.{md,html}.")
  var out: String

  @Flag(help: "Print only warnings and errors on standard error: no summary.")
  var quiet = false

  func validate() throws {
    guard inputs.filter({ $0 == "-" }).count <= 1 else {
      throw ValidationError("Standard input (-) can be read only once.")
    }
  }

  func run() throws {
    let folder: OutputFolder
    do throws(OutputFolder.Refusal) {
      // Not while a batch (or another digest) writes into the folder; and only when it can be
      // written: said once, with nothing read.
      folder = try OutputFolder.claim(out)
    } catch {
      Console.error(error.message)
      throw error.status.exitCode
    }
    try withExtendedLifetime(folder) { try digest() }
  }

  /// Reads the inputs and writes the digest into the claimed output folder.
  private func digest() throws {
    var reader = BriefInputReader()
    for input in inputs { reader.read(input) }
    for failure in reader.failures { Console.error(failure.description) }
    for warning in reader.warnings { Console.warning(warning.description) }
    for duplicate in reader.duplicates { Console.warning(duplicate.description) }
    guard !reader.briefs.isEmpty else {
      // An empty digest over last night's good one would pass for a quiet night.
      Console.error(
        "no briefs read from \(inputs.map(Printable.name).joined(separator: " ")); "
          + "nothing written, \(Printable.name(out)) left as it was")
      throw ExitStatus.inputsFailed.exitCode
    }
    let digest = DigestBuilder.digest(of: reader.briefs)
    var written = true
    for (name, text) in DigestFiles.documents(of: digest) {
      do throws(CLIError) {
        try FileIO.writeAtomically(text, to: "\(out)/\(name)")
      } catch {
        written = false
        Console.error(error.description)
      }
    }
    if !quiet {
      let events = digest.stories.reduce(0) { $0 + $1.events.count }
      Console.error(
        "digest of \(counted(reader.briefs.count, "brief")): "
          + "\(counted(digest.stories.count, "story", "stories")), "
          + "\(counted(events, "event"))"
          + (written ? " in \(DigestFiles.summary(in: out))" : "; not written")
          + (reader.failures.isEmpty ? "" : ", \(counted(reader.failures.count, "input")) failed")
          + (reader.duplicates.isEmpty
            ? "" : ", \(counted(reader.duplicates.count, "duplicate")) left out"))
    }
    let status: ExitStatus =
      !written ? .outputFailed : reader.failures.isEmpty ? .success : .inputsFailed
    if status != .success { throw status.exitCode }
  }
}

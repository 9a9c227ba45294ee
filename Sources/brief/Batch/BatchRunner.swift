import BriefKit
import Foundation

/// Runs a batch in stages — ingest and select, translate, render and write, digest, report —
/// going on past bad inputs.
///
/// Articles are ingested and selected in chunks (bounded by count and bytes) on all cores, so
/// only the briefs stay in memory; their sentences are then translated in one run-wide job
/// (batched across articles), and the briefs rendered on all cores and written atomically.
struct BatchRunner {
  /// Most articles held in memory at once.
  static let chunkCount = 64
  /// Most input bytes held in memory at once (a single larger file is still processed).
  static let chunkBytes = 64 << 20

  let inputs: [String]
  let outputDirectory: String
  let pipeline: BriefPipeline
  let language: Language?
  let translator: Translator
  /// The share of the articles this run takes; nil: all of them.
  let shard: Shard?
  let quiet: Bool
  /// The progress display on standard error.
  let progress: ProgressLine

  /// Where finished stage results are kept for re-runs.
  var workArea: WorkArea { WorkArea(outputDirectory: outputDirectory, pipeline: pipeline) }

  private static let formats: [OutputFormat] = [.markdown, .html, .json]

  /// Runs the batch and returns the exit status.
  ///
  /// The output folder is claimed first (`OutputFolder`): when another run holds it, or it
  /// cannot be written, the run says so in one line and stops, having read and changed nothing.
  func run() -> ExitStatus {
    let folder: OutputFolder
    do throws(OutputFolder.Refusal) {
      folder = try OutputFolder.claim(outputDirectory, subfolders: ["briefs"])
    } catch {
      Console.error(error.message)
      return error.status
    }
    return withExtendedLifetime(folder) { runClaimed() }
  }

  /// Runs the batch in the claimed output folder.
  private func runClaimed() -> ExitStatus {
    let clock = ContinuousClock()
    let started = clock.now
    var report = BatchReport()
    let workArea = self.workArea
    WorkArea.removeLeftovers(in: [outputDirectory, outputDirectory + "/briefs", workArea.folder])
    let collector = InputCollector(paths: inputs, skipping: outputDirectory)
    for failure in collector.failures { fail(&report, failure) }
    for warning in collector.warnings {
      report.warnings.append(.init(source: warning.path, message: warning.reason))
      Console.warning(warning.description)
    }
    report.skippedOutputFolders = collector.skippedOutputFolders.map(\.path)
    if !quiet {
      for skipped in collector.skippedOutputFolders { Console.error(skipped.description) }
    }
    guard !collector.inputs.isEmpty else {
      // A missing feed must not pass for a quiet night: the last run's outputs stay.
      Console.error(noArticles("found"))
      return .inputsFailed
    }

    let shard = self.shard
    let files = collector.inputs.filter { input in
      input.format == .jsonl || input.formatFromContent
        || shard?.contains(id: input.path.baseName) ?? true
    }
    report.inputFiles = files.count
    let expected = InputCollector.articleCount(files)
    progress.total = shard.map { (expected + $0.count - 1) / $0.count } ?? expected
    report.shard = shard?.description
    var reader = BatchItemReader(inputs: files)
    var ids = ArticleID()
    var briefs: [Brief] = []
    var workKeys: Set<String> = []
    var chunk: [BatchItem] = []
    var chunkSize = 0
    func flush() {
      process(chunk, ids: &ids, briefs: &briefs, workKeys: &workKeys, report: &report)
      chunk.removeAll(keepingCapacity: true)
      chunkSize = 0
    }
    while let item = reader.next() {
      chunk.append(item)
      chunkSize += item.byteCount
      if chunk.count >= Self.chunkCount || chunkSize >= Self.chunkBytes {
        flush()
        progress.update(
          phase: "briefing", done: report.articles + report.failures.count,
          failed: report.failures.count)
      }
    }
    flush()
    for failure in reader.failures { fail(&report, failure) }
    if shard == nil && briefs.isEmpty {
      Console.error(noArticles("read"))
      return .inputsFailed
    }
    // From here on the folder changes; until the new report is written there is none, so a
    // run killed on the way leaves a folder `brief digest` reports as unfinished.
    unlink(outputDirectory + "/report.json")
    progress.update(
      phase: "briefed", done: report.articles + report.failures.count,
      failed: report.failures.count, force: true)

    let translationStart = clock.now
    var translator = self.translator
    let progress = self.progress
    translator.progress = { done, total in
      progress.update(
        phase: "translating", done: done, failed: 0, force: done == total, of: total,
        unit: "sentences")
    }
    report.translation = translator.translate(&briefs)
    report.translator = translator
    report.stageSeconds["translate"] = seconds(clock.now - translationStart)
    writeBriefs(briefs, report: &report)
    setAsideStaleBriefs(keeping: Set(briefs.map(\.id)), report: &report)

    let digestStart = clock.now
    // From the briefs as re-read from their JSON, as `brief digest` sees them: same bytes.
    Self.makeAsWritten(&briefs)
    let digest = DigestBuilder.digest(of: briefs)
    report.stageSeconds["digest"] = seconds(clock.now - digestStart)
    report.digestWritten = DigestFiles.documents(of: digest).reduce(true) { written, document in
      write(document.text, to: "\(outputDirectory)/\(document.name)", report: &report) && written
    }
    report.totalSeconds = seconds(clock.now - started)
    report.reportWritten = write(
      report.json(outputDirectory: outputDirectory),
      to: "\(outputDirectory)/report.json", report: &report)
    workArea.prune(keeping: workKeys)
    progress.finish()
    let unprinted = report.outputFailures.count - Self.printedOutputFailures
    if unprinted > 0 {
      Console.error(
        "and \(counted(unprinted, "more output")) could not be written"
          + (report.reportWritten ? " (all listed in report.json)" : ""))
    }
    if !quiet { Console.error(report.summary(outputDirectory: outputDirectory)) }
    if !report.outputFailures.isEmpty { return .outputFailed }
    if report.translation?.outcome.degraded != nil { return .translationDegraded }
    return report.failures.isEmpty ? .success : .inputsFailed
  }

  /// Ingests one chunk of items and selects their key sentences.
  ///
  /// Adds the work-area keys used to `workKeys`.
  private func process(
    _ items: [BatchItem], ids: inout ArticleID, briefs: inout [Brief],
    workKeys: inout Set<String>, report: inout BatchReport
  ) {
    guard !items.isEmpty else { return }
    let clock = ContinuousClock()
    let ingested = Parallel.map(items) { item in
      let start = clock.now
      let result = Result { () throws(CLIError) in try item.article() }
      return (result, clock.now - start)
    }
    var articles: [Article] = []
    for (item, (result, duration)) in zip(items, ingested) {
      report.stageSeconds["ingest", default: 0] += seconds(duration)
      switch result {
      case .failure(let error):
        fail(&report, error)
      case .success(let (article, _)) where !(shard?.contains(id: article.id) ?? true):
        continue
      case .success(let (article, warnings)):
        for warning in warnings {
          report.warnings.append(.init(source: item.source, message: "\(warning)"))
          progress.finish()
          Console.warning("\(item.source): \(warning)")
        }
        var article = article
        if let language { article.language = language }
        let (id, duplicate) = ids.unique(article.id)
        if id != article.id {
          let why = duplicate ? "duplicate id" : "id made safe for a file name"
          // A file's name as printed everywhere else (`caf\xE9`), not with U+FFFD.
          let shown = article.id == item.name ? item.printedName : Printable.name(article.id)
          report.renamedIDs.append(
            .init(source: item.source, message: "\(why): \"\(shown)\" -> \"\(id)\""))
        }
        article.id = id
        articles.append(article)
      }
    }
    report.articles += articles.count

    let pipeline = self.pipeline
    let workArea = self.workArea
    let selected = Parallel.map(articles) { article in
      let start = clock.now
      let key = workArea.key(article)
      if let stored = workArea.brief(for: key, source: article.source) {
        return (stored, key, true, clock.now - start)
      }
      let brief = pipeline.run(article).brief
      workArea.store(brief, for: key)
      return (brief, key, false, clock.now - start)
    }
    for (brief, key, reused, duration) in selected {
      workKeys.insert(key)
      report.stageSeconds["select", default: 0] += seconds(duration)
      if reused { report.reusedBriefs += 1 }
      briefs.append(brief)
    }
  }

  /// Renders every brief in each format and writes its files, on all cores, a chunk at a time.
  private func writeBriefs(_ briefs: [Brief], report: inout BatchReport) {
    let clock = ContinuousClock()
    let folder = outputDirectory + "/briefs"
    progress.total = briefs.count
    for start in stride(from: 0, to: briefs.count, by: Self.chunkCount) {
      let chunk = Array(briefs[start..<min(start + Self.chunkCount, briefs.count)])
      let outcomes = Parallel.map(chunk) { brief in
        let start = clock.now
        let documents = Self.formats.map { BriefRenderer(format: $0).render(brief) }
        let rendered = clock.now
        var failures: [CLIError] = []
        for (format, document) in zip(Self.formats, documents) {
          do throws(CLIError) {
            try FileIO.writeAtomically(
              document, to: "\(folder)/\(brief.id).\(format.fileExtension)")
          } catch {
            failures.append(error)
          }
        }
        return (failures, rendered - start, clock.now - rendered)
      }
      for (brief, (failures, renderTime, writeTime)) in zip(chunk, outcomes) {
        report.stageSeconds["render", default: 0] += seconds(renderTime)
        report.stageSeconds["write", default: 0] += seconds(writeTime)
        for failure in failures {
          outputFailed(failure, report: &report)
        }
        if failures.isEmpty { report.briefsWritten.append(brief.id) }
      }
      progress.update(
        phase: "writing", done: start + chunk.count, failed: report.outputFailures.count)
    }
  }

  /// Moves the brief files in `DIR/briefs` of ids this run did not brief (an article deleted
  /// or renamed since an earlier run into the same folder) to `DIR/stale/`, so that `briefs/`
  /// holds this run's briefs alone and nothing written before is lost.
  ///
  /// A file already set aside under the same name is kept: the newer one is numbered
  /// (`a.md`, then `a.2.md`, `a.3.md`, ...: `staleName`).
  private func setAsideStaleBriefs(keeping ids: Set<String>, report: inout BatchReport) {
    let folder = outputDirectory + "/briefs"
    let staleFolder = outputDirectory + "/stale"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let extensions = Set(Self.formats.map { "." + $0.fileExtension })
    for name in names.sorted() where !name.hasPrefix(".") {
      guard let dot = name.lastIndex(of: "."), extensions.contains(String(name[dot...])),
        !ids.contains(String(name[..<dot]))
      else { continue }
      do throws(CLIError) {
        try FileIO.makeFolder(staleFolder)
        let target = Self.staleName(name, dot: dot, in: staleFolder)
        guard rename("\(folder)/\(name)", "\(staleFolder)/\(target)") == 0 else {
          throw CLIError(
            path: "\(folder)/\(name)",
            reason: "cannot be moved to \(staleFolder) (\(String(cString: strerror(errno))))")
        }
        report.staleBriefs += 1
      } catch {
        outputFailed(error, report: &report)
      }
    }
  }

  /// The first name for the brief file `name` that is free in `staleFolder`.
  ///
  /// `name` itself, else its stem (up to `dot`) numbered from 2 (`a.2.md`). Only one run
  /// writes into the folder at a time (`OutputFolder`), so the name stays free until used.
  static func staleName(_ name: String, dot: String.Index, in staleFolder: String) -> String {
    var candidate = name
    var number = 1
    var status = stat()
    // lstat: a link standing there (even a broken one) is taken too.
    while lstat("\(staleFolder)/\(candidate)", &status) == 0 {
      number += 1
      candidate = "\(name[..<dot]).\(number)\(name[dot...])"
    }
    return candidate
  }

  /// The line of a run that stops before writing anything: no article was `verb` in the inputs.
  private func noArticles(_ verb: String) -> String {
    "no articles \(verb) in \(inputs.map(Printable.name).joined(separator: " ")); "
      + "nothing written, \(Printable.name(outputDirectory)) left as it was"
  }

  @discardableResult
  private func write(_ text: String, to path: String, report: inout BatchReport) -> Bool {
    do {
      try FileIO.writeAtomically(text, to: path)
      return true
    } catch {
      outputFailed(error, report: &report)
      return false
    }
  }

  /// The most output failures printed one line each; the rest are counted in one line at the
  /// end (a disk full midway fails every later file) and all listed in `report.json`.
  static let printedOutputFailures = 5

  /// Records a file that could not be written, printing it while few have failed.
  private func outputFailed(_ error: CLIError, report: inout BatchReport) {
    report.outputFailures.append(.init(source: error.path, reason: error.reason))
    guard report.outputFailures.count <= Self.printedOutputFailures else { return }
    progress.finish()
    Console.error(error.description)
  }

  private func fail(_ report: inout BatchReport, _ error: CLIError) {
    progress.finish()
    report.failures.append(.init(source: error.path, reason: error.reason))
    Console.error(error.description)
  }

  private func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
  }
}

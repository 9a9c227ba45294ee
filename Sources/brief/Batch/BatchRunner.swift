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
  func run() -> ExitStatus {
    let clock = ContinuousClock()
    let started = clock.now
    var report = BatchReport()
    do throws(CLIError) {
      try FileIO.makeFolder(outputDirectory)
      try FileIO.makeFolder(outputDirectory + "/briefs")
    } catch {
      // Nothing can be written: say so once instead of once per brief, and read nothing.
      Console.error(error.description)
      return .outputFailed
    }
    WorkArea.removeLeftovers(in: [outputDirectory, outputDirectory + "/briefs"])
    let collector = InputCollector(paths: inputs, skipping: outputDirectory)
    for failure in collector.failures { fail(&report, failure) }

    let shard = self.shard
    let files = collector.inputs.filter { input in
      input.format == .jsonl
        || shard?.contains(id: SummarizeCommand.baseName(input.path)) ?? true
    }
    report.inputFiles = files.count
    let expected = InputCollector.articleCount(files)
    progress.total = shard.map { (expected + $0.count - 1) / $0.count } ?? expected
    report.shard = shard?.description
    var reader = BatchItemReader(inputs: files)
    var ids = ArticleID()
    var briefs: [Brief] = []
    var chunk: [BatchItem] = []
    var chunkSize = 0
    func flush() {
      process(chunk, ids: &ids, briefs: &briefs, report: &report)
      chunk.removeAll(keepingCapacity: true)
      chunkSize = 0
    }
    while let item = reader.next() {
      chunk.append(item)
      chunkSize += item.byteCount
      if chunk.count >= Self.chunkCount || chunkSize >= Self.chunkBytes {
        flush()
        progress.update(phase: "briefing", done: report.articles, failed: report.failures.count)
      }
    }
    flush()
    for failure in reader.failures { fail(&report, failure) }
    progress.update(
      phase: "translating", done: report.articles, failed: report.failures.count, force: true)

    let translationStart = clock.now
    var translator = self.translator
    report.translation = translator.translate(&briefs)
    report.translator = translator
    report.stageSeconds["translate"] = seconds(clock.now - translationStart)
    writeBriefs(briefs, report: &report)

    let digestStart = clock.now
    // From the briefs as re-read from their JSON, as `brief digest` sees them: same bytes.
    Self.makeAsWritten(&briefs)
    let digest = DigestBuilder.digest(of: briefs)
    report.stageSeconds["digest"] = seconds(clock.now - digestStart)
    for (name, text) in DigestFiles.documents(of: digest) {
      write(text, to: "\(outputDirectory)/\(name)", report: &report)
    }
    report.totalSeconds = seconds(clock.now - started)
    write(
      report.json(outputDirectory: outputDirectory),
      to: "\(outputDirectory)/report.json", report: &report)
    progress.finish()
    if !quiet { Console.error(report.summary(outputDirectory: outputDirectory)) }
    if !report.outputFailures.isEmpty { return .outputFailed }
    if report.translation?.outcome.degraded != nil { return .translationDegraded }
    return report.failures.isEmpty ? .success : .inputsFailed
  }

  /// Ingests one chunk of items and selects their key sentences.
  private func process(
    _ items: [BatchItem], ids: inout ArticleID, briefs: inout [Brief], report: inout BatchReport
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
          if !quiet {
            progress.finish()
            Console.warning("\(item.source): \(warning)")
          }
        }
        var article = article
        if let language { article.language = language }
        let (id, duplicate) = ids.unique(article.id)
        if id != article.id {
          let why = duplicate ? "duplicate id" : "id made safe for a file name"
          report.renamedIDs.append(
            .init(source: item.source, message: "\(why): \"\(article.id)\" -> \"\(id)\""))
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
      if let stored = workArea.brief(for: key) { return (stored, true, clock.now - start) }
      let brief = pipeline.run(article).brief
      workArea.store(brief, for: key)
      return (brief, false, clock.now - start)
    }
    for (brief, reused, duration) in selected {
      report.stageSeconds["select", default: 0] += seconds(duration)
      if reused { report.reusedBriefs += 1 }
      briefs.append(brief)
    }
  }

  /// Renders every brief in each format and writes its files, on all cores, a chunk at a time.
  private func writeBriefs(_ briefs: [Brief], report: inout BatchReport) {
    let clock = ContinuousClock()
    let folder = outputDirectory + "/briefs"
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
      for (failures, renderTime, writeTime) in outcomes {
        report.stageSeconds["render", default: 0] += seconds(renderTime)
        report.stageSeconds["write", default: 0] += seconds(writeTime)
        for failure in failures {
          report.outputFailures.append(.init(source: failure.path, reason: failure.reason))
          Console.error(failure.description)
        }
        if failures.isEmpty { report.briefsWritten += 1 }
      }
      progress.update(phase: "writing", done: report.briefsWritten, failed: report.failures.count)
    }
  }

  @discardableResult
  private func write(_ text: String, to path: String, report: inout BatchReport) -> Bool {
    do {
      try FileIO.writeAtomically(text, to: path)
      return true
    } catch {
      report.outputFailures.append(.init(source: error.path, reason: error.reason))
      Console.error(error.description)
      return false
    }
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

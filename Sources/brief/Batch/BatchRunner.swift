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
  let quiet: Bool

  private static let formats: [OutputFormat] = [.markdown, .html, .json]

  /// Runs the batch and returns the exit status.
  func run() -> ExitStatus {
    let clock = ContinuousClock()
    let started = clock.now
    var report = BatchReport()
    let collector = InputCollector(paths: inputs)
    report.inputFiles = collector.inputs.count
    for failure in collector.failures { fail(&report, failure) }

    var reader = BatchItemReader(inputs: collector.inputs)
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
      if chunk.count >= Self.chunkCount || chunkSize >= Self.chunkBytes { flush() }
    }
    flush()
    for failure in reader.failures { fail(&report, failure) }

    let translationStart = clock.now
    report.translation = translator.translate(&briefs)
    report.translator = translator
    report.stageSeconds["translate"] = seconds(clock.now - translationStart)
    writeBriefs(briefs, report: &report)

    let digestStart = clock.now
    let digest = DigestBuilder.digest(of: briefs)
    report.stageSeconds["digest"] = seconds(clock.now - digestStart)
    for format in Self.formats {
      write(
        BriefRenderer(format: format).render(digest),
        to: "\(outputDirectory)/digest.\(format.fileExtension)", report: &report)
    }
    report.totalSeconds = seconds(clock.now - started)
    write(
      report.json(outputDirectory: outputDirectory),
      to: "\(outputDirectory)/report.json", report: &report)
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
      case .success(let (article, warnings)):
        for warning in warnings {
          report.warnings.append(.init(source: item.source, message: "\(warning)"))
          if !quiet { Console.warning("\(item.source): \(warning)") }
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
    let selected = Parallel.map(articles) { article in
      let start = clock.now
      return (pipeline.run(article).brief, clock.now - start)
    }
    for (brief, duration) in selected {
      report.stageSeconds["select", default: 0] += seconds(duration)
      briefs.append(brief)
    }
  }

  /// Renders every brief in each format on all cores and writes the files, a chunk at a time.
  private func writeBriefs(_ briefs: [Brief], report: inout BatchReport) {
    let clock = ContinuousClock()
    for start in stride(from: 0, to: briefs.count, by: Self.chunkCount) {
      let chunk = Array(briefs[start..<min(start + Self.chunkCount, briefs.count)])
      let rendered = Parallel.map(chunk) { brief in
        let start = clock.now
        let documents = Self.formats.map { BriefRenderer(format: $0).render(brief) }
        return (documents, clock.now - start)
      }
      for (brief, (documents, duration)) in zip(chunk, rendered) {
        report.stageSeconds["render", default: 0] += seconds(duration)
        let start = clock.now
        var written = true
        for (format, document) in zip(Self.formats, documents) {
          let path = "\(outputDirectory)/briefs/\(brief.id).\(format.fileExtension)"
          written = write(document, to: path, report: &report) && written
        }
        report.stageSeconds["write", default: 0] += seconds(clock.now - start)
        if written { report.briefsWritten += 1 }
      }
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
    report.failures.append(.init(source: error.path, reason: error.reason))
    Console.error(error.description)
  }

  private func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
  }
}

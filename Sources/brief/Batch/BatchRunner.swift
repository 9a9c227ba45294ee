import BriefKit
import Foundation

/// Runs a batch: inputs -> briefs -> digest -> report, going on past bad inputs.
///
/// Articles are processed in chunks (bounded by count and bytes) so memory stays flat; the
/// CPU stages of a chunk run on all cores, writing is sequential and atomic per file.
struct BatchRunner {
  /// Most articles held in memory at once.
  static let chunkCount = 64
  /// Most input bytes held in memory at once (a single larger file is still processed).
  static let chunkBytes = 64 << 20

  let inputs: [String]
  let outputDirectory: String
  let pipeline: BriefPipeline
  let language: Language?
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

    let digest = DigestBuilder.digest(of: briefs)
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
    return report.failures.isEmpty ? .success : .inputsFailed
  }

  /// Ingests, briefs, renders and writes one chunk of items.
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
    let rendered = Parallel.map(articles) { article in
      let start = clock.now
      let brief = pipeline.run(article).brief
      let selected = clock.now
      let documents = Self.formats.map { BriefRenderer(format: $0).render(brief) }
      return (brief, documents, selected - start, clock.now - selected)
    }
    for (brief, documents, selectSeconds, renderSeconds) in rendered {
      report.stageSeconds["select", default: 0] += seconds(selectSeconds)
      report.stageSeconds["render", default: 0] += seconds(renderSeconds)
      let start = clock.now
      var written = true
      for (format, document) in zip(Self.formats, documents) {
        written =
          write(
            document,
            to: "\(outputDirectory)/briefs/\(brief.id).\(format.fileExtension)", report: &report)
          && written
      }
      report.stageSeconds["write", default: 0] += seconds(clock.now - start)
      if written { report.briefsWritten += 1 }
      briefs.append(brief)
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

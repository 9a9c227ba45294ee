import BriefKit
import Foundation

/// `summarize --jsonl`: JSON lines in, one JSON brief per line out, in input order.
///
/// Lines are taken in chunks and briefed on all cores; a chunk is closed when it is full or
/// when no further line is waiting, so a slow producer gets each brief at once while a fast one
/// gets full parallelism. Memory holds one chunk at a time, whatever the stream's length.
struct JSONLinesSummarizer {
  /// Most lines briefed together unless the caller says otherwise.
  static let defaultChunkCount = 64
  /// Most input bytes held at once.
  static let chunkBytes = 16 << 20

  let pipeline: BriefPipeline
  let selection: SelectionOptions
  var translator: Translator
  let sentencesOnly: Bool
  /// Most lines briefed and translated together.
  let chunkCount: Int
  private var failed = 0
  private var degraded = false

  init(
    pipeline: BriefPipeline, selection: SelectionOptions,
    translator: Translator,
    sentencesOnly: Bool, chunkCount: Int = defaultChunkCount
  ) {
    self.chunkCount = max(1, chunkCount)
    self.pipeline = pipeline
    self.selection = selection
    self.translator = translator
    self.sentencesOnly = sentencesOnly
  }

  /// Briefs every line of `input` and returns the exit status.
  mutating func run(_ input: inout JSONLinesInput) -> ExitStatus {
    var chunk: [BatchItem] = []
    var bytes = 0
    while let entry = input.next() {
      switch entry {
      case .tooLong(let error):
        failed += 1
        Console.error(error.description)
      case .line(let line, let number):
        chunk.append(
          BatchItem(
            jsonLine: line, lineNumber: number, path: input.source, fileDate: input.fileDate))
        bytes += line.count
      }
      if chunk.count >= chunkCount || bytes >= Self.chunkBytes
        || (!chunk.isEmpty && !input.hasWaitingInput)
      {
        emit(chunk)
        chunk.removeAll(keepingCapacity: true)
        bytes = 0
      }
    }
    emit(chunk)
    if let failure = input.readFailure {
      failed += 1
      Console.error(failure.description)
    }
    if degraded { return .translationDegraded }
    return failed == 0 ? .success : .inputsFailed
  }

  /// Briefs one chunk on all cores, translates it as one job, renders it on all cores and
  /// writes it in order.
  private mutating func emit(_ chunk: [BatchItem]) {
    guard !chunk.isEmpty else { return }
    let pipeline = self.pipeline
    let selection = self.selection
    let results = Parallel.map(chunk) { item in
      Result { () throws(CLIError) in
        let (article, warnings) = try item.article()
        return (pipeline.run(selection.apply(to: article)).brief, warnings)
      }
    }
    var briefs = results.compactMap { try? $0.get().0 }
    if let summary = translator.translate(&briefs), summary.outcome.degraded != nil {
      degraded = true
    }
    let renderer = BriefRenderer(format: .json)
    let sentencesOnly = self.sentencesOnly
    let texts = Parallel.map(briefs) { brief in
      sentencesOnly
        ? brief.lines.map { $0.text + "\n" }.joined() : renderer.renderJSONLine(brief) + "\n"
    }
    var output = BufferedOutput()
    var next = texts.makeIterator()
    for (item, result) in zip(chunk, results) {
      switch result {
      case .failure(let error):
        output.flush()
        failed += 1
        Console.error(error.description)
      case .success(let (_, warnings)):
        if !warnings.isEmpty {
          // In step with the briefs: each warning comes out before its line's brief.
          output.flush()
          for warning in warnings { Console.warning("\(item.source): \(warning)") }
        }
        guard let text = next.next() else { continue }
        output.append(text.utf8)
      }
    }
    output.flush()
  }
}

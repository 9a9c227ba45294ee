import BriefKit
import Foundation

/// One unit of batch input: a whole file, or one line of a JSONL file.
enum BatchItem: Sendable {
  /// A whole file, or the first `bytes` of a larger one of `totalBytes`.
  case file(path: String, bytes: [UInt8], format: ArticleFormat, totalBytes: Int)
  case jsonLine(path: String, lineNumber: Int, bytes: [UInt8])

  /// Where the item came from, as printed in messages: `FILE` or `FILE:LINE`.
  var source: String {
    switch self {
    case .file(let path, _, _, _): path
    case .jsonLine(let path, let lineNumber, _): "\(path):\(lineNumber)"
    }
  }

  /// The bytes the item holds.
  var byteCount: Int {
    switch self {
    case .file(_, let bytes, _, _), .jsonLine(_, _, let bytes): bytes.count
    }
  }

  /// The longest article text briefed, in UTF-8 bytes (2 MiB, far beyond any news article);
  /// a longer text is briefed from its first 2 MiB, with a warning, so time and memory stay
  /// bounded.
  static let maximumTextBytes = 2 << 20
  /// The most bytes read of one input file (8 MiB: room for HTML markup around the text).
  static let maximumFileBytes = 8 << 20

  /// Decodes the item into an article with its raw (unsafe, not yet unique) id and its file's
  /// modification day as `fileDate`; `form` says how far its text is normalised (`.full`
  /// texts are also cut to `maximumTextBytes`).
  func article(form: TextNormalizer.Form = .full) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    var (article, warnings) = try decoded(form: form)
    switch self {
    case .file(let path, _, _, _), .jsonLine(let path, _, _):
      article.fileDate = FileIO.modificationDay(path)
    }
    guard form == .full else { return (article, warnings) }
    var size = article.text.utf8.count
    if case .file(_, let bytes, _, let total) = self, total > bytes.count { size = total }
    article.text = TextPrefix.prefix(article.text, maximumBytes: Self.maximumTextBytes)
    if size > article.text.utf8.count {
      warnings.append(.truncated(originalBytes: size, keptBytes: article.text.utf8.count))
    }
    return (article, warnings)
  }

  private func decoded(form: TextNormalizer.Form) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    switch self {
    case .file(let path, let bytes, let format, _):
      do {
        return try ArticleReader.article(
          from: bytes, id: SummarizeCommand.baseName(path), source: path, format: format,
          form: form)
      } catch {
        throw CLIError(path: path, error)
      }
    case .jsonLine(let path, let lineNumber, let bytes):
      do {
        let article = try ArticleReader.article(
          fromJSONLine: bytes, lineNumber: lineNumber, source: path)
        return (article, [])
      } catch {
        throw CLIError(path: "\(path):\(lineNumber)", error)
      }
    }
  }
}

/// Yields the batch items of a list of input files, reading one file or line at a time.
struct BatchItemReader: IteratorProtocol {
  private var inputs: IndexingIterator<[InputCollector.Input]>
  private var lines: (path: String, reader: LineReader, descriptor: Int32, number: Int)?
  /// Files that could not be read, collected as they are met.
  private(set) var failures: [CLIError] = []

  init(inputs: [InputCollector.Input]) {
    self.inputs = inputs.makeIterator()
  }

  mutating func next() -> BatchItem? {
    while true {
      if var current = lines {
        if let line = current.reader.next() {
          current.number += 1
          lines = current
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          return .jsonLine(path: current.path, lineNumber: current.number, bytes: line)
        }
        close(current.descriptor)
        lines = nil
      }
      guard let input = inputs.next() else { return nil }
      if input.format == .jsonl {
        let descriptor = open(input.path, O_RDONLY)
        guard descriptor >= 0 else {
          failures.append(CLIError(path: input.path, reason: "cannot be opened"))
          continue
        }
        lines = (input.path, LineReader(descriptor: descriptor), descriptor, 0)
        continue
      }
      do throws(CLIError) {
        let (bytes, total) = try FileIO.readBytes(
          input.path, maximumBytes: BatchItem.maximumFileBytes)
        return .file(path: input.path, bytes: bytes, format: input.format, totalBytes: total)
      } catch {
        failures.append(error)
      }
    }
  }
}

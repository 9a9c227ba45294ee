import BriefKit
import Foundation

/// One unit of batch input: a whole file, or one line of a JSONL file.
enum BatchItem: Sendable {
  case file(path: String, bytes: [UInt8], format: ArticleFormat)
  case jsonLine(path: String, lineNumber: Int, bytes: [UInt8])

  /// Where the item came from, as printed in messages: `FILE` or `FILE:LINE`.
  var source: String {
    switch self {
    case .file(let path, _, _): path
    case .jsonLine(let path, let lineNumber, _): "\(path):\(lineNumber)"
    }
  }

  /// The bytes the item holds.
  var byteCount: Int {
    switch self {
    case .file(_, let bytes, _), .jsonLine(_, _, let bytes): bytes.count
    }
  }

  /// Decodes the item into an article with its raw (unsafe, not yet unique) id and its file's
  /// modification day as `fileDate`; `form` says how far its text is normalised.
  func article(form: TextNormalizer.Form = .full) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    var read = try decoded(form: form)
    switch self {
    case .file(let path, _, _), .jsonLine(let path, _, _):
      read.article.fileDate = FileIO.modificationDay(path)
    }
    return read
  }

  private func decoded(form: TextNormalizer.Form) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    switch self {
    case .file(let path, let bytes, let format):
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
      do {
        return .file(
          path: input.path, bytes: try FileIO.readBytes(input.path), format: input.format)
      } catch {
        failures.append(error)
      }
    }
  }
}

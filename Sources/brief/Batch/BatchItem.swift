import BriefKit
import Foundation

/// One unit of batch input: a whole document, or one line of a JSONL file.
struct BatchItem: Sendable {
  /// What the item holds.
  enum Content: Sendable {
    /// A whole document, or the first bytes of a larger one of `totalBytes` (nil: a stream cut
    /// at `maximumFileBytes`, its size unknown).
    case document(bytes: [UInt8], format: ArticleFormat, totalBytes: Int?)
    /// One line of a JSONL file; `lineNumber` is 1-based.
    case jsonLine(lineNumber: Int, bytes: [UInt8])
  }

  /// The input file as printed (`Printable`), or `stdin`.
  var path: String
  /// The raw id of a document: its file name without the extension (a JSON line has its own).
  var name: String
  /// The input file's modification day (UTC `YYYY-MM-DD`), nil for standard input.
  var fileDate: String?
  var content: Content
  /// `name` as printed (`Printable`): bytes of a file name that are not UTF-8 escaped
  /// (`caf\xE9`), where `name` has U+FFFD.
  var printedName: String

  /// An item of one whole document read by `FileIO.read`.
  init(
    document contents: FileIO.Contents, format: ArticleFormat, path: String, name: String,
    printedName: String? = nil
  ) {
    self.path = path
    self.name = name
    self.printedName = printedName ?? Printable.name(name)
    fileDate = contents.modificationDay
    content = .document(bytes: contents.bytes, format: format, totalBytes: contents.totalBytes)
  }

  /// An item of one line of the JSONL input `path`.
  init(jsonLine bytes: [UInt8], lineNumber: Int, path: String, fileDate: String?) {
    self.path = path
    name = path
    printedName = path
    self.fileDate = fileDate
    content = .jsonLine(lineNumber: lineNumber, bytes: bytes)
  }

  /// Where the item came from, as printed in messages: `FILE` or `FILE:LINE`.
  var source: String {
    switch content {
    case .document: path
    case .jsonLine(let lineNumber, _): "\(path):\(lineNumber)"
    }
  }

  /// The bytes the item holds.
  var byteCount: Int {
    switch content {
    case .document(let bytes, _, _), .jsonLine(_, let bytes): bytes.count
    }
  }

  /// The longest article text briefed, in UTF-8 bytes (2 MiB, far beyond any news article);
  /// a longer text is briefed from its first 2 MiB, with a warning, so time and memory stay
  /// bounded.
  static let maximumTextBytes = 2 << 20
  /// The most bytes read of one input file, pipe or device (8 MiB: room for HTML markup
  /// around the text).
  static let maximumFileBytes = 8 << 20

  /// Decodes the item into an article with its raw (unsafe, not yet unique) id and its file's
  /// modification day as `fileDate`; `form` says how far its text is normalised (`.full`
  /// texts are also cut to `maximumTextBytes`).
  func article(form: TextNormalizer.Form = .full) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    var (article, warnings) = try decoded(form: form)
    article.fileDate = fileDate
    var size = article.text.utf8.count
    if case .document(let bytes, _, let total) = content {
      if let total, total > bytes.count { size = total }
      if total == nil { warnings.append(.streamCut(readBytes: Self.maximumFileBytes)) }
    }
    guard form == .full else { return (article, warnings) }
    article.text = TextPrefix.prefix(article.text, maximumBytes: Self.maximumTextBytes)
    if size > article.text.utf8.count {
      warnings.append(.truncated(originalBytes: size, keptBytes: article.text.utf8.count))
    }
    return (article, warnings)
  }

  private func decoded(form: TextNormalizer.Form) throws(CLIError)
    -> (article: Article, warnings: [IngestWarning])
  {
    switch content {
    case .document(let bytes, let format, _):
      do {
        return try ArticleReader.article(
          from: bytes, id: name, source: path, format: format, form: form)
      } catch {
        throw CLIError(path: path, error)
      }
    case .jsonLine(let lineNumber, let bytes):
      do {
        return try ArticleReader.article(
          fromJSONLine: bytes, lineNumber: lineNumber, source: path, form: form)
      } catch {
        throw CLIError(path: "\(path):\(lineNumber)", error)
      }
    }
  }
}

/// Yields the batch items of a list of input files, reading one file or line at a time; each
/// file is opened once (a named pipe could not be opened twice).
struct BatchItemReader: IteratorProtocol {
  /// The JSONL file being read.
  private struct Lines {
    var path: String
    var reader: LineReader
    var descriptor: Int32
    var fileDate: String?
    var number = 0
    var articles = 0
  }

  private var inputs: IndexingIterator<[InputCollector.Input]>
  private var lines: Lines?
  /// Files and lines that could not be read, collected as they are met.
  private(set) var failures: [CLIError] = []

  init(inputs: [InputCollector.Input]) {
    self.inputs = inputs.makeIterator()
  }

  mutating func next() -> BatchItem? {
    while true {
      if var current = lines {
        if let line = current.reader.nextLine() {
          current.number += 1
          defer { lines = current }
          switch line {
          case .tooLong(let length):
            current.articles += 1
            failures.append(Self.tooLong(length, at: "\(current.path):\(current.number)"))
          case .complete(let bytes):
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            current.articles += 1
            return BatchItem(
              jsonLine: bytes, lineNumber: current.number, path: current.path,
              fileDate: current.fileDate)
          }
          continue
        }
        if current.descriptor != STDIN_FILENO { close(current.descriptor) }
        if let failure = current.reader.readFailure(name: current.path) {
          failures.append(failure)
        } else if current.articles == 0 {
          failures.append(CLIError(path: current.path, .empty))
        }
        lines = nil
      }
      guard let input = inputs.next() else { return nil }
      do throws(CLIError) {
        if input.format == .jsonl || input.formatFromContent {
          if let item = try open(input) { return item }
          continue
        }
        let contents = try FileIO.read(input.path, maximumBytes: BatchItem.maximumFileBytes)
        return BatchItem(
          document: contents, format: input.format, path: input.path.description,
          name: input.path.baseName, printedName: Printable.name(input.path.baseNameBytes))
      } catch {
        failures.append(error)
      }
    }
  }

  /// Opens a JSONL input, or one whose format its content tells, to be read line by line; or
  /// returns the one document it holds.
  private mutating func open(_ input: InputCollector.Input) throws(CLIError) -> BatchItem? {
    let descriptor =
      input.isStandardInput ? STDIN_FILENO : try FileIO.openForReading(input.path)
    var prefix: [UInt8] = []
    var fileDate: String?
    do throws(CLIError) {
      if descriptor != STDIN_FILENO { fileDate = FileIO.modificationDay(of: descriptor) }
      if input.formatFromContent {
        let peek = try JSONLinesSniffer.peek(descriptor, name: input.name)
        prefix = peek.bytes
        if !peek.isJSONLines {
          var contents = try FileIO.read(
            descriptor: descriptor, name: input.name, maximumBytes: BatchItem.maximumFileBytes,
            prefix: prefix)
          contents.modificationDay = fileDate
          if descriptor != STDIN_FILENO { close(descriptor) }
          return BatchItem(
            document: contents, format: ArticleFormat.sniffed(contents.bytes), path: input.name,
            name: input.isStandardInput ? "stdin" : input.path.baseName,
            printedName: input.isStandardInput
              ? "stdin" : Printable.name(input.path.baseNameBytes))
        }
      }
    } catch {
      if descriptor != STDIN_FILENO { close(descriptor) }
      throw error
    }
    lines = Lines(
      path: input.name, reader: LineReader(descriptor: descriptor, prefix: prefix),
      descriptor: descriptor, fileDate: fileDate)
    return nil
  }

  /// The failure of a JSON line longer than `LineReader.maximumLineBytes`.
  static func tooLong(_ length: Int, at place: String) -> CLIError {
    CLIError(
      path: place,
      reason: "line of \(length) bytes is longer than the \(LineReader.maximumLineBytes >> 20)"
        + " MiB a line may have; skipped")
  }
}

import Foundation

/// A JSON-lines input read one article line at a time: a file, or standard input.
///
/// Blank lines are skipped; a line too long to keep is handed on as its error, so that the
/// caller reports it and goes on.
struct JSONLinesInput {
  /// One line of the input that is not blank.
  enum Entry {
    /// A line and its 1-based number.
    case line([UInt8], number: Int)
    /// A line longer than `LineReader.maximumLineBytes`, skipped, as the error to report.
    case tooLong(CLIError)
  }

  /// The reader of the input.
  private(set) var reader: LineReader
  /// The input's name as printed in messages: the file's, or `stdin`.
  let source: String
  /// The file's modification day, which undated articles take; nil for standard input.
  let fileDate: String?
  private var lineNumber = 0

  /// The input read by `reader`, named `source`.
  init(reader: LineReader, source: String, fileDate: String?) {
    self.reader = reader
    self.source = source
    self.fileDate = fileDate
  }

  /// `file` opened for reading; standard input when it is nil or `-`.
  ///
  /// - Throws: a `CLIError` naming the file when it cannot be opened.
  init(file: String?) throws(CLIError) {
    guard let file, file != "-" else {
      self.init(reader: LineReader(), source: "stdin", fileDate: nil)
      return
    }
    let descriptor = try FileIO.openForReading(RawPath(file))
    self.init(
      reader: LineReader(descriptor: descriptor), source: Printable.name(file),
      fileDate: FileIO.modificationDay(of: descriptor))
  }

  /// `file` opened as by `init(file:)`, or nil after printing why it cannot be.
  static func openedOrReported(_ file: String?) -> JSONLinesInput? {
    do throws(CLIError) {
      return try JSONLinesInput(file: file)
    } catch {
      Console.error(error.description)
      return nil
    }
  }

  /// True when the next `next()` will not wait for a slow producer.
  var hasWaitingInput: Bool { reader.hasWaitingInput }

  /// The next line that is not blank, or nil at the end of the input.
  mutating func next() -> Entry? {
    while let line = reader.nextLine() {
      lineNumber += 1
      switch line {
      case .tooLong(let length):
        return .tooLong(BatchItemReader.tooLong(length, at: "\(source):\(lineNumber)"))
      case .complete(let bytes) where bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }):
        continue
      case .complete(let bytes):
        return .line(bytes, number: lineNumber)
      }
    }
    return nil
  }

  /// The failure of a read that ended the input early; nil when every read succeeded.
  var readFailure: CLIError? { reader.readFailure(name: source) }

  /// Closes the input's file; standard input stays open.
  func close() {
    if reader.descriptor != STDIN_FILENO { Foundation.close(reader.descriptor) }
  }
}

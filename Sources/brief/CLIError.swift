import BriefKit

/// A failure the CLI reports as one line naming the file and the problem.
struct CLIError: Error, Equatable, CustomStringConvertible {
  /// The file (or `stdin`, `stdin:LINE`, `FILE:LINE`) the problem is about, with control
  /// characters escaped (`Printable.name`): one line, whatever the file's name.
  var path: String
  /// What went wrong, a short lowercase phrase.
  var reason: String

  var description: String { "\(path): \(reason)" }

  init(path: String, reason: String) {
    self.path = Printable.name(path)
    self.reason = reason
  }

  init(path: String, _ error: IngestError) {
    self.init(path: path, reason: error.message)
  }
}

import Foundation

/// Writes to standard output and standard error without buffering surprises.
///
/// A failed write to standard output ends the run with status 74; a failed write to
/// standard error is ignored (`StandardStream`).
enum Console {
  /// Writes `text` to standard output at once.
  static func out(_ text: String) {
    var text = text
    text.withUTF8 { StandardStream.writeOut($0) }
  }

  /// Writes one line to standard error, prefixed with `brief: `.
  static func error(_ line: String) {
    var text = "brief: " + line + "\n"
    text.withUTF8 { StandardStream.writeError($0) }
  }

  /// Writes one warning line to standard error.
  static func warning(_ line: String) {
    error("warning: " + line)
  }
}

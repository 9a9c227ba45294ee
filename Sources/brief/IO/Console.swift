import Foundation

/// Writes to standard output and standard error without buffering surprises.
enum Console {
  /// Writes `text` to standard output at once.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard error, prefixed with `brief: `.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data(("brief: " + line + "\n").utf8))
  }

  /// Writes one warning line to standard error.
  static func warning(_ line: String) {
    error("warning: " + line)
  }
}

import BriefKit
import Foundation

/// Reading inputs and writing outputs, with errors that name the file.
enum FileIO {
  /// The bytes of the file at `path`, or of standard input when `path` is `-`.
  static func readBytes(_ path: String) throws(CLIError) -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw CLIError(path: path, reason: "is a directory") }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw CLIError(path: path, reason: "permission denied")
    }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
    } catch {
      throw CLIError(path: path, reason: "cannot be read (\(error.localizedDescription))")
    }
  }

  /// The day (UTC, `YYYY-MM-DD`) the file at `path` was last modified; nil when it cannot be
  /// read (or for standard input).
  static func modificationDay(_ path: String) -> String? {
    guard path != "-", path != "stdin",
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let date = attributes[.modificationDate] as? Date
    else { return nil }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// Writes `text` to `path` atomically (temporary file, then rename), creating folders.
  static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw CLIError(path: path, reason: "cannot be written (\(error.localizedDescription))")
    }
  }
}

extension FileIO {
  /// The one article in the file at `path` (`-`: standard input), its format taken from the
  /// extension; warnings are printed, a failure is printed as one line naming the input.
  static func readArticle(_ path: String, form: TextNormalizer.Form = .full) -> Article? {
    let source = path == "-" ? "stdin" : path
    let format = ArticleFormat(fileExtension: (path as NSString).pathExtension) ?? .text
    do throws(CLIError) {
      let item = BatchItem.file(path: source, bytes: try readBytes(path), format: format)
      let read = try item.article(form: form)
      for warning in read.warnings { Console.warning("\(source): \(warning)") }
      return read.article
    } catch {
      Console.error(error.description)
      return nil
    }
  }
}

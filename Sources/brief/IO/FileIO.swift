import BriefKit
import Foundation

/// Reading inputs and writing outputs, with errors that name the file.
enum FileIO {
  /// Whether `path` (symbolic links followed) is a regular file: not a named pipe, socket or
  /// device, which a walk through a folder must not open (a pipe would block it for good).
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// The reason given for a path `isRegularFile` refuses.
  static let notRegularFile = "not a regular file (a pipe, socket or device)"

  /// The bytes of the file at `path`, or of standard input when `path` is `-`.
  static func readBytes(_ path: String) throws(CLIError) -> [UInt8] {
    try readBytes(path, maximumBytes: nil).bytes
  }

  /// The bytes of the file at `path` (standard input for `-`) and the file's whole size.
  ///
  /// With `maximumBytes`, a larger file is read only that far, cut back to the end of its last
  /// line in the second half of the read (so no character is split), and `totalBytes` tells
  /// how large the file was.
  static func readBytes(_ path: String, maximumBytes: Int?) throws(CLIError)
    -> (bytes: [UInt8], totalBytes: Int)
  {
    if path == "-" {
      let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
      return (bytes, bytes.count)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw CLIError(path: path, reason: "is a directory") }
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else {
      throw CLIError(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      let total = Int(try handle.seekToEnd())
      try handle.seek(toOffset: 0)
      guard let maximumBytes, total > maximumBytes else {
        return (Array(try handle.readToEnd() ?? Data()), total)
      }
      let prefix = Array(try handle.read(upToCount: maximumBytes) ?? Data())
      return (cutAtLineEnd(prefix), total)
    } catch {
      throw CLIError(path: path, reason: "cannot be read (\(error.localizedDescription))")
    }
  }

  /// `bytes` up to and including its last line feed in the second half (for UTF-16 with a
  /// little-endian BOM, the `0A 00` pair); else up to the start of a UTF-8 sequence.
  static func cutAtLineEnd(_ bytes: [UInt8]) -> [UInt8] {
    let littleEndian16 = bytes.starts(with: [0xFF, 0xFE])
    if let newline = bytes.lastIndex(of: 0x0A), newline >= bytes.count / 2 {
      let end = littleEndian16 && newline + 1 < bytes.count ? newline + 2 : newline + 1
      return Array(bytes[..<end])
    }
    var end = bytes.count
    while end > 0, bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
    if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
    return Array(bytes[..<end])
  }

  /// The day (UTC, `YYYY-MM-DD`) the file at `path` was last modified; nil when it cannot be
  /// read (or for standard input).
  static func modificationDay(_ path: String) -> String? {
    guard path != "-", path != "stdin",
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let date = attributes[.modificationDate] as? Date
    else { return nil }
    return utcDay(of: date)
  }

  /// The UTC calendar day of `date` as `YYYY-MM-DD`: by day arithmetic from 1970 on (a date
  /// formatter costs more than the rest of a brief), by `ISO8601DateFormatter` before.
  static func utcDay(of date: Date) -> String {
    let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
    if days >= 0, days < 3_000_000, let day = ISO8601Date.day(daysSince1970: Int(days)) {
      return day
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  /// Writes `text` to `path` atomically, creating its folder.
  ///
  /// A temporary file in the same folder, then a rename: a reader sees the old file or the
  /// whole new one, never a part.
  static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty { try makeFolder(folder) }
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw writeError(path) }
    var text = text
    let written = text.withUTF8 { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        let count = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    let closed = close(descriptor) == 0
    guard written, closed, rename(temporary, path) == 0 else {
      let error = writeError(path)
      unlink(temporary)
      throw error
    }
  }

  /// Creates the folder `path` (and its parents) unless it exists.
  ///
  /// - Throws: a `CLIError` naming the path when a file is in the way or the folder cannot
  ///   be created.
  static func makeFolder(_ path: String) throws(CLIError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw CLIError(path: path, reason: "not a folder") }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw CLIError(path: path, reason: "folder cannot be created")
    }
  }

  private static func writeError(_ path: String) -> CLIError {
    CLIError(path: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
  }
}

extension FileIO {
  /// The one article in the file at `path` (`-`: standard input), its format taken from the
  /// extension or, without one, from the content; warnings are printed, a failure is printed
  /// as one line naming the input.
  static func readArticle(_ path: String, form: TextNormalizer.Form = .full) -> Article? {
    let source = path == "-" ? "stdin" : path
    do throws(CLIError) {
      let limit = form == .full ? BatchItem.maximumFileBytes : nil
      let (bytes, total) = try readBytes(path, maximumBytes: limit)
      let format =
        ArticleFormat(fileExtension: (path as NSString).pathExtension)
        ?? ArticleFormat.sniffed(bytes)
      let item = BatchItem.file(path: source, bytes: bytes, format: format, totalBytes: total)
      let read = try item.article(form: form)
      for warning in read.warnings { Console.warning("\(source): \(warning)") }
      return read.article
    } catch {
      Console.error(error.description)
      return nil
    }
  }
}

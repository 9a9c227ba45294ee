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

  /// What was read of one input.
  struct Contents {
    /// The bytes read.
    var bytes: [UInt8]
    /// The whole input's size in bytes; nil when it is not a regular file and went on past
    /// the most bytes read (its size is unknown: it was read no further).
    var totalBytes: Int?
    /// The day (UTC, `YYYY-MM-DD`) the file was last modified; nil for standard input.
    var modificationDay: String?
  }

  /// The bytes of the file at `path`, or of standard input when `path` is `-`.
  static func readBytes(_ path: String) throws(CLIError) -> [UInt8] {
    try read(path == "-" ? nil : RawPath(path), maximumBytes: nil).bytes
  }

  /// The bytes of the file at `path` (nil: standard input), opened once and read once, so a
  /// named pipe (`<(curl ...)`, `/dev/stdin`) is read like a file.
  ///
  /// With `maximumBytes`, a larger input — a file, a pipe or a device such as `/dev/zero` — is
  /// read only that far, cut back to the end of its last line in the second half of the read
  /// (so no character is split).
  static func read(_ path: RawPath?, maximumBytes: Int?) throws(CLIError) -> Contents {
    guard let path else {
      return try read(descriptor: STDIN_FILENO, name: "stdin", maximumBytes: maximumBytes)
    }
    let descriptor = try openForReading(path)
    defer { close(descriptor) }
    return try read(descriptor: descriptor, name: path.description, maximumBytes: maximumBytes)
  }

  /// Opens `path` for reading.
  ///
  /// - Throws: a `CLIError` naming the path, with the reason `reason(errno:)` gives, or
  ///   "is a directory".
  static func openForReading(_ path: RawPath) throws(CLIError) -> Int32 {
    var descriptor: Int32
    repeat {
      descriptor = path.withCString { Foundation.open($0, O_RDONLY | O_CLOEXEC) }
    } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else { throw CLIError(path: path.description, reason: reason(errno)) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw CLIError(path: path.description, reason: "is a directory")
    }
    return descriptor
  }

  /// The one phrase each `errno` of opening or examining a path is reported with, the same
  /// for every kind of input.
  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT, ENOTDIR: "no such file"
    case EACCES, EPERM: "permission denied"
    case ELOOP: "symbolic link loop"
    case EISDIR: "is a directory"
    default: "cannot be opened (\(String(cString: strerror(code))))"
    }
  }

  /// The bytes of the open `descriptor` (see `read(_:maximumBytes:)`), after `prefix`, bytes
  /// already read from it (`JSONLinesSniffer`); `name` is the input as printed.
  static func read(
    descriptor: Int32, name: String, maximumBytes: Int?, prefix: [UInt8] = []
  ) throws(CLIError) -> Contents {
    var status = stat()
    let regular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    let size = regular ? Int(status.st_size) : 0
    // One byte past the limit tells a longer input from one of exactly the limit.
    let wanted = maximumBytes.map { $0 + 1 } ?? Int.max
    var bytes = prefix
    bytes.reserveCapacity(min(max(size, prefix.count), wanted) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < wanted {
      let asked = min(chunk.count, wanted - bytes.count)
      let count = chunk.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, asked)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw CLIError(
          path: name, reason: "cannot be read (\(String(cString: strerror(errno))))")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    let day = descriptor == STDIN_FILENO ? nil : modificationDay(of: descriptor)
    guard let maximumBytes, bytes.count > maximumBytes else {
      return Contents(bytes: bytes, totalBytes: bytes.count, modificationDay: day)
    }
    return Contents(
      bytes: cutAtLineEnd(Array(bytes[..<maximumBytes])),
      totalBytes: regular ? max(size, bytes.count) : nil, modificationDay: day)
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

  /// The day (UTC, `YYYY-MM-DD`) the open file `descriptor` was last modified; nil when it
  /// cannot be examined.
  static func modificationDay(of descriptor: Int32) -> String? {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    return utcDay(of: Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec)))
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

  /// Bytes written into the probe file of `checkWritable(_:)`: a full file system still lets
  /// an empty file be created, not this much.
  static let probeBytes = 256 << 10

  /// Checks that a file can be created and written in the folder `path`, by writing
  /// `probeBytes` into one and removing it (`.brief-probe.PID.tmp`, a name a later run removes
  /// should this one be killed between).
  ///
  /// - Throws: a `CLIError` naming the folder, "cannot be written (REASON)".
  static func checkWritable(_ path: String) throws(CLIError) {
    let probe = "\(path)/.brief-probe.\(getpid()).tmp"
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw writeError(path) }
    defer { unlink(probe) }
    let failure = [UInt8](repeating: 0, count: probeBytes).withUnsafeBytes {
      StandardStream.write($0, to: descriptor)
    }
    close(descriptor)
    if let failure {
      errno = failure
      throw writeError(path)
    }
  }

  /// The error of a write to `path` that failed with the current `errno`.
  static func writeError(_ path: String) -> CLIError {
    CLIError(path: path, reason: "cannot be written (\(String(cString: strerror(errno))))")
  }
}

extension FileIO {
  /// The one article in the file at `path` (`-`: standard input), its format taken from the
  /// extension or, without one, from the content; warnings are printed, a failure is printed
  /// as one line naming the input.
  ///
  /// With `refusingOver`, an input of more bytes is refused (one error line) instead of read
  /// whole, so memory stays bounded.
  ///
  /// With `opened`, the input is read on from that descriptor (left open) after `prefix`, the
  /// bytes already read from it.
  static func readArticle(
    _ path: String, form: TextNormalizer.Form = .full, refusingOver cap: Int? = nil,
    opened: (descriptor: Int32, prefix: [UInt8])? = nil
  ) -> Article? {
    let file = path == "-" ? nil : RawPath(path)
    do throws(CLIError) {
      let limit = cap ?? (form == .full ? BatchItem.maximumFileBytes : nil)
      let contents: Contents
      if let opened {
        contents = try read(
          descriptor: opened.descriptor, name: file?.description ?? "stdin",
          maximumBytes: limit, prefix: opened.prefix)
      } else {
        contents = try read(file, maximumBytes: limit)
      }
      if let cap, contents.totalBytes != contents.bytes.count {
        throw CLIError(
          path: file?.description ?? "stdin",
          reason: "is larger than \(cap >> 20) MiB; only a plain UTF-8 text file is split "
            + "whatever its size")
      }
      let format =
        ArticleFormat(fileExtension: file?.pathExtension ?? "")
        ?? ArticleFormat.sniffed(contents.bytes)
      let item = BatchItem(
        document: contents, format: format, path: file?.description ?? "stdin",
        name: file?.baseName ?? "stdin")
      let read = try item.article(form: form)
      for warning in read.warnings { Console.warning("\(item.source): \(warning)") }
      return read.article
    } catch {
      Console.error(error.description)
      return nil
    }
  }
}

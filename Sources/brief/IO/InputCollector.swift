import BriefKit
import Foundation

/// Expands the paths given on the command line into the input files of a batch.
///
/// Folders are walked recursively; files with a readable extension (.txt, .md, .html,
/// .jsonl) are kept, in a deterministic order (sorted by name, byte by byte, within each
/// argument). Names are kept as the file system's bytes (`RawPath`), so a name that is not
/// UTF-8 is still opened. Symbolic links are followed: a folder or file reached twice (a link
/// to a sibling, a path named twice) is read once, without a message; a link back into a
/// folder being walked is reported as a symbolic link loop and not walked forever; a file
/// reached again under another name (a hard link) is read once, with a warning. The output
/// folder is never walked, nor any other Brief output folder (`briefOutputMark`): last
/// night's briefs and digests are not articles.
struct InputCollector {
  /// One input file and its format.
  struct Input: Equatable {
    var path: RawPath
    var format: ArticleFormat
    /// Whether the format is told by the content when the input is read (`JSONLinesSniffer`).
    ///
    /// A file named on the command line without an article extension,
    /// such as `<(curl ...)`, `/dev/stdin` or `-`. `format` is then `.text`.
    var formatFromContent = false

    /// Whether the input is standard input (`-`).
    var isStandardInput: Bool { path.bytes == [UInt8(ascii: "-")] }

    /// The input as printed: its path, or `stdin`.
    var name: String { isStandardInput ? "stdin" : path.description }
  }

  /// A file's identity: its device and inode, the same by whatever path it is reached.
  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ status: stat) {
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
    }
  }

  /// The files found, in order.
  private(set) var inputs: [Input] = []
  /// Paths that could not be used, each with its reason.
  private(set) var failures: [CLIError] = []
  /// Paths used, but not as they seem (a second name of a file read under its first).
  private(set) var warnings: [CLIError] = []
  /// Brief output folders met in the inputs and not read (`briefOutputMark`), each with
  /// what marks it: notices, not failures.
  private(set) var skippedOutputFolders: [CLIError] = []
  /// Each file and folder met, by identity, with the path it was first met by.
  private var seen: [FileID: RawPath] = [:]
  /// The folders being walked, outermost first: a folder among them reached again is a loop.
  private var walking: [FileID] = []

  /// The folder never walked: the batch's own output folder, so that a run writing into a
  /// folder it reads does not read its last run's briefs as articles.
  private let skippedFolder: FileID?

  /// Collects the inputs of every path in `paths`, leaving out `skipping` (a folder) and all
  /// that is in it.
  init(paths: [String], skipping folder: String? = nil) {
    var status = stat()
    skippedFolder = folder.flatMap { stat($0, &status) == 0 ? FileID(status) : nil }
    for path in paths { collect(RawPath(path), explicit: true) }
  }

  private mutating func collect(_ path: RawPath, explicit: Bool) {
    var status = stat()
    if explicit, path.bytes == [UInt8(ascii: "-")] {
      // Standard input, once however often it is named.
      if fstat(STDIN_FILENO, &status) != 0 || firstMeeting(FileID(status), path) {
        inputs.append(Input(path: path, format: .text, formatFromContent: true))
      }
      return
    }
    guard path.withCString({ stat($0, &status) }) == 0 else {
      failures.append(CLIError(path: path.description, reason: Self.missingReason(path, errno)))
      return
    }
    let id = FileID(status)
    if status.st_mode & S_IFMT == S_IFDIR {
      if id == skippedFolder {
        if explicit {
          failures.append(CLIError(path: path.description, reason: "is the output folder"))
        }
        return
      }
      if walking.contains(id) {
        failures.append(CLIError(path: path.description, reason: "symbolic link loop"))
        return
      }
      if let mark = Self.briefOutputMark(path) {
        skippedOutputFolders.append(
          CLIError(path: path.description, reason: "a Brief output folder (\(mark)); not read"))
        return
      }
      guard seen.updateValue(path, forKey: id) == nil else { return }
      guard let names = Self.entries(of: path) else {
        failures.append(CLIError(path: path.description, reason: "folder cannot be read"))
        return
      }
      walking.append(id)
      for name in names where name.first != UInt8(ascii: ".") {
        collect(path.appending(name), explicit: false)
      }
      walking.removeLast()
      return
    }
    guard let format = ArticleFormat(fileExtension: path.pathExtension) else {
      // A file named on the command line is read as text whatever its extension;
      // files found in folders are skipped unless Brief reads their extension.
      if explicit, firstMeeting(id, path) {
        inputs.append(Input(path: path, format: .text, formatFromContent: true))
      }
      return
    }
    // A named pipe, socket or device found in a folder would block the batch or never end;
    // one named on the command line (`<(curl ...)`) is read as the user asked.
    if !explicit, status.st_mode & S_IFMT != S_IFREG {
      failures.append(CLIError(path: path.description, reason: FileIO.notRegularFile))
      return
    }
    guard firstMeeting(id, path) else { return }
    inputs.append(Input(path: path, format: format))
  }

  /// Whether the file `id` is met for the first time (by `path`); when not, a warning if
  /// `path` is another name for it (a hard link), not the same name reached again (a path
  /// named twice, or through a link to its folder), which is silent.
  private mutating func firstMeeting(_ id: FileID, _ path: RawPath) -> Bool {
    guard let first = seen[id] else {
      seen[id] = path
      return true
    }
    if let here = Self.resolved(path), let there = Self.resolved(first), here != there {
      warnings.append(
        CLIError(
          path: path.description,
          reason: "the same file as \(first.description) (a hard link); read once, as "
            + "\(first.description)"))
    }
    return false
  }

  /// `path` with every symbolic link and `.`/`..` resolved; nil when it cannot be.
  private static func resolved(_ path: RawPath) -> [UInt8]? {
    guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
    defer { free(resolved) }
    return Array(String(cString: resolved).utf8)
  }

  /// What marks the folder `path` as one Brief wrote into (nil when nothing does): its work
  /// area (`.brief-work/`) or lock (`.brief-lock`), or a `report.json` or `digest.json` that
  /// Brief wrote (an object with `output_directory` and `briefs_written`; with
  /// `"schema": "digest"`).
  static func briefOutputMark(_ path: RawPath) -> String? {
    var status = stat()
    for name in [".brief-work", OutputFolder.lockName]
    where path.appending(Array(name.utf8)).withCString({ lstat($0, &status) }) == 0 {
      return "holds \(name)"
    }
    let marks: [(String, (JSONValue) -> Bool)] = [
      ("report.json", { $0["output_directory"] != nil && $0["briefs_written"] != nil }),
      ("digest.json", { $0["schema"]?.stringValue == "digest" }),
    ]
    for (name, isBrief) in marks {
      let file = path.appending(Array(name.utf8))
      guard file.withCString({ stat($0, &status) }) == 0, status.st_mode & S_IFMT == S_IFREG,
        let contents = try? FileIO.read(file, maximumBytes: nil),
        let fields = JSONValue.parse(contents.bytes), isBrief(fields)
      else { continue }
      return "holds Brief's \(name)"
    }
    return nil
  }

  /// Why `path` could not be examined (`stat` failed with `code`): a dangling symbolic link is
  /// a broken link, not a missing file.
  private static func missingReason(_ path: RawPath, _ code: Int32) -> String {
    var status = stat()
    if code == ENOENT, path.withCString({ lstat($0, &status) }) == 0,
      status.st_mode & S_IFMT == S_IFLNK
    {
      return "broken symbolic link"
    }
    return FileIO.reason(code)
  }

  /// The names in the folder `path` (without `.` and `..`), sorted byte by byte; nil when the
  /// folder cannot be read.
  private static func entries(of path: RawPath) -> [[UInt8]]? {
    guard let folder = path.withCString({ opendir($0) }) else { return nil }
    defer { closedir(folder) }
    var names: [[UInt8]] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
      }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The number of articles the inputs hold, for the progress line.
  ///
  /// One per document, one per non-empty line of a JSONL file (counted by scanning for line
  /// breaks, without parsing). A JSONL input that is
  /// not a regular file (a pipe, which can be read only once) counts as one.
  static func articleCount(_ inputs: [Input]) -> Int {
    var count = 0
    for input in inputs {
      guard input.format == .jsonl,
        input.path.withCString({ path in
          var status = stat()
          return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        }),
        let descriptor = try? FileIO.openForReading(input.path)
      else {
        count += 1
        continue
      }
      defer { close(descriptor) }
      var last: UInt8 = 0x0A
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let read = chunk.withUnsafeMutableBytes {
          Foundation.read(descriptor, $0.baseAddress, 1 << 20)
        }
        guard read > 0 else { break }
        for byte in chunk[0..<read] where byte == 0x0A { count += 1 }
        last = chunk[read - 1]
      }
      if last != 0x0A { count += 1 }
    }
    return count
  }
}

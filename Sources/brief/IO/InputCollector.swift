import BriefKit
import Foundation

/// Expands the paths given on the command line into the input files of a batch.
///
/// Folders are walked recursively; files with a readable extension (.txt, .md, .html,
/// .jsonl) are kept, in a deterministic order (sorted by path within each argument).
/// Symbolic links are followed once: a link loop is reported, not walked forever. The output
/// folder is never walked.
struct InputCollector {
  /// One input file and its format.
  struct Input: Equatable {
    var path: String
    var format: ArticleFormat
  }

  /// The files found, in order.
  private(set) var inputs: [Input] = []
  /// Paths that could not be used, each with its reason.
  private(set) var failures: [CLIError] = []
  private var seenDirectories: Set<String> = []
  private var seenFiles: Set<String> = []

  /// The real path of a folder never walked: the batch's own output folder, so that a run
  /// writing into a folder it reads does not read its last run's briefs as articles.
  private let skippedFolder: String?

  /// Collects the inputs of every path in `paths`, leaving out `skipping` (a folder) and all
  /// that is in it.
  init(paths: [String], skipping folder: String? = nil) {
    skippedFolder = folder.map(Self.realPath)
    for path in paths { collect(path, explicit: true) }
  }

  /// `path` made absolute, with symbolic links resolved.
  static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  private mutating func collect(_ path: String, explicit: Bool) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      let isDanglingLink = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
      failures.append(
        CLIError(path: path, reason: isDanglingLink ? "broken symbolic link" : "no such file"))
      return
    }
    let real = Self.realPath(path)
    if isDirectory.boolValue {
      if real == skippedFolder {
        if explicit { failures.append(CLIError(path: path, reason: "is the output folder")) }
        return
      }
      guard seenDirectories.insert(real).inserted else {
        if !explicit { failures.append(CLIError(path: path, reason: "symbolic link loop")) }
        return
      }
      let children: [String]
      do {
        children = try manager.contentsOfDirectory(atPath: path).sorted()
      } catch {
        failures.append(CLIError(path: path, reason: "folder cannot be read"))
        return
      }
      for child in children where !child.hasPrefix(".") {
        collect((path as NSString).appendingPathComponent(child), explicit: false)
      }
      return
    }
    let fileExtension = (path as NSString).pathExtension
    guard let format = ArticleFormat(fileExtension: fileExtension) else {
      // A file named on the command line is read as text whatever its extension;
      // files found in folders are skipped unless Brief reads their extension.
      if explicit, seenFiles.insert(real).inserted {
        inputs.append(Input(path: path, format: .text))
      }
      return
    }
    // A named pipe, socket or device found in a folder would block the batch or never end;
    // one named on the command line (`<(curl ...)`) is read as the user asked.
    if !explicit, !FileIO.isRegularFile(path) {
      failures.append(CLIError(path: path, reason: FileIO.notRegularFile))
      return
    }
    guard seenFiles.insert(real).inserted else { return }
    inputs.append(Input(path: path, format: format))
  }

  /// The number of articles the inputs hold: one per document, one per non-empty line of a
  /// JSONL file (counted by scanning for line breaks, without parsing).
  static func articleCount(_ inputs: [Input]) -> Int {
    var count = 0
    for input in inputs {
      guard input.format == .jsonl else {
        count += 1
        continue
      }
      guard let handle = FileHandle(forReadingAtPath: input.path) else { continue }
      defer { try? handle.close() }
      var last: UInt8 = 0x0A
      while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        chunk.withUnsafeBytes { bytes in
          for byte in bytes where byte == 0x0A { count += 1 }
        }
        last = chunk.last ?? last
      }
      if last != 0x0A { count += 1 }
    }
    return count
  }
}

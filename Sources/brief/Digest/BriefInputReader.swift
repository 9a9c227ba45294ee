import BriefKit
import Foundation

/// Reads the briefs `brief digest` merges: batch output folders, `.json` brief files, JSON-lines
/// files of briefs (`brief summarize --jsonl`), and `-` for JSON lines on standard input.
///
/// Inputs are read in the order given; a folder's `briefs/*.json` in sorted order. A brief whose
/// id was met before is reported and left out, so the first one wins. Bad files and lines are
/// collected with their place (`FILE`, `FILE:LINE`) and the reading goes on.
struct BriefInputReader {
  /// Lines decoded together on all cores.
  static let chunkCount = 256
  /// The largest `.json` brief file read, in bytes (64 MiB, far beyond any brief).
  static let maximumFileBytes = 64 << 20

  /// The briefs read, first of each id only, in reading order.
  private(set) var briefs: [Brief] = []
  /// Files and lines that could not be read as briefs, in reading order.
  private(set) var failures: [CLIError] = []
  /// Briefs left out because their id was read before, in reading order.
  private(set) var duplicates: [CLIError] = []
  /// Where each id was first read.
  private var firstPlace: [String: String] = [:]

  /// Reads one command-line input.
  mutating func read(_ input: String) {
    if input == "-" {
      var lines = LineReader()
      readLines(&lines, name: "stdin")
      return
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      failures.append(CLIError(path: input, reason: "no such file"))
      return
    }
    if isDirectory.boolValue {
      readFolder(input)
    } else if (input as NSString).pathExtension.lowercased() == "json" {
      readFile(input)
    } else {
      readLinesFile(input)
    }
  }

  /// A batch output folder: its `briefs/*.json`; a batch that wrote no briefs has a
  /// `report.json` and no `briefs/` folder.
  private mutating func readFolder(_ folder: String) {
    let briefsFolder = (folder as NSString).appendingPathComponent("briefs")
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: briefsFolder) else {
      let report = (folder as NSString).appendingPathComponent("report.json")
      if !manager.fileExists(atPath: report) {
        failures.append(
          CLIError(path: folder, reason: "not a batch output folder (no briefs/ or report.json)"))
      }
      return
    }
    var paths: [String] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let path = (briefsFolder as NSString).appendingPathComponent(name)
      guard FileIO.isRegularFile(path) else {
        failures.append(CLIError(path: path, reason: FileIO.notRegularFile))
        continue
      }
      paths.append(path)
    }
    for start in stride(from: 0, to: paths.count, by: Self.chunkCount) {
      let chunk = Array(paths[start..<min(start + Self.chunkCount, paths.count)])
      let results = Parallel.map(chunk) { path in Self.decodeFile(path) }
      for (path, result) in zip(chunk, results) { take(result, place: path) }
    }
  }

  private mutating func readFile(_ path: String) {
    take(Self.decodeFile(path), place: path)
  }

  private mutating func readLinesFile(_ path: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      failures.append(
        CLIError(path: path, reason: "cannot be opened (\(String(cString: strerror(errno))))"))
      return
    }
    defer { close(descriptor) }
    var lines = LineReader(descriptor: descriptor)
    readLines(&lines, name: path)
  }

  /// Every non-blank line of `lines` as one brief, decoded a chunk at a time on all cores.
  private mutating func readLines(_ lines: inout LineReader, name: String) {
    var chunk: [(place: String, bytes: [UInt8])] = []
    var number = 0
    while let line = lines.next() {
      number += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      chunk.append(("\(name):\(number)", line))
      if chunk.count >= Self.chunkCount { decode(&chunk) }
    }
    decode(&chunk)
  }

  private mutating func decode(_ chunk: inout [(place: String, bytes: [UInt8])]) {
    let lines = chunk.map(\.bytes)
    let results = Parallel.map(lines) { bytes in
      Result { () throws(BriefDecodingError) in try BriefDecoder.decode(bytes) }
    }
    for (line, result) in zip(chunk, results) {
      take(
        result.mapError { CLIError(path: line.place, reason: $0.description) }, place: line.place)
    }
    chunk.removeAll(keepingCapacity: true)
  }

  /// Keeps a decoded brief unless its id was read before; records a failure with its place.
  private mutating func take(_ result: Result<Brief, CLIError>, place: String) {
    switch result {
    case .failure(let error):
      failures.append(error)
    case .success(let brief):
      if let first = firstPlace[brief.id] {
        duplicates.append(
          CLIError(path: place, reason: "duplicate id \"\(brief.id)\" left out (first in \(first))")
        )
      } else {
        firstPlace[brief.id] = place
        briefs.append(brief)
      }
    }
  }

  /// The brief in the `.json` file at `path`.
  private static func decodeFile(_ path: String) -> Result<Brief, CLIError> {
    Result { () throws(CLIError) in
      let (bytes, total) = try FileIO.readBytes(path, maximumBytes: maximumFileBytes)
      guard total <= maximumFileBytes else {
        throw CLIError(path: path, reason: "larger than \(maximumFileBytes >> 20) MiB")
      }
      do throws(BriefDecodingError) {
        return try BriefDecoder.decode(bytes)
      } catch {
        throw CLIError(path: path, reason: error.description)
      }
    }
  }
}

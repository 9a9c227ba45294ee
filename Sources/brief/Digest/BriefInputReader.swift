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
  /// Other things worth a warning (a report of an older version), in reading order.
  private(set) var warnings: [CLIError] = []
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

  /// A batch output folder: the briefs its `report.json` lists.
  ///
  /// Those are the briefs of its last run and no others (a brief file of an article since deleted or renamed is not
  /// read). A folder without a report — a batch killed or still running — or with a report
  /// of a version before the list is read whole, `briefs/*.json`; the first is a failure.
  private mutating func readFolder(_ folder: String) {
    let briefsFolder = (folder as NSString).appendingPathComponent("briefs")
    let reportPath = (folder as NSString).appendingPathComponent("report.json")
    let manager = FileManager.default
    var paths: [String] = []
    if let listed = Self.listedBriefs(reportPath) {
      for id in listed.sorted() {
        // An id from the report is a file name only when it is a safe one.
        guard !id.isEmpty, !id.hasPrefix("."), !id.contains("/") else {
          failures.append(CLIError(path: reportPath, reason: "lists an id that is no file name"))
          continue
        }
        paths.append((briefsFolder as NSString).appendingPathComponent(id + ".json"))
      }
    } else {
      guard let names = try? manager.contentsOfDirectory(atPath: briefsFolder) else {
        failures.append(
          CLIError(path: folder, reason: "not a batch output folder (no briefs/ or report.json)"))
        return
      }
      if manager.fileExists(atPath: reportPath) {
        warnings.append(
          CLIError(
            path: reportPath,
            reason: "lists no briefs (written by an older brief); every brief in briefs/ read"))
      } else {
        failures.append(
          CLIError(
            path: folder,
            reason: "no report.json: the batch that wrote it did not finish (or is running); "
              + "every brief in briefs/ read"))
      }
      for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
        paths.append((briefsFolder as NSString).appendingPathComponent(name))
      }
    }
    for start in stride(from: 0, to: paths.count, by: Self.chunkCount) {
      let chunk = Array(paths[start..<min(start + Self.chunkCount, paths.count)])
      let results = Parallel.map(chunk) { path in
        FileIO.isRegularFile(path) || !FileManager.default.fileExists(atPath: path)
          ? Self.decodeFile(path) : .failure(CLIError(path: path, reason: FileIO.notRegularFile))
      }
      for (path, result) in zip(chunk, results) { take(result, place: path) }
    }
  }

  /// The ids `report.json` at `path` lists under `briefs`; nil when there is no such file or
  /// it has no list.
  private static func listedBriefs(_ path: String) -> [String]? {
    guard let data = FileManager.default.contents(atPath: path),
      let list = JSONValue.parse(data)?["briefs"]?.arrayValue
    else { return nil }
    let ids = list.compactMap(\.stringValue)
    return ids.count == list.count ? ids : nil
  }

  private mutating func readFile(_ path: String) {
    take(Self.decodeFile(path), place: path)
  }

  private mutating func readLinesFile(_ path: String) {
    let descriptor: Int32
    do throws(CLIError) {
      descriptor = try FileIO.openForReading(RawPath(path))
    } catch {
      failures.append(error)
      return
    }
    defer { close(descriptor) }
    var lines = LineReader(descriptor: descriptor)
    readLines(&lines, name: path)
  }

  /// Non-blank lines looked at before a file is taken for brief JSON lines: when none of
  /// them is JSON, the file is reported once as not a brief file, not line by line.
  static let probeLines = 3

  /// Every non-blank line of `lines` as one brief, decoded a chunk at a time on all cores.
  private mutating func readLines(_ lines: inout LineReader, name: String) {
    var chunk: [(place: String, bytes: [UInt8])] = []
    var number = 0
    var probing = true
    while let next = lines.nextLine() {
      number += 1
      guard case .complete(let line) = next else {
        if case .tooLong(let length) = next {
          failures.append(BatchItemReader.tooLong(length, at: "\(name):\(number)"))
        }
        continue
      }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      chunk.append(("\(name):\(number)", line))
      if probing, chunk.count >= Self.probeLines {
        probing = false
        guard Self.holdsJSON(chunk) else { return notBriefs(name) }
      }
      if chunk.count >= Self.chunkCount { decode(&chunk) }
    }
    if let failure = lines.readFailure(name: name) { failures.append(failure) }
    if probing, !chunk.isEmpty, !Self.holdsJSON(chunk) { return notBriefs(name) }
    decode(&chunk)
  }

  /// Whether any of `lines` is JSON.
  private static func holdsJSON(_ lines: [(place: String, bytes: [UInt8])]) -> Bool {
    lines.contains { JSONValue.parse($0.bytes) != nil }
  }

  /// Records the input `name` as holding no briefs, in one line.
  private mutating func notBriefs(_ name: String) {
    failures.append(
      CLIError(
        path: name,
        reason: "not a brief file: its first lines are not JSON (digest reads the JSON lines "
          + "brief summarize --jsonl writes, brief JSON files, or a batch folder)"))
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
      let contents = try FileIO.read(RawPath(path), maximumBytes: maximumFileBytes)
      let bytes = contents.bytes
      guard let total = contents.totalBytes, total <= maximumFileBytes else {
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

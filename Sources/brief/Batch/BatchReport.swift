import Foundation

/// What a batch run did, written to `report.json` and summarised on standard error.
struct BatchReport {
  /// One input that failed, with its reason.
  struct Failure {
    var source: String
    var reason: String
  }

  /// One note about an input that was still processed.
  struct Note {
    var source: String
    var message: String
  }

  var inputFiles = 0
  var articles = 0
  var briefsWritten = 0
  var failures: [Failure] = []
  var warnings: [Note] = []
  var renamedIDs: [Note] = []
  var outputFailures: [Failure] = []
  /// Seconds spent per stage, summed over all articles (CPU stages run in parallel).
  var stageSeconds: [String: Double] = [:]
  var totalSeconds = 0.0

  /// The report as pretty, key-sorted JSON.
  func json(outputDirectory: String) -> String {
    func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    let object: [String: Any] = [
      "version": 1,
      "output_directory": outputDirectory,
      "input_files": inputFiles,
      "articles": articles,
      "briefs_written": briefsWritten,
      "failed": failures.count,
      "failures": failures.map { ["source": $0.source, "reason": $0.reason] },
      "warnings": warnings.map { ["source": $0.source, "message": $0.message] },
      "renamed_ids": renamedIDs.map { ["source": $0.source, "message": $0.message] },
      "output_failures": outputFailures.map { ["path": $0.source, "reason": $0.reason] },
      "seconds": stageSeconds.mapValues(round).merging(["total": round(totalSeconds)]) { a, _ in a
      },
      "translation": ["provider": "none", "requests": 0, "characters_sent": 0],
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A few lines for standard error.
  func summary(outputDirectory: String) -> String {
    var lines = [
      "\(briefsWritten) of \(articles) articles briefed from \(inputFiles) files"
        + (failures.isEmpty ? "" : ", \(failures.count) failed")
        + String(format: " in %.2f s", totalSeconds),
      "briefs in \(outputDirectory)/briefs, digest in \(outputDirectory)/digest.md, "
        + "report in \(outputDirectory)/report.json",
    ]
    if !outputFailures.isEmpty {
      lines.append("\(outputFailures.count) outputs could not be written")
    }
    return lines.joined(separator: "\n")
  }
}

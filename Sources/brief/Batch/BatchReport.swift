import BriefKit
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
  /// The share of the batch this run took (`2/4`), when sharded.
  var shard: String?
  var articles = 0
  /// The ids of the briefs written, in writing order: what `brief digest DIR` reads.
  var briefsWritten: [String] = []
  /// Brief files of earlier runs moved from `briefs/` to `stale/`.
  var staleBriefs = 0
  /// Briefs taken from the work area of an earlier run instead of computed again.
  var reusedBriefs = 0
  var failures: [Failure] = []
  var warnings: [Note] = []
  var renamedIDs: [Note] = []
  /// Brief output folders in the inputs, not read (earlier runs' briefs are not articles).
  var skippedOutputFolders: [String] = []
  var outputFailures: [Failure] = []
  /// Whether every digest file was written (the summary names only files written).
  var digestWritten = false
  /// Whether `report.json` was written.
  var reportWritten = false
  /// Seconds spent per stage, summed over all articles (CPU stages run in parallel).
  var stageSeconds: [String: Double] = [:]
  var totalSeconds = 0.0
  /// The translator of the run and what its job did (nil when none is configured).
  var translator: Translator?
  var translation: Translator.Summary?

  /// The report as pretty, key-sorted JSON.
  func json(outputDirectory: String) -> String {
    func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    let object: [String: Any] = [
      "version": 2,
      "output_directory": outputDirectory,
      "shard": shard.map { $0 as Any } ?? NSNull(),
      "input_files": inputFiles,
      "articles": articles,
      "briefs_written": briefsWritten.count,
      "briefs": briefsWritten.sorted(),
      "stale_briefs_set_aside": staleBriefs,
      "briefs_reused": reusedBriefs,
      "failed": failures.count,
      "failures": failures.map { ["source": $0.source, "reason": $0.reason] },
      "warnings": warnings.map { ["source": $0.source, "message": $0.message] },
      "renamed_ids": renamedIDs.map { ["source": $0.source, "message": $0.message] },
      "skipped_output_folders": skippedOutputFolders,
      "output_failures": outputFailures.map { ["path": $0.source, "reason": $0.reason] },
      "seconds": stageSeconds.mapValues(round).merging(["total": round(totalSeconds)]) { a, _ in a
      },
      "translation": translationJSON,
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The translation section: the provider and the accounting of its job.
  private var translationJSON: [String: Any] {
    let accounting = translation?.outcome.accounting ?? .init()
    return [
      "provider": translator?.kind ?? "none",
      "endpoint": translator?.label ?? "none",
      "requests": accounting.requests,
      "retries": accounting.retries,
      "failures": accounting.failures,
      "characters_sent": accounting.charactersSent,
      "characters_billed": accounting.charactersBilled.map { $0 as Any } ?? NSNull(),
      "batches_split": accounting.batchesSplit,
      "cache_hits": accounting.cacheHits,
      "unique_sentences": accounting.uniqueSentences,
      "degraded": translation?.outcome.degraded.map { $0.message as Any } ?? NSNull(),
      "errors": translation?.outcome.errors.map(\.message) ?? [],
      "checks": translation?.checks.map { ["id": $0.id, "message": $0.message] } ?? [],
    ]
  }

  /// One line of translation accounting for standard error, or nil without a translator.
  var translationLine: String? {
    guard let translator, let translation, translator.kind != "none" else { return nil }
    let accounting = translation.outcome.accounting
    var line = "translation: \(translator.label): \(Translator.accounting(accounting))"
    // The errors themselves were printed as they came: the summary does not repeat them.
    if let degraded = translation.outcome.degraded { line += "; DEGRADED: \(degraded.summary)" }
    return line
  }

  /// The closing summary for standard error: the outcome, a table of the stages, where the
  /// outputs are.
  func summary(outputDirectory: String) -> String {
    var outcome = "\(briefsWritten.count) of \(counted(articles, "article")) briefed from "
    outcome += counted(inputFiles, "file")
    if !failures.isEmpty { outcome += "; \(counted(failures.count, "input")) could not be used" }
    if reusedBriefs > 0 { outcome += ", \(reusedBriefs) reused from an earlier run" }
    var lines = [outcome + String(format: " in %.2f s", totalSeconds)]
    let stages = Self.stageOrder.filter { stageSeconds[$0] != nil }
    if !stages.isEmpty {
      lines.append("  stage       seconds (summed over cores)")
      for stage in stages {
        let padded = stage.padding(toLength: 10, withPad: " ", startingAt: 0)
        lines.append(String(format: "  %@ %8.2f", padded, stageSeconds[stage] ?? 0))
      }
    }
    if let translationLine { lines.append(translationLine) }
    if !warnings.isEmpty {
      lines.append("\(counted(warnings.count, "warning")) (see report.json)")
    }
    if !renamedIDs.isEmpty {
      lines.append("\(counted(renamedIDs.count, "id")) renamed (see report.json)")
    }
    if staleBriefs > 0 {
      lines.append(
        "\(counted(staleBriefs, "brief file")) of articles not in this run moved to "
          + "\(outputDirectory)/stale")
    }
    if !outputFailures.isEmpty {
      lines.append("\(counted(outputFailures.count, "output")) could not be written")
    }
    var written: [String] = []
    if !briefsWritten.isEmpty { written.append("briefs in \(outputDirectory)/briefs") }
    if digestWritten {
      written.append("digest in \(outputDirectory)/digest.md (English: digest.en.md)")
    }
    if reportWritten { written.append("report in \(outputDirectory)/report.json") }
    lines.append(
      written.isEmpty
        ? "nothing written to \(outputDirectory)" : written.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  /// The stages in the order they run, for the summary table.
  static let stageOrder = ["ingest", "select", "translate", "render", "write", "digest"]
}

import BriefKit
import Foundation

/// The batch's work area in the output folder (`DIR/.brief-work/`): each article's selected
/// brief, keyed by its content and the settings, so a re-run — or a run resumed after being
/// killed — skips every article already briefed.
///
/// Stage files are written atomically; an unreadable one is simply recomputed. Translations
/// resume through the translation cache (stored response by response), not here.
struct WorkArea: Sendable {
  /// Bump when the stage files' meaning changes: older files are then ignored.
  static let version = "2"

  /// The folder holding the stage files.
  let folder: String
  /// Everything besides the article that decides its brief (pipeline settings).
  let settings: String

  init(outputDirectory: String, pipeline: BriefPipeline) {
    folder = outputDirectory + "/.brief-work/v\(Self.version)/select"
    settings = String(describing: pipeline.configuration)
  }

  /// The stage key of `article`: a 128-bit hash of its id, text and metadata and the settings.
  ///
  /// The path the article was read from is left out (it decides nothing in the brief but its
  /// `source`, which `brief(for:source:)` sets): the same folder named relatively or absolutely
  /// reuses the same briefs.
  func key(_ article: Article) -> String {
    let parts: [String?] = [
      Self.version, settings, article.id, article.title, article.date, article.fileDate,
      article.url, article.language?.rawValue, article.sentenceCount.map(String.init),
      article.text,
    ]
    return FNV1a.hash128(parts.map { $0 ?? "\u{0}" }.joined(separator: "\u{1F}"))
  }

  /// The brief stored for `key`, if a readable one is there, with `source` as its source.
  func brief(for key: String, source: String) -> Brief? {
    guard let data = FileManager.default.contents(atPath: path(key)),
      var brief = try? JSONDecoder().decode(Brief.self, from: data)
    else { return nil }
    brief.source = source
    return brief
  }

  /// Stores `brief` under `key`; a failure only costs the reuse, so it is ignored.
  func store(_ brief: Brief, for key: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(brief) else { return }
    try? FileIO.writeAtomically(String(decoding: data, as: UTF8.self), to: path(key))
  }

  private func path(_ key: String) -> String { "\(folder)/\(key).json" }

  /// Removes every stage file but those of `keys` (the ones this run used).
  ///
  /// Also removes the folders of other work-area versions and stale temporary files: the work area holds what the next run over the same
  /// inputs can reuse, not every article ever briefed into this folder. Failures only cost
  /// space, so they are ignored.
  func prune(keeping keys: Set<String>) {
    let manager = FileManager.default
    if let names = try? manager.contentsOfDirectory(atPath: folder) {
      for name in names where !keys.contains((name as NSString).deletingPathExtension) {
        try? manager.removeItem(atPath: folder + "/" + name)
      }
    }
    let root = ((folder as NSString).deletingLastPathComponent as NSString)
      .deletingLastPathComponent
    let current = "v\(Self.version)"
    for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where name != current {
      try? manager.removeItem(atPath: root + "/" + name)
    }
  }

  /// Removes temporary files a killed run left in `folders` (`.NAME.PID.tmp`).
  static func removeLeftovers(in folders: [String]) {
    for folder in folders {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        continue
      }
      for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
        try? FileManager.default.removeItem(atPath: folder + "/" + name)
      }
    }
  }
}

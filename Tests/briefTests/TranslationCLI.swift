import Foundation
import Testing
import TranslationAPIServer

/// Helpers for running `brief` against a `TranslationAPIServer`: an isolated environment (a
/// temporary home, so no user config or cache is read), the seed folder, reading the briefs.
struct TranslationCLI {
  /// The DeepL key the tests pass through the environment (a Free key shape).
  static let deepLKey = "cli-5ecret-DeepL-Key-77:fx"
  /// The LibreTranslate key.
  static let libreKey = "cli-5ecret-Libre-Key-88"
  /// The OpenAI key.
  static let openAIKey = "sk-cli-5ecret-OpenAI-99"

  /// A temporary home for this run: config, cache and outputs go below it.
  let home: URL

  init() throws {
    home = try BriefProcess.temporaryFolder()
  }

  /// Removes the temporary home.
  func cleanUp() {
    try? FileManager.default.removeItem(at: home)
  }

  /// The seed folder's path.
  static var seeds: String { BriefProcess.packageRoot.appendingPathComponent("seeds").path }

  /// A folder below the home.
  func path(_ name: String) -> String { home.appendingPathComponent(name).path }

  /// Runs `brief` with `arguments` and the key variables in `keys`, isolated in the home.
  func run(
    _ arguments: [String], keys: [String: String] = [:], extra: [String: String] = [:],
    stdin: String? = nil, timeout: Duration = .seconds(60), executable: URL? = nil,
    in directory: URL? = nil
  ) throws -> BriefProcess.Result {
    let environment = [
      "HOME": home.path, "XDG_CONFIG_HOME": path("config"), "XDG_CACHE_HOME": path("cache"),
    ].merging(keys) { $1 }.merging(extra) { $1 }
    return try BriefProcess.run(
      arguments, stdin: stdin.map { Data($0.utf8) }, in: directory, environment: environment,
      timeout: timeout, executable: executable)
  }

  /// `brief batch seeds --out <home>/<out> --translator deepl --translator-url <server>`.
  func batchDeepL(
    _ server: TranslationAPIServer, out: String = "out", extraArguments: [String] = [],
    key: String = deepLKey
  ) throws -> BriefProcess.Result {
    try run(
      [
        "batch", Self.seeds, "--out", path(out), "--translator", "deepl", "--translator-url",
        server.baseURL, "--cache", path("translations.sqlite"),
      ] + extraArguments, keys: ["DEEPL_AUTH_KEY": key])
  }

  /// The JSON brief of each seed in `out`, by id, in seed order.
  func briefs(_ out: String = "out") throws -> [(id: String, json: [String: Any])] {
    try BriefProcess.seedFiles().map { seed in
      let id = seed.deletingPathExtension().lastPathComponent
      let url = home.appendingPathComponent("\(out)/briefs/\(id).json")
      return (id, try JSONHelpers.object(at: url))
    }
  }

  /// The `"translation"` section of `out/report.json`.
  func translationReport(_ out: String = "out") throws -> [String: Any] {
    let report = try JSONHelpers.object(at: home.appendingPathComponent("\(out)/report.json"))
    return try #require(report["translation"] as? [String: Any])
  }

  /// The outputs of a batch in `out`: every file but the report (it holds timings) and the
  /// work area and lock (intermediate results and a process id, not outputs).
  func outputs(_ out: String = "out") throws -> [String: Data] {
    try files(out).filter { $0.key != "report.json" && !$0.key.hasPrefix(".brief-") }
  }

  /// Every file below `out`, relative path to contents.
  func files(_ out: String = "out") throws -> [String: Data] {
    let root = home.appendingPathComponent(out)
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
      let url = root.appendingPathComponent(relative)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files[relative] = try Data(contentsOf: url)
      }
    }
    return files
  }

  /// `sentence` as the fake server translates it once the shipped glossary's names are put
  /// back: "EN: " and the German with each glossary name (longest first, whole words, a
  /// genitive -s as 's) in its English form.
  static func expected(_ sentence: String, glossary: [(german: String, english: String)]) -> String
  {
    var text = sentence
    var restored: [String: String] = [:]
    for (index, entry) in glossary.enumerated() {
      let escaped = NSRegularExpression.escapedPattern(for: entry.german)
      let genitive = entry.german.last.map { !"sßxzSXZ".contains($0) } ?? false
      for (pattern, english) in [(escaped + "s", entry.english + "'s"), (escaped, entry.english)]
      where pattern != escaped + "s" || genitive {
        let token = "\u{1}\(index)\(english.count)\u{2}"
        guard
          let regex = try? NSRegularExpression(
            pattern: #"(?<![\p{L}\p{N}])"# + pattern + #"(?![\p{L}\p{N}])"#)
        else { continue }
        text = regex.stringByReplacingMatches(
          in: text, range: NSRange(text.startIndex..., in: text),
          withTemplate: NSRegularExpression.escapedTemplate(for: token))
        restored[token] = english
      }
    }
    for (token, english) in restored { text = text.replacingOccurrences(of: token, with: english) }
    return FakeTranslation.english(text)
  }

  /// The shipped glossary's entries, longest German form first.
  static func shippedGlossary() throws -> [(german: String, english: String)] {
    let url = BriefProcess.packageRoot.appendingPathComponent("prompts/glossary-de-en.tsv")
    let entries = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .compactMap { line -> (german: String, english: String)? in
        let fields = line.split(separator: "\t").map(String.init)
        guard fields.count == 2, !line.hasPrefix("#"), fields[0] != "version" else { return nil }
        return (fields[0], fields[1])
      }
    return entries.sorted { $0.german.count > $1.german.count }
  }
}

import Dispatch
import Foundation
import Testing

/// Runs the built `brief` executable as a separate process, as a user would.
struct BriefProcess {
  /// What a finished run printed and returned.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package's root folder (where `seeds/` lives).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `brief` executable built next to the test bundle.
  static func executable() throws -> URL {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["BRIEF_EXECUTABLE"] {
      candidates.append(URL(fileURLWithPath: path))
    }
    let bundleFolder = Bundle.main.bundleURL
    candidates.append(bundleFolder.appendingPathComponent("brief"))
    candidates.append(bundleFolder.deletingLastPathComponent().appendingPathComponent("brief"))
    let argumentFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    candidates.append(argumentFolder.appendingPathComponent("brief"))
    candidates.append(
      argumentFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("brief"))
    let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    return try #require(found, "brief executable not found near \(bundleFolder.path)")
  }

  /// Runs `brief` (or the `executable` given; with `shell`, `/bin/sh`) with `arguments`,
  /// feeding `stdin` (closed when nil).
  ///
  /// - Parameters:
  ///   - environment: nil inherits this process's environment; otherwise these variables are
  ///     put over it after removing every `BRIEF_*` variable and the API key variables, so a
  ///     developer's own settings never leak into a test.
  ///   - timeout: the run is terminated (and the test fails) when it takes longer.
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
    environment: [String: String]? = nil, timeout: Duration = .seconds(60),
    executable: URL? = nil, shell: Bool = false
  ) throws -> Result {
    let process = Process()
    process.executableURL =
      shell ? URL(fileURLWithPath: "/bin/sh") : try executable ?? Self.executable()
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = isolated(environment) }
    // Files, not pipes: the child can never block on a full pipe.
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputURL = folder.appendingPathComponent("stdin")
    let outputURL = folder.appendingPathComponent("stdout")
    let errorURL = folder.appendingPathComponent("stderr")
    try (stdin ?? Data()).write(to: inputURL)
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    let seconds = Double(timeout.components.seconds)
    if finished.wait(timeout: .now() + seconds) == .timedOut {
      process.terminate()
      Issue.record("brief \(arguments.first ?? "") took longer than \(timeout); terminated")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
  }

  /// This process's environment without Brief's settings and keys, with `overrides` on top.
  static func isolated(_ overrides: [String: String]) -> [String: String] {
    let keyVariables: Set<String> = ["DEEPL_AUTH_KEY", "LIBRETRANSLATE_API_KEY", "OPENAI_API_KEY"]
    let inherited = ProcessInfo.processInfo.environment.filter { name, _ in
      !name.hasPrefix("BRIEF_") && !keyVariables.contains(name)
    }
    return inherited.merging(overrides) { _, override in override }
  }

  /// A new empty temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("brief-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The paths of the seed articles, sorted.
  static func seedFiles() throws -> [URL] {
    let folder = packageRoot.appendingPathComponent("seeds")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
  }
}

import BriefKit
import Foundation
import GRDB

/// The translation cache on disk: an SQLite database of earlier translations, so a repeated
/// run sends no request for what it already translated.
///
/// Keys are `CacheKey`s: provider, endpoint, model and prompt version, languages, glossary
/// version and the normalised sentence. Rows hold the key's digest (primary key), the full key
/// (compared on lookup, so a digest collision can never return a wrong translation) and the
/// translation.
///
/// Failures never stop a run: `open` turns a corrupt file into a fresh cache (the old file is
/// kept beside it) and a locked or unwritable one into no cache, each with a warning; a lookup
/// that fails returns no hits and a store that fails is dropped with a warning.
public final class TranslationMemory: TranslationCache {
  /// How long to wait for another process's lock before giving up.
  public static let busyTimeout: TimeInterval = 2
  /// Keys per lookup query (SQLite limits the number of bound parameters).
  static let lookupChunk = 500

  private let database: DatabaseQueue
  private let warn: @Sendable (String) -> Void

  private init(database: DatabaseQueue, warn: @escaping @Sendable (String) -> Void) {
    self.database = database
    self.warn = warn
  }

  /// Opens (or creates) the cache at `path`; nil, after a warning, when no cache can be used.
  public static func open(path: String, warn: @escaping @Sendable (String) -> Void)
    -> TranslationMemory?
  {
    do {
      return try connect(path: path, warn: warn)
    } catch let error as DatabaseError where isCorruption(error) {
      let aside = path + ".corrupt"
      do {
        try? FileManager.default.removeItem(atPath: aside)
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        warn("translation cache \(path) is corrupt; moved it to \(aside) and started a new one")
        return try connect(path: path, warn: warn)
      } catch {
        warn("translation cache \(path) is corrupt and cannot be replaced; running without it")
        return nil
      }
    } catch let error as FolderError {
      warn(
        "translation cache \(path): its folder \(error.folder) cannot be created "
          + "(\(describe(error.underlying))); running without a cache")
      return nil
    } catch {
      warn(
        "translation cache \(path) cannot be opened (\(describe(error))); running without a cache")
      return nil
    }
  }

  /// The cache's folder could not be created.
  private struct FolderError: Error {
    var folder: String
    var underlying: any Error
  }

  private static func connect(path: String, warn: @escaping @Sendable (String) -> Void) throws
    -> TranslationMemory
  {
    // A bare file name has no folder part: it lives in the working folder, which exists.
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw FolderError(folder: folder, underlying: error)
      }
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    // WAL with synchronous=NORMAL: a commit survives the process being killed (only an OS crash
    // can lose the latest ones, which are then simply translated again) and costs no fsync, so
    // storing each response as it arrives stays cheap.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    let database = try DatabaseQueue(path: path, configuration: configuration)
    try database.write { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS translation (
            digest TEXT PRIMARY KEY NOT NULL,
            key TEXT NOT NULL,
            translation TEXT NOT NULL
          ) WITHOUT ROWID
          """)
    }
    return TranslationMemory(database: database, warn: warn)
  }

  /// The cached translations of those `keys` that have one.
  public func lookup(_ keys: [CacheKey]) -> [CacheKey: String] {
    var found: [CacheKey: String] = [:]
    let byDigest = Dictionary(keys.map { ($0.digest, $0) }, uniquingKeysWith: { first, _ in first })
    let digests = Array(byDigest.keys).sorted()
    do {
      try database.read { db in
        for start in stride(from: 0, to: digests.count, by: Self.lookupChunk) {
          let chunk = Array(digests[start..<min(start + Self.lookupChunk, digests.count)])
          let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
          let rows = try Row.fetchAll(
            db, sql: "SELECT digest, key, translation FROM translation WHERE digest IN (\(marks))",
            arguments: StatementArguments(chunk))
          for row in rows {
            let digest: String = row["digest"]
            guard let key = byDigest[digest], key.rawValue == row["key"] as String else { continue }
            found[key] = row["translation"]
          }
        }
      }
    } catch {
      warn("translation cache lookup failed (\(Self.describe(error))); translating afresh")
      return [:]
    }
    return found
  }

  /// Remembers `entries`, replacing earlier translations of the same keys.
  public func store(_ entries: [CacheKey: String]) {
    guard !entries.isEmpty else { return }
    do {
      try database.write { db in
        let statement = try db.makeStatement(
          sql: "INSERT OR REPLACE INTO translation (digest, key, translation) VALUES (?, ?, ?)")
        for (key, translation) in entries.sorted(by: { $0.key.digest < $1.key.digest }) {
          try statement.execute(arguments: [key.digest, key.rawValue, translation])
        }
      }
    } catch {
      warn("translation cache could not be updated (\(Self.describe(error)))")
    }
  }

  /// The number of translations stored.
  public func count() -> Int {
    (try? database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM translation") })
      .flatMap { $0 } ?? 0
  }

  private static func isCorruption(_ error: DatabaseError) -> Bool {
    error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    return error.localizedDescription
  }
}

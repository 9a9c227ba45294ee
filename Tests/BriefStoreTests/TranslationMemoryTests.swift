import BriefKit
import BriefStore
import Foundation
import GRDB
import Synchronization
import Testing

/// Collects warnings from the memory under test.
final class WarningLog: Sendable {
  private let lines = Mutex<[String]>([])
  var all: [String] { lines.withLock { $0 } }
  func append(_ line: String) { lines.withLock { $0.append(line) } }
}

struct TranslationMemoryTests {
  let folder: URL = FileManager.default.temporaryDirectory
    .appendingPathComponent("brief-store-\(UUID().uuidString)")

  func key(_ sentence: String, model: String = "m1") -> CacheKey {
    CacheKey(
      providerIdentity: ["openai", "http://127.0.0.1", model], glossaryVersion: "1",
      sentence: sentence)
  }

  @Test func `a stored translation is found again after reopening`() throws {
    let path = folder.appendingPathComponent("cache.sqlite").path
    let log = WarningLog()
    let memoryOpened = TranslationMemory.open(path: path, warn: { log.append($0) })
    let memory = try #require(memoryOpened)
    memory.store([key("Guten Tag."): "Good day.", key("Danke."): "Thank you."])
    let reopenedOpened = TranslationMemory.open(path: path, warn: { log.append($0) })
    let reopened = try #require(reopenedOpened)
    let found = reopened.lookup([key("Guten Tag."), key("Danke."), key("Nein.")])
    #expect(found == [key("Guten Tag."): "Good day.", key("Danke."): "Thank you."])
    #expect(reopened.count() == 2)
    #expect(log.all.isEmpty)
  }

  @Test func `a different model does not share translations`() throws {
    let path = folder.appendingPathComponent("cache.sqlite").path
    let memoryOpened = TranslationMemory.open(path: path, warn: { _ in })
    let memory = try #require(memoryOpened)
    memory.store([key("Guten Tag."): "Good day."])
    #expect(memory.lookup([key("Guten Tag.", model: "m2")]).isEmpty)
  }

  @Test func `many keys are looked up in chunks`() throws {
    let path = folder.appendingPathComponent("cache.sqlite").path
    let memoryOpened = TranslationMemory.open(path: path, warn: { _ in })
    let memory = try #require(memoryOpened)
    let entries = Dictionary(
      uniqueKeysWithValues: (0..<1_234).map { (key("Satz \($0)."), "S\($0).") })
    memory.store(entries)
    #expect(memory.lookup(Array(entries.keys)) == entries)
  }

  @Test func `a corrupt cache file is set aside and a fresh cache is used`() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("cache.sqlite").path
    try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
    let log = WarningLog()
    let memoryOpened = TranslationMemory.open(path: path, warn: { log.append($0) })
    let memory = try #require(memoryOpened)
    memory.store([key("Hallo."): "Hello."])
    #expect(memory.lookup([key("Hallo.")]) == [key("Hallo."): "Hello."])
    #expect(log.all.count == 1)
    #expect(log.all.first?.contains("corrupt") == true)
    #expect(FileManager.default.fileExists(atPath: path + ".corrupt"))
  }

  @Test func `a cache locked by another process means running without a cache`() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("cache.sqlite").path
    let holder = try DatabaseQueue(path: path)
    let log = WarningLog()
    try holder.inDatabase { db in
      try db.execute(sql: "BEGIN EXCLUSIVE")
      let memory = TranslationMemory.open(path: path, warn: { log.append($0) })
      #expect(memory == nil)
      try db.execute(sql: "ROLLBACK")
    }
    #expect(log.all.count == 1)
    #expect(log.all.first?.contains("running without a cache") == true)
  }

  @Test func `a cache in an unwritable place means running without a cache`() throws {
    let log = WarningLog()
    #expect(
      TranslationMemory.open(path: "/proc/brief/cache.sqlite", warn: { log.append($0) }) == nil)
    #expect(log.all.count == 1)
  }
}

import Foundation
import Testing
import TranslationAPIServer

/// Every server fault through the whole CLI.
///
/// `brief batch seeds --translator deepl` runs against the emulator. For each fault: the exact
/// number of requests, the exit status, what the briefs show, and that every German brief is
/// still written. The seeds' 15 sentences make one DeepL request.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TranslationFaultCLITests {
  /// One fault and what it must lead to.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var faults: FaultScript
    var arguments: [String] = []
    var requests: Int
    var status: Int32
    var translated: Bool
    var testDescription: String { name }
  }

  static let recovered: [Case] = [
    Case(
      name: "429 with Retry-After", faults: .first(1, .rateLimited(.seconds(1))), requests: 2,
      status: 0, translated: true),
    Case(
      name: "429 with retry-after-ms", faults: .first(1, .rateLimited(.milliseconds(200))),
      requests: 2, status: 0, translated: true),
    Case(
      name: "429 without Retry-After", faults: .first(1, .rateLimited(.none)), requests: 2,
      status: 0, translated: true),
    Case(name: "500", faults: .first(1, .status(500)), requests: 2, status: 0, translated: true),
    Case(name: "503", faults: .first(1, .status(503)), requests: 2, status: 0, translated: true),
    Case(
      name: "HTML error body", faults: .first(1, .htmlError(502)), requests: 2, status: 0,
      translated: true),
    Case(
      name: "empty error body", faults: .first(1, .emptyBody(503)), requests: 2, status: 0,
      translated: true),
    Case(
      name: "malformed JSON once", faults: .first(1, .malformedJSON), requests: 2, status: 0,
      translated: true),
    Case(
      name: "truncated JSON once", faults: .first(1, .truncatedJSON), requests: 2, status: 0,
      translated: true),
    Case(
      name: "wrong count once", faults: .first(1, .wrongCount(delta: -1)), requests: 2,
      status: 0, translated: true),
    Case(
      name: "reset connection", faults: .first(1, .reset), requests: 2, status: 0,
      translated: true),
    Case(
      name: "hang", faults: .first(1, .hang), arguments: ["--timeout", "1"], requests: 2,
      status: 0, translated: true),
    Case(
      name: "slow trickle", faults: .first(1, .trickle(.milliseconds(300))),
      arguments: ["--timeout", "1"], requests: 2, status: 0, translated: true),
  ]

  static let lost: [Case] = [
    Case(
      name: "malformed JSON every time", faults: .always(.malformedJSON), requests: 2,
      status: 3, translated: false),
    Case(
      name: "wrong count every time", faults: .always(.wrongCount(delta: 1)), requests: 2,
      status: 3, translated: false),
    Case(
      name: "malformed JSON every time, no retries", faults: .always(.malformedJSON),
      arguments: ["--retries", "0"], requests: 1, status: 3, translated: false),
    Case(
      name: "503 every time, 2 retries", faults: .always(.status(503)),
      arguments: ["--retries", "2"], requests: 3, status: 3, translated: false),
    Case(
      name: "503 every time, no retries", faults: .always(.status(503)),
      arguments: ["--retries", "0"], requests: 1, status: 3, translated: false),
    Case(
      name: "456 quota", faults: .always(.quotaExceeded), requests: 1, status: 3,
      translated: false),
  ]

  @Test(arguments: recovered + lost)
  func `a fault ends as the rules say and every German brief is written`(fault: Case) throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: fault.faults)
    try withTranslationAPIServer(configuration) { server in
      let result = try cli.batchDeepL(server, extraArguments: fault.arguments + ["--no-cache"])
      #expect(result.status == fault.status, "\(result.stderr)")
      #expect(server.requests.count == fault.requests)
      let briefs = try cli.briefs()
      #expect(briefs.count == 5)
      for (id, brief) in briefs {
        let sentences = try #require(brief["sentences"] as? [String], "\(id)")
        #expect(sentences.count == 3, "\(id)")
        let translations = try #require(brief["translations"] as? [Any], "\(id)")
        if fault.translated {
          #expect(translations.allSatisfy { ($0 as? String)?.hasPrefix("EN: ") == true }, "\(id)")
          #expect(brief["translation_note"] is NSNull, "\(id)")
        } else {
          #expect(translations.allSatisfy { $0 is NSNull }, "\(id)")
          // Each line says why: its own reason, else the brief's.
          let items = try #require(brief["items"] as? [[String: Any]], "\(id)")
          let note = brief["translation_note"] as? String
          for item in items {
            let reason = item["translation_note"] as? String ?? note
            #expect(reason != nil, "\(id): \(item)")
          }
        }
      }
      if !fault.translated {
        #expect(result.stderr.contains("DEGRADED"))
        let markdown = try String(
          contentsOfFile: cli.path("out/briefs/\(briefs[0].id).md"), encoding: .utf8)
        #expect(markdown.contains("not translated"))
      }
    }
  }

  /// The quoted start of the sentence a "not translated" note names, when it names one.
  static func quotedStart(_ note: Substring) -> String? {
    guard let open = note.range(of: "answer for \"") else { return nil }
    let rest = note[open.upperBound...]
    return rest.prefix { $0 != "…" && $0 != "\"" }.replacingOccurrences(of: "\\", with: "")
  }

  @Test func `the note under each untranslated line gives that line's own reason`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: .always(.echo))
    try withTranslationAPIServer(configuration) { server in
      let result = try cli.batchDeepL(server, extraArguments: ["--no-cache"])
      #expect(result.status == 3, "\(result.stderr)")
      var notes = Set<String>()
      for (id, brief) in try cli.briefs() {
        let items = try #require(brief["items"] as? [[String: Any]], "\(id)")
        for item in items where item["translation"] is NSNull {
          let text = try #require(item["text"] as? String)
          let note = try #require(item["translation_note"] as? String, "\(id): \(item)")
          let start = try #require(Self.quotedStart(note[...]), "\(note)")
          #expect(text.hasPrefix(start), "\(id): \(note) under \(text)")
          notes.insert(note)
        }
      }
      #expect(notes.count > 3)
      // digest.json: each untranslated line carries its own brief line's note.
      let digestData = try #require(try cli.files()["digest.json"])
      let digest = try #require(
        try JSONSerialization.jsonObject(with: digestData) as? [String: Any])
      var digestNotes = 0
      for story in try #require(digest["stories"] as? [[String: Any]]) {
        for event in try #require(story["events"] as? [[String: Any]]) {
          for line in try #require(event["sentences"] as? [[String: Any]])
          where line["en"] is NSNull {
            let note = try #require(line["translation_note"] as? String, "\(line)")
            let start = try #require(Self.quotedStart(note[...]), "\(note)")
            #expect((line["de"] as? String)?.hasPrefix(start) == true, "\(note) under \(line)")
            #expect(notes.contains(note))
            digestNotes += 1
          }
        }
      }
      #expect(digestNotes > 3)
      // Each reason is printed once on standard error, and the summary does not repeat one.
      for note in notes {
        let message = String(note.dropFirst("translation failed: ".count))
        #expect(result.stderr.components(separatedBy: message).count == 2, "\(message)")
      }
      #expect(!result.stderr.contains("first error"), "\(result.stderr)")
      // Every Markdown page: the note right under a German line quotes that line.
      var files = try cli.files().filter { $0.key.hasSuffix(".md") }
      files = files.filter { $0.key.hasPrefix("briefs/") || $0.key.hasPrefix("digest") }
      #expect(files.count >= 7)
      var checked = 0
      for (name, data) in files {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        for (index, line) in lines.enumerated() where line.contains("not translated (") {
          guard let start = Self.quotedStart(line) else { continue }
          let above = lines[..<index].last { !$0.allSatisfy(\.isWhitespace) } ?? ""
          let german = above.replacingOccurrences(of: "\\", with: "")
          #expect(german.contains(start), "\(name): \(line) under \(above)")
          checked += 1
        }
      }
      #expect(checked > 10)
    }
  }

  @Test func `a 456 is said once per brief and digest and once on standard error`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: .always(.quotaExceeded))
    try withTranslationAPIServer(configuration) { server in
      let result = try cli.batchDeepL(server, extraArguments: ["--no-cache"])
      #expect(result.status == 3, "\(result.stderr)")
      #expect(
        result.stderr.components(separatedBy: "quota exhausted").count == 2, "\(result.stderr)")
      for (name, data) in try cli.files() where name.hasSuffix(".md") || name.hasSuffix(".html") {
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.components(separatedBy: "quota exhausted").count <= 2, "\(name)")
        #expect(!page.contains("translation stopped: "), "\(name)")
      }
      let digest = try String(contentsOfFile: cli.path("out/digest.en.md"), encoding: .utf8)
      #expect(digest.components(separatedBy: "quota exhausted").count == 2, "\(digest)")
    }
  }

  @Test func `a redirect to another port is refused and that server hears nothing`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { other in
      let configuration = TranslationAPIServer.Configuration(
        key: TranslationCLI.deepLKey,
        faults: .always(.redirect(307, to: other.baseURL + "/v2/translate")))
      try withTranslationAPIServer(configuration) { server in
        let result = try cli.batchDeepL(server, extraArguments: ["--no-cache"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(server.requests.count == 1)
        #expect(other.requests.isEmpty)
        #expect(try cli.briefs().count == 5)
        #expect(!result.stderr.contains(TranslationCLI.deepLKey))
      }
    }
  }

  @Test func `requests to a closed port count no characters as sent`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    // A port that was just listened on, now closed: every connection is refused.
    let server = try TranslationAPIServer(.init(key: TranslationCLI.deepLKey))
    server.stop()
    let result = try cli.batchDeepL(server, extraArguments: ["--retries", "2"])
    #expect(result.status == 3, "\(result.stderr)")
    let report = try cli.translationReport()
    #expect(report["requests"] as? Int == 3)
    #expect(report["characters_sent"] as? Int == 0)
    #expect(result.stderr.contains("3 requests (2 retries), 0 cache hits, 0 characters sent"))
  }
}

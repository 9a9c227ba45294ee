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
          let note = brief["translation_note"] as? String
          #expect(note?.hasPrefix("translation") == true, "\(id): \(String(describing: note))")
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

import Foundation
import Testing
import TranslationAPIServer

/// A run with one translation job per article (`summarize --jsonl --chunk 1`) stops sending once the
/// provider is out of quota or refuses the key, and says so once.
@Suite(.serialized, .timeLimit(.minutes(2))) struct TranslationHaltTests {
  /// The seed articles as JSON lines.
  private func feed() throws -> String {
    try BriefProcess.seedFiles().map { seed in
      let object = [
        "id": seed.deletingPathExtension().lastPathComponent,
        "text": try String(contentsOf: seed, encoding: .utf8),
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self) + "\n"
    }.joined()
  }

  /// Runs `summarize --jsonl` over the seeds against a server with `configuration`.
  private func summarize(_ configuration: TranslationAPIServer.Configuration, chunk: Int = 1)
    throws
    -> (result: BriefProcess.Result, briefs: [[String: Any]], requests: Int)
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    return try withTranslationAPIServer(configuration) { server in
      let result = try cli.run(
        [
          "summarize", "--jsonl", "--chunk", "\(chunk)", "--translator", "deepl",
          "--translator-url", server.baseURL, "--no-cache",
        ], keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: try feed())
      let briefs = try result.stdout.split(separator: "\n").map {
        try JSONHelpers.object(String($0))
      }
      return (result, briefs, server.requests.count)
    }
  }

  @Test func `an English article is never sent to the translator: its lines are its English`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let english = [
      "id": "en", "lang": "en", "title": "Rubio and Lavrov meet in Kuala Lumpur",
      "text": "Rubio met Lavrov in Kuala Lumpur on Thursday. They spoke about Ukraine for an hour.",
    ]
    let data = try JSONSerialization.data(withJSONObject: english, options: [.sortedKeys])
    let feed =
      String(try feed().split(separator: "\n")[0]) + "\n"
      + String(decoding: data, as: UTF8.self) + "\n"
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.run(
        [
          "summarize", "--jsonl", "--chunk", "8", "--translator", "deepl", "--translator-url",
          server.baseURL, "--no-cache",
        ], keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: feed)
      #expect(result.status == 0, "\(result.stderr)")
      let briefs = try result.stdout.split(separator: "\n").map {
        try JSONHelpers.object(String($0))
      }
      let sent = server.requests.flatMap(\.texts)
      let german = try #require(briefs.first?["sentences"] as? [String])
      let headline = briefs.first?["title"] as? String
      // The German headline and lines only (with glossary placeholders), none of the English.
      #expect(sent.count == german.count + (headline == nil ? 0 : 1))
      #expect(!sent.contains { $0.contains("Kuala Lumpur") || $0.contains("Ukraine for") })
      let last = try #require(briefs.last)
      #expect(last["id"] as? String == "en")
      let sentences = try #require(last["sentences"] as? [String])
      #expect(!sentences.isEmpty)
      #expect(last["translations"] as? [String] == sentences)
      #expect(last["title_translation"] as? String == "Rubio and Lavrov meet in Kuala Lumpur")
    }
  }

  @Test func `lines that arrive together are translated as one job`() throws {
    let (result, briefs, requests) = try summarize(.init(key: TranslationCLI.deepLKey), chunk: 64)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(briefs.count == 5)
    #expect(requests == 1)
    #expect(briefs.allSatisfy { ($0["translations"] as? [String])?.count == 3 })
  }

  @Test func `each article is its own job when all goes well`() throws {
    let (result, briefs, requests) = try summarize(.init(key: TranslationCLI.deepLKey))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(briefs.count == 5)
    #expect(requests == 5)
    #expect(briefs.allSatisfy { ($0["translations"] as? [String])?.count == 3 })
  }

  @Test func `after a 456 no later article sends a request and all carry the note`() throws {
    let (result, briefs, requests) = try summarize(
      .init(key: TranslationCLI.deepLKey, faults: .first(1, .quotaExceeded)))
    #expect(result.status == 3)
    #expect(requests == 1)
    #expect(briefs.count == 5)
    for brief in briefs {
      #expect((brief["translations"] as? [Any])?.allSatisfy { $0 is NSNull } == true)
      let note = brief["translation_note"] as? String
      #expect(note?.hasPrefix("DeepL quota exhausted (HTTP 456") == true)
    }
    let lines = result.stderr.split(separator: "\n").filter { $0.contains("translation: ") }
    #expect(lines.count == 1, "\(result.stderr)")
  }

  @Test func `a refused key is one request and one message for the whole run`() throws {
    let (result, briefs, requests) = try summarize(.init(key: "the-right-key:fx"))
    #expect(result.status == 3)
    #expect(requests == 1)
    #expect(briefs.count == 5)
    #expect(briefs.allSatisfy { $0["translation_note"] is String })
    let lines = result.stderr.split(separator: "\n").filter { $0.contains("translation: ") }
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(lines.first?.contains("DeepL rejected the request (HTTP 403") == true)
  }
}

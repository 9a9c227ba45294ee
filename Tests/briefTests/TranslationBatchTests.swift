import Foundation
import Testing
import TranslationAPIServer

/// `brief batch` with a translator, end to end: the built binary against a DeepL emulator on
/// loopback, keys from the environment, the cache in a temporary folder.
@Suite(.serialized, .timeLimit(.minutes(2))) struct TranslationBatchTests {
  @Test func `the progress line counts translated sentences, not articles`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.batchDeepL(server, extraArguments: ["--progress", "always"])
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.contains { $0.hasPrefix("brief: briefed: 5/5 articles") }, "\(result.stderr)")
      let last = try #require(lines.last { $0.hasPrefix("brief: translating: ") })
      // All sent sentences done: "translating: N/N sentences".
      let counts = last.dropFirst("brief: translating: ".count).prefix { $0 != " " }
      let parts = counts.split(separator: "/")
      #expect(parts.count == 2 && parts[0] == parts[1] && Int(parts[0]) ?? 0 > 10, "\(last)")
      #expect(last.contains(" sentences"))
    }
  }

  @Test func `every seed brief gets its English in one request per 50 sentences`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.batchDeepL(server)
      #expect(result.status == 0, "\(result.stderr)")
      let glossary = try TranslationCLI.shippedGlossary()
      var sentenceCount = 0
      var titled = 0
      var namesRestored = 0
      for (id, brief) in try cli.briefs() {
        let sentences = try #require(brief["sentences"] as? [String])
        let translations = try #require(brief["translations"] as? [String], "\(id)")
        #expect(translations.count == sentences.count)
        for (sentence, translation) in zip(sentences, translations) {
          #expect(translation == TranslationCLI.expected(sentence, glossary: glossary))
          #expect(!translation.contains("ZQX"))
          if sentence.contains("Lawrow") { namesRestored += 1 }
          if sentence.contains("Lawrow") { #expect(translation.contains("Lavrov")) }
          if sentence.contains("Sergej") { #expect(translation.contains("Sergei")) }
        }
        #expect(brief["translation_note"] is NSNull)
        // The headline, where there is one, is translated with the lines.
        if let title = brief["title"] as? String {
          #expect(
            brief["title_translation"] as? String
              == TranslationCLI.expected(title, glossary: glossary))
          titled += 1
        } else {
          #expect(brief["title_translation"] is NSNull)
        }
        sentenceCount += sentences.count
      }
      #expect(namesRestored > 0)
      let texts = server.requests.flatMap(\.texts)
      #expect(Set(texts).count == texts.count)
      #expect(server.requests.count == (texts.count + 49) / 50)
      #expect(titled > 0)
      #expect(texts.count <= sentenceCount + titled)
      let report = try cli.translationReport()
      #expect(report["requests"] as? Int == server.requests.count)
      #expect(report["degraded"] is NSNull)
      #expect(
        result.stderr.contains("translation: DeepL (\(server.baseURL)): 1 request (0 retries)"))
      #expect(server.requests.allSatisfy { $0.json?["context"] == nil })
    }
  }

  @Test func `with --context each article's texts go in one request with its headline and lines`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.batchDeepL(server, extraArguments: ["--context"])
      #expect(result.status == 0, "\(result.stderr)")
      let briefs = try cli.briefs()
      #expect(server.requests.count == briefs.count)
      let glossary = try TranslationCLI.shippedGlossary()
      for (id, brief) in briefs {
        let sentences = try #require(brief["sentences"] as? [String])
        let texts = ((brief["title"] as? String).map { [$0] } ?? []) + sentences
        let request = try #require(
          server.requests.first { ($0.json?["context"] as? String)?.hasPrefix(texts[0]) == true },
          "\(id)")
        #expect(request.json?["context"] as? String == texts.joined(separator: "\n"))
        #expect(request.texts.count == texts.count)
        let translations = try #require(brief["translations"] as? [String])
        #expect(translations == sentences.map { TranslationCLI.expected($0, glossary: glossary) })
      }
      // The context is not billed and not counted as sent.
      let report = try cli.translationReport()
      let sent = server.requests.reduce(0) { $0 + $1.texts.reduce(0) { $0 + $1.count } }
      #expect(report["characters_sent"] as? Int == sent)
    }
  }

  @Test func `the English digest tells every line in English, each story under its English`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.batchDeepL(server)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("(English: digest.en.md)"))
      let digest = try JSONHelpers.object(at: cli.home.appendingPathComponent("out/digest.json"))
      let html = try String(
        contentsOf: cli.home.appendingPathComponent("out/digest.en.html"), encoding: .utf8)
      #expect(html.contains("<html lang=\"en\">"))
      var lines = 0
      for story in try #require(digest["stories"] as? [[String: Any]]) {
        let english = try #require(story["title_en"] as? String)
        #expect(html.contains("<h2>\(Self.escaped(english))</h2>"))
        for event in try #require(story["events"] as? [[String: Any]]) {
          for sentence in try #require(event["sentences"] as? [[String: Any]]) {
            let german = try #require(sentence["de"] as? String)
            let english = try #require(sentence["en"] as? String)
            #expect(html.contains(">\(Self.escaped(english)) <cite>"))
            #expect(!html.contains(">\(Self.escaped(german)) <cite>"))
            lines += 1
          }
        }
      }
      #expect(lines >= 10)
      #expect(!html.contains("not translated"))
    }
  }

  @Test func `summarize --english-only prints the brief's English alone`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let seed = try #require(try BriefProcess.seedFiles().first)
      let result = try cli.run(
        [
          "summarize", seed.path, "--english-only", "--format", "text", "--translator", "deepl",
          "--translator-url", server.baseURL, "--no-cache",
        ], keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey])
      #expect(result.status == 0, "\(result.stderr)")
      let german = try JSONHelpers.object(
        try cli.run(["summarize", seed.path, "--format", "json"]).stdout)
      let title = try #require(german["title"] as? String)
      let lines = result.stdout.split(separator: "\n").map(String.init)
      let numbered = lines.filter { $0.first?.isNumber == true }
      #expect(numbered.count == 3)
      #expect(numbered.allSatisfy { $0.dropFirst(3).hasPrefix("EN  ") }, "\(result.stdout)")
      // The headline's English heads it; no line shows German.
      let glossary = try TranslationCLI.shippedGlossary()
      #expect(lines.first == TranslationCLI.expected(title, glossary: glossary))
      #expect(!result.stdout.contains("DE  "))
    }
  }

  /// `text` as the HTML renderer escapes it.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }

  @Test func `a second run answers from the cache with no request and the same bytes`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let first = try cli.batchDeepL(server, out: "first")
      #expect(first.status == 0, "\(first.stderr)")
      let requests = server.requests.count
      #expect(requests > 0)
      let second = try cli.batchDeepL(server, out: "second")
      #expect(second.status == 0, "\(second.stderr)")
      #expect(server.requests.count == requests)
      let report = try cli.translationReport("second")
      #expect(report["requests"] as? Int == 0)
      #expect(report["cache_hits"] as? Int == report["unique_sentences"] as? Int)
      let before = try cli.outputs("first")
      let after = try cli.outputs("second")
      #expect(before.count == 20)
      #expect(before == after)
    }
  }

  @Test func `a quota stop still writes every German brief with a visible note and exit 3`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: .first(1, .quotaExceeded))
    try withTranslationAPIServer(configuration) { server in
      let result = try cli.batchDeepL(server)
      #expect(result.status == 3)
      #expect(server.requests.count == 1)
      let briefs = try cli.briefs()
      #expect(briefs.count == 5)
      for (id, brief) in briefs {
        let sentences = try #require(brief["sentences"] as? [String])
        let translations = try #require(brief["translations"] as? [Any], "\(id)")
        #expect(sentences.count == 3)
        #expect(translations.count == sentences.count && translations.allSatisfy { $0 is NSNull })
        let note = try #require(brief["translation_note"] as? String)
        // Said once: the quota message already says translation stopped.
        #expect(note.hasPrefix("DeepL quota exhausted (HTTP 456"), "\(note)")
        #expect(note.components(separatedBy: "stopped").count == 2, "\(note)")
        let markdown = try String(
          contentsOfFile: cli.path("out/briefs/\(id).md"), encoding: .utf8)
        #expect(markdown.contains("not translated (\(note))"))
        #expect(markdown.contains(sentences[0]))
        for ext in ["html", "json"] {
          #expect(FileManager.default.fileExists(atPath: cli.path("out/briefs/\(id).\(ext)")))
        }
      }
      let report = try cli.translationReport()
      let degraded = try #require(report["degraded"] as? String)
      #expect(degraded.contains("DeepL quota exhausted"))
      // The error was printed once as it came; the summary does not repeat it.
      #expect(result.stderr.contains("; DEGRADED: translation stopped"))
      #expect(result.stderr.components(separatedBy: "quota exhausted").count == 2)
      #expect(result.stderr.contains("5 of 5 articles briefed"))
    }
  }

  @Test func `a wrong key is one request, one clear line naming DeepL and the fix, exit 3`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: "the-right-key:fx")) { server in
      let result = try cli.batchDeepL(server)
      #expect(result.status == 3)
      #expect(server.requests.count == 1)
      let errorLines = result.stderr.split(separator: "\n").filter {
        $0.hasPrefix("brief: translation: ")
      }
      #expect(errorLines.count == 1, "\(result.stderr)")
      let line = try #require(errorLines.first)
      #expect(line.contains("DeepL rejected the request (HTTP 403"))
      #expect(line.contains("check the DeepL auth key (Free keys end in :fx"))
      #expect(try cli.briefs().count == 5)
    }
  }

  @Test func `a hung server with --timeout 1 --retries 0 ends in bounded time with nulls`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: .always(.hang))
    try withTranslationAPIServer(configuration) { server in
      var result: BriefProcess.Result?
      let elapsed = try ContinuousClock().measure {
        result = try cli.batchDeepL(server, extraArguments: ["--timeout", "1", "--retries", "0"])
      }
      #expect(elapsed < .seconds(10))
      #expect(result?.status == 3)
      #expect(server.requests.count == 1)
      for (_, brief) in try cli.briefs() {
        #expect((brief["translations"] as? [Any])?.allSatisfy { $0 is NSNull } == true)
        // Each line says why: the timed-out request is its own reason.
        let items = brief["items"] as? [[String: Any]] ?? []
        #expect(!items.isEmpty && items.allSatisfy { $0["translation_note"] is String })
      }
      #expect(result?.stderr.contains("timed out") == true)
    }
  }
}

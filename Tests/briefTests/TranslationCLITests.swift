import Foundation
import Testing
import TranslationAPIServer

/// The other translators, `brief translate`, key hygiene and the settings layers, end to end.
@Suite(.serialized, .timeLimit(.minutes(2))) struct TranslationCLITests {
  /// Runs `brief batch seeds` with `translator` at `server` and checks every brief is in English.
  private func expectBatchTranslated(
    _ cli: TranslationCLI, _ server: TranslationAPIServer, arguments: [String],
    keys: [String: String]
  ) throws {
    let result = try cli.run(
      ["batch", TranslationCLI.seeds, "--out", cli.path("out"), "--no-cache"] + arguments,
      keys: keys)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(server.requests.count == 1)
    for (id, brief) in try cli.briefs() {
      let sentences = try #require(brief["sentences"] as? [String])
      let translations = try #require(brief["translations"] as? [String], "\(id)")
      #expect(translations.count == sentences.count)
      for (sentence, translation) in zip(sentences, translations) {
        #expect(translation.hasPrefix(FakeTranslation.prefix))
        if sentence.contains("Lawrow") { #expect(translation.contains("Lavrov")) }
        #expect(!translation.contains("Lawrow"))
      }
    }
  }

  @Test func `LibreTranslate translates every brief with the key in the body`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.libreKey)) { server in
      try expectBatchTranslated(
        cli, server,
        arguments: ["--translator", "libretranslate", "--translator-url", server.baseURL],
        keys: ["LIBRETRANSLATE_API_KEY": TranslationCLI.libreKey])
      #expect(server.requests.first?.api == .libreTranslate)
      #expect(server.requests.first?.key == TranslationCLI.libreKey)
    }
  }

  @Test func `an OpenAI-compatible server translates every brief with --model`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.openAIKey)) { server in
      try expectBatchTranslated(
        cli, server,
        arguments: [
          "--translator", "openai", "--model", "m", "--translator-url", server.baseURL + "/v1",
        ], keys: ["OPENAI_API_KEY": TranslationCLI.openAIKey])
      let request = try #require(server.requests.first)
      #expect(request.api == .openAI)
      #expect(request.json?["model"] as? String == "m")
      #expect(request.chatGlossary.contains { $0 == ("Sergej Lawrow", "Sergei Lavrov") })
    }
  }

  @Test func `with --context a chat server gets one article per request under the prompt's note`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let shipped = try String(
      contentsOf: BriefProcess.packageRoot.appendingPathComponent("prompts/translate-de-en.md"),
      encoding: .utf8)
    let note = try #require(shipped.components(separatedBy: "## context\n").last)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let chat = ["--translator", "openai", "--model", "m", "--no-cache"]
    let keys = ["OPENAI_API_KEY": TranslationCLI.openAIKey]
    try withTranslationAPIServer(.init(key: TranslationCLI.openAIKey)) { server in
      let result = try cli.run(
        ["batch", TranslationCLI.seeds, "--out", cli.path("out"), "--context"] + chat
          + ["--translator-url", server.baseURL + "/v1"], keys: keys)
      #expect(result.status == 0, "\(result.stderr)")
      let briefs = try cli.briefs()
      // Each article's texts: its headline when it has one, then its key sentences.
      let articles = briefs.map { brief in
        ((brief.json["title"] as? String).map { [$0] } ?? [])
          + (brief.json["sentences"] as? [String] ?? [])
      }
      #expect(server.requests.count == briefs.count)
      for request in server.requests {
        #expect(request.userMessage.hasPrefix(note + "\n\nTranslate these "))
      }
      // One request per article, holding that article's texts and nothing of another.
      #expect(Set(server.requests.map(\.texts)) == Set(articles))
      for (id, brief) in briefs {
        let translations = brief["translations"] as? [String]
        #expect(translations?.allSatisfy { $0.hasPrefix(FakeTranslation.prefix) } == true, "\(id)")
      }
    }
    // A prompt of one's own without a context section: a warning, and the run as one request.
    let prompt = cli.path("prompt.md")
    try shipped.components(separatedBy: "## context\n")[0]
      .write(toFile: prompt, atomically: true, encoding: .utf8)
    try withTranslationAPIServer(.init(key: TranslationCLI.openAIKey)) { server in
      let result = try cli.run(
        ["batch", TranslationCLI.seeds, "--out", cli.path("out2"), "--context"] + chat
          + ["--translator-url", server.baseURL + "/v1"], keys: keys,
        extra: ["BRIEF_PROMPT": prompt])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stderr.contains(
          "brief: warning: translator: the chat prompt has no ## context section; "
            + "--context is ignored"))
      #expect(server.requests.count == 1)
    }
  }

  @Test func `brief translate prints one line per input line, in order, empty for empty`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let input = "Sergej Lawrow kam am 3. Mai.\n\nDer Rat tagte 2,5 Stunden.\nLawrow ging.\n"
      let result = try cli.run(
        ["translate", "--translator", "deepl", "--translator-url", server.baseURL, "--no-cache"],
        keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: input)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout
          == "EN: Sergei Lavrov kam on the 3. Mai.\n\nEN: The Rat tagte 2,5 Stunden.\n"
          + "EN: Lavrov ging.\n"
      )
      #expect(server.textsPerRequest == [3])
      // DeepL's billed characters are in the summary line, as in a batch's.
      #expect(result.stderr.contains(" billed"), "\(result.stderr)")
    }
  }

  @Test func `a chat translation with a note on its own line is still one output line`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let values = [
      "The train stops in Hamburg today.\nNote: literal translation.",
      "It is raining\nin Berlin.",
    ]
    let configuration = TranslationAPIServer.Configuration(
      key: TranslationCLI.deepLKey, faults: .always(.chatContent(.keyedValues(values))))
    try withTranslationAPIServer(configuration) { server in
      let result = try cli.run(
        [
          "translate", "--translator", "openai", "--translator-url", server.baseURL + "/v1",
          "--model", "m", "--no-cache",
        ], keys: ["OPENAI_API_KEY": TranslationCLI.deepLKey],
        stdin: "Der Zug hält heute in Hamburg.\nEs regnet in Berlin.\n")
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "The train stops in Hamburg today.\nIt is raining in Berlin.\n")
    }
  }

  @Test func `a brief copied away from its prompts folder uses its built-in glossary and prompt`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let copy = cli.home.appendingPathComponent("bin/brief")
    try FileManager.default.createDirectory(
      at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: BriefProcess.executable(), to: copy)
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let deepL = try cli.run(
        ["translate", "--translator", "deepl", "--translator-url", server.baseURL, "--no-cache"],
        keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: "Lawrow ging.\n",
        executable: copy, in: cli.home)
      #expect(deepL.status == 0, "\(deepL.stderr)")
      #expect(!deepL.stderr.contains("glossary"), "\(deepL.stderr)")
      #expect(deepL.stdout == "EN: Lavrov ging.\n")
      let chat = try cli.run(
        [
          "translate", "--translator", "openai", "--translator-url", server.baseURL + "/v1",
          "--model", "m", "--no-cache",
        ], keys: ["OPENAI_API_KEY": TranslationCLI.deepLKey], stdin: "Lawrow ging.\n",
        executable: copy, in: cli.home)
      #expect(chat.status == 0, "\(chat.stderr)")
      let system = try #require(server.requests.last?.recorded.body)
      #expect(String(decoding: system, as: UTF8.self).contains("professional news translator"))
    }
  }

  @Test func `a line too long to keep is printed empty in its place and fails the run`() throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let long = String(repeating: "a", count: 17 << 20)
      let result = try cli.run(
        ["translate", "--translator", "deepl", "--translator-url", server.baseURL, "--no-cache"],
        keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: long + "\nLawrow ging.\n")
      #expect(result.status == 3, "\(result.stderr)")
      #expect(result.stdout == "\nEN: Lavrov ging.\n")
      #expect(result.stderr.contains("stdin:1: line of 17825792 bytes is longer than the 16 MiB"))
    }
  }

  @Test(arguments: ["deepl", "libretranslate", "openai"])
  func `the key never appears in any output, verbose or not`(translator: String) throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let variable = [
      "deepl": "DEEPL_AUTH_KEY", "libretranslate": "LIBRETRANSLATE_API_KEY",
      "openai": "OPENAI_API_KEY",
    ]
    let secret = "cli-TOPSECRET-\(translator)-31337"
    var outputs: [String] = []
    for echo in [true, false] {
      // A wrong key quoted back by a careless server, then a right key.
      let serverKey = echo ? "the-right-key" : secret
      try withTranslationAPIServer(.init(key: serverKey, echoesKeyInErrors: echo)) { server in
        let url = server.baseURL + (translator == "openai" ? "/v1" : "")
        let out = "out-\(echo)"
        let result = try cli.run(
          [
            "batch", TranslationCLI.seeds, "--out", cli.path(out), "--translator", translator,
            "--translator-url", url, "--model", "m", "--verbose", "--no-cache",
          ], keys: [try #require(variable[translator]): secret])
        #expect(result.status == (echo ? 3 : 0), "\(result.stderr)")
        #expect(server.requests.first?.key == secret)
        #expect(result.stderr.contains("curl: #0 > POST"))
        outputs += [result.stdout, result.stderr]
        outputs += try cli.files(out).values.map { String(decoding: $0, as: UTF8.self) }
      }
    }
    #expect(outputs.contains { $0.contains("Invalid API key") })
    for output in outputs {
      #expect(!output.contains("TOPSECRET"), "leaked in: \(output.prefix(300))")
    }
  }

  @Test func `a password in the translator URL is masked in the report, summary, trace and cache`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let url = server.baseURL.replacingOccurrences(of: "://", with: "://admin:PASSWORD99@")
      let result = try cli.run(
        [
          "batch", TranslationCLI.seeds, "--out", cli.path("out"), "--translator", "deepl",
          "--translator-url", url, "--verbose", "--cache", cli.path("cache.sqlite"),
        ], keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(server.requests.count == 1)
      let report = try cli.translationReport()
      #expect((report["endpoint"] as? String)?.contains("admin:***@127.0.0.1") == true)
      #expect(result.stderr.contains("admin:***@127.0.0.1"), "\(result.stderr)")
      var outputs = [result.stdout, result.stderr]
      outputs += try cli.files().values.map { String(decoding: $0, as: UTF8.self) }
      for file in ["cache.sqlite", "cache.sqlite-wal"] {
        let data = FileManager.default.contents(atPath: cli.path(file)) ?? Data()
        outputs.append(String(decoding: data, as: UTF8.self))
      }
      for output in outputs {
        #expect(!output.contains("PASSWORD99"), "leaked in: \(output.prefix(300))")
      }
    }
  }

  @Test(arguments: [
    (#"{"concurrency": 0}"#, [:], "\"concurrency\": must be a whole number from 1 to 1000"),
    (#"{"retries": -1}"#, [:], "\"retries\": must be a whole number from 0 to 100"),
    ("{}", ["BRIEF_CONCURRENCY": "-3"], "BRIEF_CONCURRENCY: must be a whole number from 1 to 1000"),
    ("{}", ["BRIEF_RETRIES": "-1"], "BRIEF_RETRIES: must be a whole number from 0 to 100"),
    // Times beyond any Double or Duration: named, never a crash.
    ("{}", ["BRIEF_TIMEOUT": "inf"], "BRIEF_TIMEOUT: must be seconds above 0 and at most 604800"),
    ("{}", ["BRIEF_TIMEOUT": "1e400"], "BRIEF_TIMEOUT: must be seconds above 0"),
    ("{}", ["BRIEF_DEADLINE": "nan"], "BRIEF_DEADLINE: must be seconds above 0"),
    ("{}", ["BRIEF_CONNECT_TIMEOUT": "1e300"], "BRIEF_CONNECT_TIMEOUT: must be seconds above 0"),
    (#"{"deadline": 1e300}"#, [:], "\"deadline\": must be seconds above 0 and at most 604800"),
    (#"{"timeout": 1e400}"#, [:], "\"timeout\": must be seconds above 0 and at most 604800"),
    (#"{"concurrency": 1e400}"#, [:], "\"concurrency\": must be a whole number from 1 to 1000"),
    (#"{"concurrency": 1e20}"#, [:], "\"concurrency\": must be a whole number from 1 to 1000"),
    (#"{"retries": 2.5}"#, [:], "\"retries\": must be a whole number from 0 to 100"),
  ])
  func `the config file and the environment take no values the flags refuse`(
    config: String, environment: [String: String], message: String
  ) throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let path = cli.path("brief.json")
    try config.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try cli.run(
      ["translate", "--config", path, "--translator", "deepl"],
      keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], extra: environment, stdin: "Lawrow kam.\n")
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test(arguments: [
    ["--timeout", "inf"], ["--timeout", "1e300"], ["--deadline", "1e300"], ["--deadline", "nan"],
    ["--timeout", "0"], ["--concurrency", "100000"], ["--retries", "1000"],
  ])
  func `time and count flags out of range are usage errors, never a crash`(flag: [String]) throws {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let result = try cli.run(
      ["translate", "--translator", "deepl"] + flag,
      keys: ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey], stdin: "Lawrow kam.\n")
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("\(flag[0]) must be "), "\(result.stderr)")
  }

  @Test
  func `a key file and the default cache follow HOME, and a relative XDG_CACHE_HOME is ignored`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      try "\(TranslationCLI.deepLKey)\n".write(
        toFile: cli.path("deepl.key"), atomically: true, encoding: .utf8)
      let config = cli.path("brief.json")
      let settings =
        #"{"translator": "deepl", "translator_url": "\#(server.baseURL)", "key_file": "~/deepl.key"}"#
      try settings.write(toFile: config, atomically: true, encoding: .utf8)
      // HOME is the test's folder, not the password database's home of the user.
      let result = try cli.run(
        ["translate", "--config", config], extra: ["XDG_CACHE_HOME": "relative/cache"],
        stdin: "Lawrow kam.\n", in: cli.home)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "EN: Lavrov kam.\n")
      #expect(server.requests.first?.key == TranslationCLI.deepLKey)
      #expect(FileManager.default.fileExists(atPath: cli.path(".cache/brief/translations.sqlite")))
      #expect(!FileManager.default.fileExists(atPath: cli.path("relative")))
    }
  }

  @Test func `a bare cache file name is created in the working folder and used by the next run`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let keys = ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey]
      let url = ["--translator", "deepl", "--translator-url", server.baseURL]
      for (run, cache) in [
        (["--cache", "names.sqlite"], [:]), ([], ["BRIEF_CACHE": "env.sqlite"]),
      ] {
        for round in 0..<2 {
          let before = server.requests.count
          let result = try cli.run(
            ["translate"] + url + run, keys: keys, extra: cache, stdin: "Lawrow kam.\n",
            in: cli.home)
          #expect(result.status == 0, "\(result.stderr)")
          #expect(result.stdout == "EN: Lavrov kam.\n")
          #expect(!result.stderr.contains("translation cache"), "\(result.stderr)")
          #expect(server.requests.count == before + (round == 0 ? 1 : 0))
        }
      }
      #expect(FileManager.default.fileExists(atPath: cli.path("names.sqlite")))
      #expect(FileManager.default.fileExists(atPath: cli.path("env.sqlite")))
    }
  }

  @Test func `the config file names the translator, the environment overrides it, the flag both`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let configuration = TranslationAPIServer.Configuration(key: TranslationCLI.deepLKey)
    let fromFile = try TranslationAPIServer(configuration)
    let fromEnvironment = try TranslationAPIServer(configuration)
    let fromFlag = try TranslationAPIServer(configuration)
    defer { [fromFile, fromEnvironment, fromFlag].forEach { $0.stop() } }
    let config = cli.path("brief.json")
    let settings =
      #"{"translator": "deepl", "translator_url": "\#(fromFile.baseURL)", "no_cache": true}"#
    try settings.write(toFile: config, atomically: true, encoding: .utf8)
    let keys = ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey]
    let override = ["BRIEF_TRANSLATOR_URL": fromEnvironment.baseURL]

    func translate(_ arguments: [String], extra: [String: String] = [:]) throws {
      let result = try cli.run(
        ["translate", "--config", config] + arguments, keys: keys, extra: extra,
        stdin: "Lawrow kam.\n")
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "EN: Lavrov kam.\n")
    }
    try translate([])
    #expect([fromFile, fromEnvironment, fromFlag].map(\.requests.count) == [1, 0, 0])
    try translate([], extra: override)
    #expect([fromFile, fromEnvironment, fromFlag].map(\.requests.count) == [1, 1, 0])
    try translate(["--translator-url", fromFlag.baseURL], extra: override)
    #expect([fromFile, fromEnvironment, fromFlag].map(\.requests.count) == [1, 1, 1])
    // The config file found in the default place ($XDG_CONFIG_HOME/brief/config.json).
    try FileManager.default.createDirectory(
      atPath: cli.path("config/brief"), withIntermediateDirectories: true)
    try settings.write(
      toFile: cli.path("config/brief/config.json"), atomically: true, encoding: .utf8)
    let result = try cli.run(["translate"], keys: keys, stdin: "Lawrow kam.\n")
    #expect(result.stdout == "EN: Lavrov kam.\n", "\(result.stderr)")
    #expect(fromFile.requests.count == 2)
  }

  @Test func `context comes from the config file or BRIEF_CONTEXT; a provider without it says so`()
    throws
  {
    let cli = try TranslationCLI()
    defer { cli.cleanUp() }
    let seed = try #require(try BriefProcess.seedFiles().first).path
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let config = cli.path("brief.json")
      try
        #"{"translator": "deepl", "translator_url": "\#(server.baseURL)", "no_cache": true, "context": true}"#
        .write(toFile: config, atomically: true, encoding: .utf8)
      let keys = ["DEEPL_AUTH_KEY": TranslationCLI.deepLKey]
      let fromFile = try cli.run(["summarize", seed, "--config", config], keys: keys)
      #expect(fromFile.status == 0, "\(fromFile.stderr)")
      let fromEnvironment = try cli.run(
        [
          "summarize", seed, "--translator", "deepl", "--translator-url", server.baseURL,
          "--no-cache",
        ],
        keys: keys, extra: ["BRIEF_CONTEXT": "1"])
      #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
      let plain = try cli.run(
        [
          "summarize", seed, "--translator", "deepl", "--translator-url", server.baseURL,
          "--no-cache",
        ],
        keys: keys)
      #expect(plain.status == 0, "\(plain.stderr)")
      let contexts = server.requests.map { $0.json?["context"] as? String }
      #expect(contexts.count == 3)
      #expect(contexts[0] != nil && contexts[0] == contexts[1])
      #expect(contexts[2] == nil)
    }
    try withTranslationAPIServer(.init(key: TranslationCLI.deepLKey)) { server in
      let result = try cli.run(
        [
          "summarize", seed, "--translator", "libretranslate", "--translator-url",
          server.baseURL, "--no-cache", "--context",
        ], keys: ["LIBRETRANSLATE_API_KEY": TranslationCLI.deepLKey])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stderr.contains(
          "brief: warning: translator: LibreTranslate takes no context; --context is ignored"))
      #expect(server.requests.count == 1)
    }
  }
}

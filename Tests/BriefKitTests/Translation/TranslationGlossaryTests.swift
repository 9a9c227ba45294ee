import Testing

@testable import BriefKit

@Suite struct TranslationGlossaryTests {
  @Test func `the shipped glossary has at least 200 entries and the required names`() throws {
    let glossary = try TestJSON.shippedGlossary()
    #expect(glossary.entries.count >= 200)
    #expect(glossary.version.hasPrefix("1-"))
    let lookup = Dictionary(uniqueKeysWithValues: glossary.entries.map { ($0.german, $0.english) })
    let required = [
      "Lawrow": "Lavrov", "Sergej": "Sergei", "Selenskyj": "Zelensky", "Wolodymyr": "Volodymyr",
      "Kiew": "Kyiv", "Charkiw": "Kharkiv", "Riad": "Riyadh", "Rjabkow": "Ryabkov",
      "Riabkow": "Ryabkov", "Peskow": "Peskov", "Uschakow": "Ushakov", "Wladimir": "Vladimir",
      "Moskau": "Moscow", "Weißrussland": "Belarus", "Saudi-Arabien": "Saudi Arabia",
      "Münchner Sicherheitskonferenz": "Munich Security Conference", "Kanzler": "Chancellor",
      "Außenminister": "foreign minister", "Bundestag": "Bundestag",
    ]
    for (german, english) in required { #expect(lookup[german] == english, "\(german)") }
  }

  @Test func `parsing skips comments, reads the version and names bad lines`() throws {
    let glossary = try Glossary(parsing: "# c\nversion\t7\n\nKiew\tKyiv\n")
    #expect(glossary.entries == [GlossaryEntry(german: "Kiew", english: "Kyiv")])
    #expect(glossary.version.hasPrefix("7-"))
    #expect(
      throws: TranslationError.invalidGlossary(line: 2, reason: "expected german<TAB>english")
    ) {
      try Glossary(parsing: "Kiew\tKyiv\nMoskau Moscow\n")
    }
    #expect(throws: TranslationError.self) { try Glossary(parsing: "Kiew\tKyiv\nKiew\tKiev\n") }
  }

  @Test func `the version changes with the entries and only with them`() throws {
    let one = try Glossary(parsing: "version\t1\nKiew\tKyiv\nRiad\tRiyadh\n")
    let reordered = try Glossary(parsing: "# x\nversion\t1\nRiad\tRiyadh\nKiew\tKyiv\n")
    let edited = try Glossary(parsing: "version\t1\nKiew\tKiev\nRiad\tRiyadh\n")
    #expect(one.version == reordered.version)
    #expect(one.version != edited.version)
  }

  @Test func `matching is on word boundaries, longest first, with the genitive s`() throws {
    let glossary = try TestJSON.shippedGlossary()
    let text =
      "Sergej Lawrow und Lawrows Sprecher trafen in Kiew-Nord Sachsen-Anhalts Kiewer Gäste."
    let found = glossary.matches(in: text).map(\.english)
    #expect(found == ["Sergei Lavrov", "Lavrov's", "Kyiv", "Saxony-Anhalt's"])
  }

  @Test func `protecting and restoring gives the English names exactly`() throws {
    let glossary = try TestJSON.shippedGlossary()
    let protected = ProtectedText(
      protecting: "Außenminister Lawrow reiste nach Riad, sagte Peskow.", with: glossary)
    let tokens = protected.placeholders.map(\.token)
    #expect(Set(tokens).count == 4)
    #expect(
      protected.text == "\(tokens[0]) \(tokens[1]) reiste nach \(tokens[2]), sagte \(tokens[3]).")
    let restored = protected.restore(
      "\(tokens[0]) \(tokens[1]) travelled to \(tokens[2]), said \(tokens[3]).")
    #expect(restored == "Foreign minister Lavrov travelled to Riyadh, said Peskov.")
  }

  @Test func `each name has its own placeholder in every sentence, so a swap fails`() throws {
    let glossary = try TestJSON.shippedGlossary()
    let lavrov = ProtectedText(protecting: "Lawrow kam.", with: glossary)
    let kyiv = ProtectedText(protecting: "Kiew kam.", with: glossary)
    let lavrovAgain = ProtectedText(protecting: "Dann ging Lawrow, und Lawrow kam.", with: glossary)
    #expect(lavrov.placeholders.map(\.token) != kyiv.placeholders.map(\.token))
    #expect(Set(lavrovAgain.placeholders.map(\.token)) == Set(lavrov.placeholders.map(\.token)))
    #expect(lavrov.restore(kyiv.text.replacingOccurrences(of: "kam", with: "came")) == nil)
    #expect(
      lavrovAgain.restore(
        lavrovAgain.text.replacingOccurrences(of: "Dann ging", with: "Then").replacingOccurrences(
          of: "und", with: "and"))
        == "Then Lavrov, and Lavrov kam.")
    #expect(ProtectedText.tokens(in: "a \(kyiv.text) ZQX 4ZQ") == kyiv.placeholders.map(\.token))
  }

  @Test func `a text without names is sent unchanged`() throws {
    let protected = ProtectedText(protecting: "Es regnet.", with: try TestJSON.shippedGlossary())
    #expect(protected.text == "Es regnet." && protected.placeholders.isEmpty)
    #expect(protected.restore("It rains.") == "It rains.")
  }

  @Test(arguments: [
    "<1> met in Riyadh.",  // second placeholder missing
    "<1> met <1> in <2>.",  // doubled
    "<1> met in <2 spaced>.",  // mangled by spacing
    "<1> met in <2 lower>.",  // case changed
    "<1> met ZQX99999ZQ in <2>.",  // invented
  ])
  func `a missing, doubled or mangled placeholder fails the sentence`(pattern: String) throws {
    let protected = ProtectedText(
      protecting: "Lawrow traf in Kiew ein.", with: try TestJSON.shippedGlossary())
    #expect(protected.placeholders.count == 2)
    let first = protected.placeholders[0].token
    let second = protected.placeholders[1].token
    let translation = pattern.replacingOccurrences(of: "<1>", with: first)
      .replacingOccurrences(of: "<2>", with: second)
      .replacingOccurrences(
        of: "<2 spaced>", with: second.replacingOccurrences(of: "ZQX", with: "ZQX ")
      )
      .replacingOccurrences(of: "<2 lower>", with: second.lowercased())
    #expect(protected.restore(translation) == nil)
  }
}

@Suite struct TranslationChecksTests {
  @Test(arguments: [
    ("Das BIP wuchs um 3,5 Prozent.", "GDP grew by 3.5 percent."),
    ("Es kamen 12.000 Menschen.", "12,000 people came."),
    ("Er zahlte 1.234,5 Euro am 3. Oktober 2024.", "He paid 1,234.5 euros on 3 October 2024."),
    ("Sie kamen 2014 und 2022.", "They came in 2022 and 2014."),
  ])
  func `numbers that survive in another notation pass`(source: String, translation: String) {
    #expect(TranslationChecks.missingNumbers(source: source, translation: translation).isEmpty)
  }

  @Test func `a lost or changed number is reported as written`() {
    #expect(
      TranslationChecks.missingNumbers(
        source: "Am 24.02.2022 starben 3,5 Millionen, 40 Prozent.",
        translation: "On 24 February 2022, 3.5 million died, 14 percent.")
        == ["24.02.2022", "40"])
    #expect(
      TranslationChecks.missingNumbers(source: "5 und 5", translation: "5 and five") == ["5"])
  }

  @Test func `dropped quotation marks are detected`() {
    #expect(
      TranslationChecks.quotesDropped(source: "„Nein“, sagte er.", translation: "No, he said."))
    #expect(
      !TranslationChecks.quotesDropped(source: "„Nein“, sagte er.", translation: "“No,” he said."))
  }
}

@Suite struct TranslationRedactorTests {
  @Test func `every secret is removed from messages, URLs and auth headers`() {
    let redactor = Redactor(secrets: ["abc-123:fx", "lt-key"])
    let text =
      "key abc-123:fx, encoded abc-123%3Afx, url https://h/x?auth_key=zzz&a=1 "
      + "Authorization: Bearer sk-live-999 lt-key"
    let redacted = redactor.redact(text)
    for secret in ["abc-123", "zzz", "sk-live-999", "lt-key"] {
      #expect(!redacted.contains(secret), "\(secret) leaked: \(redacted)")
    }
    #expect(redacted.contains("a=1"))
  }

  @Test func `a request is described without its secret header or secret body`() throws {
    let provider = try LibreTranslateProvider(.init(baseURL: "http://lt", apiKey: "lt-secret"))
    let request = provider.makeRequest(texts: ["Hallo"], glossary: [])
    let line = Redactor(secrets: provider.secrets).describe(request, includeBody: true)
    #expect(!line.contains("lt-secret") && !line.contains("Hallo"))
    let deepL = try DeepLProvider(.init(authKey: "dk-secret:fx"))
    let deepLLine = Redactor(secrets: deepL.secrets).describe(
      deepL.makeRequest(texts: ["Hallo"], glossary: []), includeBody: true)
    #expect(!deepLLine.contains("dk-secret") && deepLLine.contains("Hallo"))
  }

  @Test func `a URL's password is masked wherever it is shown, the user kept`() {
    let url = "http://admin:PASSWORD99@127.0.0.1:8851/ok"
    #expect(Redactor.redactingUserInfo(url) == "http://admin:***@127.0.0.1:8851/ok")
    #expect(Redactor.redactingUserInfo("https://tok3n@h/v1") == "https://***@h/v1")
    #expect(Redactor.redactingUserInfo("https://h/a@b") == "https://h/a@b")
    #expect(Redactor(secrets: []).redact("POST \(url)/v2/translate").contains("admin:***@127"))
    #expect(Redactor.userInfoSecrets(of: "http://u:p%40ss@h") == ["p%40ss", "p@ss"])
    let key = { (base: String) in
      CacheKey(providerIdentity: ["deepl", base], glossaryVersion: "1", sentence: "Ja.")
    }
    #expect(!key(url).rawValue.contains("PASSWORD99"))
    #expect(key("http://h").rawValue == key("http://h").rawValue)
  }

  @Test func `errors are redacted field by field`() {
    let redactor = Redactor(secrets: ["topsecret"])
    let error = TranslationError.rejected(
      provider: "DeepL", status: 403, message: "key topsecret invalid", fix: "check topsecret")
    #expect(!redactor.redact(error).message.contains("topsecret"))
  }
}

import Foundation
import Testing

@testable import BriefKit

@Suite struct TranslationChatProviderTests {
  static let template = """
    ---
    version: 3
    ---
    ## system
    Translate {{source_language}} to {{target_language}}. Names:
    {{glossary}}
    ## user
    {{count}} sentences:
    {{sentences}}
    """

  func provider(key: String? = "sk-test-1234") throws -> OpenAIChatProvider {
    try OpenAIChatProvider(
      .init(
        baseURL: "http://localhost:11434/v1", apiKey: key, model: "llama3",
        prompt: PromptTemplate(parsing: Self.template)))
  }

  @Test func `the request carries model, both messages, temperature 0 and a secret bearer`()
    throws
  {
    let glossary = [GlossaryEntry(german: "Lawrow", english: "Lavrov")]
    let request = try provider().makeRequest(texts: ["Lawrow sprach.", "Ja."], glossary: glossary)
      .http
    #expect(request.url == "http://localhost:11434/v1/chat/completions")
    #expect(
      request.headers.first == HTTPHeader("Authorization", "Bearer sk-test-1234", isSecret: true))
    #expect(
      TestJSON.body(request)
        == #"{"model":"llama3","messages":[{"role":"system","content":"Translate German to "#
        + #"English. Names:\n- Lawrow → Lavrov"},{"role":"user","content":"2 sentences:\n1. "#
        + #"Lawrow sprach.\n2. Ja."}],"temperature":0}"#)
  }

  @Test func `a prompt with a context section takes context and puts it before the user message`()
    throws
  {
    #expect(try !provider().acceptsContext)
    let prompt = try PromptTemplate(parsing: Self.template + "\n## context\nFrom one article:")
    let chat = try OpenAIChatProvider(
      .init(baseURL: "http://localhost:11434/v1", model: "llama3", prompt: prompt))
    #expect(chat.acceptsContext)
    let request = chat.makeRequest(texts: ["Ja."], glossary: [], context: "Titel").http
    #expect(
      TestJSON.body(request).contains(#""content":"From one article:\n\n1 sentences:\n1. Ja.""#))
    let plain = chat.makeRequest(texts: ["Ja."], glossary: []).http
    #expect(TestJSON.body(plain).contains(#"{"role":"user","content":"1 sentences:\n1. Ja."}"#))
  }

  @Test func `without a key no authorization header is sent`() throws {
    let request = try provider(key: nil).makeRequest(texts: ["a"], glossary: []).http
    #expect(!request.headers.contains { $0.name == "Authorization" })
  }

  @Test(arguments: [
    #"{"1":"One","2":"Two"}"#,
    #"{"2":"Two","1":"One"}"#,
    "```json\n{\"1\": \"One\", \"2\": \"Two\"}\n```",
    "Here are the translations:\n{\"1\": \"One\", \"2\": \"Two\"}\nI hope this helps [really].",
    #"{"translations":{"1":"One","2":"Two"}}"#,
    #"Sure! {"result": ["2. Two", "1. One"]}"#,
    #"["1. One","2. Two"]"#,
    #"["2: Two","1: One"]"#,
    #"[{"id": 2, "text": "Two"}, {"id": 1, "text": "One"}]"#,
    "Note [1]: done. {\"1\": \"One\", \"2\": \"Two\"}",
  ])
  func `translations are placed by their number, bare, fenced, in prose or wrapped`(
    content: String
  ) throws {
    #expect(
      try provider().parse(TestJSON.chat(content), expectedCount: 2)
        == .translations(["One", "Two"], billedCharacters: nil))
  }

  @Test(arguments: [
    "<think>They want [\"x\", \"y\"], or {\"1\": \"x\"}.</think>\n{\"1\":\"One\",\"2\":\"Two\"}",
    "<think>\nPlan: [\"x\", \"y\"]\n</think>\n\n```json\n[\"1. One\", \"2. Two\"]\n```",
    "Okay, the user wants [\"x\", \"y\"].</think>{\"1\":\"One\",\"2\":\"Two\"}",
  ])
  func `a reasoning block is not read as the answer`(content: String) throws {
    #expect(
      try provider().parse(TestJSON.chat(content), expectedCount: 2)
        == .translations(["One", "Two"], billedCharacters: nil))
  }

  @Test(arguments: [
    (#"["One","Two"]"#, "the translations are not numbered, so their order cannot be checked"),
    (#"["1. One","1. Two"]"#, "sentence numbers are missing, repeated or out of range"),
    (#"["1. One","3. Two"]"#, "sentence numbers are missing, repeated or out of range"),
    (#"["1. One","Two"]"#, "only some translations carry their sentence number"),
    (
      "{\"1\":\"Two\",\"2\":\"One\"}\nor rather\n{\"1\":\"One\",\"2\":\"Two\"}",
      "the answer holds 2 different JSON answers"
    ),
    (
      "<think>{\"1\":\"One\",\"2\":\"Two\"} is what I will say",
      "no JSON object or array of translations in the answer"
    ),
  ])
  func `an answer whose pairing cannot be verified is invalid`(content: String, reason: String)
    throws
  {
    #expect(
      try provider().parse(TestJSON.chat(content), expectedCount: 2)
        == .invalid(.invalidResponse(provider: "chat model llama3", reason: reason)))
  }

  @Test(arguments: [#"["One"]"#, #"{"1":"One"}"#, "```\n[\"One\"]\n```", #"["3. Oktober"]"#])
  func `a single translation needs no number`(content: String) throws {
    guard
      case .translations(let texts, _) = try provider().parse(
        TestJSON.chat(content), expectedCount: 1)
    else {
      Issue.record("expected a translation")
      return
    }
    #expect(texts.count == 1)
  }

  @Test func `finish_reason length means truncated`() throws {
    #expect(
      try provider().parse(TestJSON.chat(#"["One","#, finishReason: "length"), expectedCount: 2)
        == .truncated)
  }

  @Test func `a wrong count is invalid`() throws {
    #expect(
      try provider().parse(TestJSON.chat(#"{"1": "One"}"#), expectedCount: 2)
        == .invalid(.wrongCount(provider: "chat model llama3", expected: 2, received: 1)))
  }

  @Test(arguments: [
    #"[1, 2]"#, "I cannot do that.", #"["One", "Two""#, #"{"1": 1, "2": 2}"#,
    #"{"1":"One","1":"Two"}"#,
  ])
  func `non-string items, no array or an unclosed array is invalid`(content: String) throws {
    guard case .invalid = try provider().parse(TestJSON.chat(content), expectedCount: 2) else {
      Issue.record("expected invalid")
      return
    }
  }

  @Test func `an HTML error page as a 200 body is invalid`() throws {
    let reply = try provider().parse(TestJSON.response(200, "<html>502</html>"), expectedCount: 1)
    #expect(
      reply
        == .invalid(
          .invalidResponse(provider: "chat model llama3", reason: "no choices[0].message.content")))
  }

  @Test func `insufficient_quota in a 429 body is quota, a plain rate limit is not`() throws {
    let quota = try provider().diagnose(
      TestJSON.response(
        429, #"{"error":{"message":"You exceeded your quota","type":"insufficient_quota"}}"#))
    let rate = try provider().diagnose(
      TestJSON.response(429, #"{"error":{"message":"Slow down","code":"rate_limit_exceeded"}}"#))
    #expect(quota.isQuotaExhausted)
    #expect(!rate.isQuotaExhausted)
  }
}

@Suite struct TranslationPromptTemplateTests {
  @Test func `the shipped prompt parses with a version and every variable`() throws {
    let template = try TestJSON.shippedPrompt()
    #expect(template.version.hasPrefix("3-"))
    #expect(template.context != nil)
    let rendered = template.render(
      sentences: ["Eins.", "Zwei."], glossary: [], sourceLanguage: "German",
      targetLanguage: "English")
    #expect(rendered.user.contains("1. Eins.\n2. Zwei."))
    #expect(rendered.system.contains("for all 2 sentences"))
    #expect(!rendered.system.contains("{{") && !rendered.user.contains("{{"))
  }

  @Test func `an unknown variable or a missing version is an error`() {
    #expect(throws: TranslationError.self) {
      try PromptTemplate(parsing: "---\nversion: 1\n---\n## system\n{{sentense}}\n## user\nx")
    }
    #expect(throws: TranslationError.self) {
      try PromptTemplate(parsing: "---\nname: x\n---\n## system\na\n## user\nb")
    }
  }

  @Test func `the context section goes before the user message only when there is a context`()
    throws
  {
    let template = try PromptTemplate(
      parsing:
        "---\nversion: 4\n---\n## system\ns\n## user\n{{sentences}}\n"
        + "## Context\nOne article ({{count}} sentences):\n{{context}}")
    #expect(template.context == "One article ({{count}} sentences):\n{{context}}")
    let plain = template.render(
      sentences: ["Eins."], glossary: [], sourceLanguage: "de", targetLanguage: "en")
    #expect(plain.user == "1. Eins.")
    let withContext = template.render(
      sentences: ["Eins.", "Zwei."], glossary: [], sourceLanguage: "de", targetLanguage: "en",
      context: "Titel {{count}}\nEins.")
    #expect(withContext.system == "s")
    #expect(
      withContext.user == "One article (2 sentences):\nTitel {{count}}\nEins.\n\n1. Eins.\n2. Zwei."
    )
  }

  @Test func `a template without a context section keeps its cache stamp; with one it changes`()
    throws
  {
    let base = "---\nversion: 1\n---\n## system\ns\n## user\n{{sentences}}"
    let plain = try PromptTemplate(parsing: base)
    #expect(plain.context == nil)
    #expect(plain.version == "1-" + FNV1a.hash64("s\u{1F}{{sentences}}"))
    let withContext = try PromptTemplate(parsing: base + "\n## context\nOne article.")
    #expect(withContext.version != plain.version)
    let edited = try PromptTemplate(parsing: base + "\n## context\nOne news article.")
    #expect(edited.version != withContext.version)
  }

  @Test(arguments: [
    ("## system\ns {{context}}\n## user\nu", "{{context}} belongs in the ## context section"),
    ("## system\ns\n## user\nu\n## context\n{{contxt}}", "unknown variable {{contxt}}"),
    ("## system\ns\n## user\nu\n## context\n", "no ## context section"),
  ])
  func `context variables outside their section, typos and an empty section are errors`(
    sections: String, reason: String
  ) {
    #expect(throws: TranslationError.invalidPromptTemplate(reason: reason)) {
      try PromptTemplate(parsing: "---\nversion: 1\n---\n" + sections)
    }
  }

  @Test func `text in a sentence that looks like a variable is not filled`() throws {
    let template = try PromptTemplate(
      parsing: "---\nversion: 1\n---\n## system\ns\n## user\n{{sentences}} ({{count}})")
    let rendered = template.render(
      sentences: ["Wert {{count}}"], glossary: [], sourceLanguage: "de", targetLanguage: "en")
    #expect(rendered.user == "1. Wert {{count}} (1)")
  }
}

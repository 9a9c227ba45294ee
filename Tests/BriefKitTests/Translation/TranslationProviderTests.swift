import Foundation
import Testing

@testable import BriefKit

@Suite struct TranslationDeepLProviderTests {
  @Test func `a free key goes to the free host with the exact JSON body and a secret header`()
    throws
  {
    let provider = try DeepLProvider(.init(authKey: "k123:fx"))
    let request = provider.makeRequest(texts: ["Hallo „Welt“", "Zwei"], glossary: []).http
    #expect(request.method == "POST")
    #expect(request.url == "https://api-free.deepl.com/v2/translate")
    #expect(
      TestJSON.body(request)
        == #"{"text":["Hallo „Welt“","Zwei"],"source_lang":"DE","target_lang":"EN-GB","#
        + #""show_billed_characters":true}"#)
    #expect(
      request.headers == [
        HTTPHeader("Authorization", "DeepL-Auth-Key k123:fx", isSecret: true),
        HTTPHeader("Content-Type", "application/json"), HTTPHeader("User-Agent", "Brief"),
      ])
  }

  @Test func `a pro key goes to the pro host and formality and glossary are sent only when set`()
    throws
  {
    let provider = try DeepLProvider(
      .init(
        authKey: "pro-key", targetLanguage: .americanEnglish, formality: .preferLess,
        glossaryID: "g-1"))
    let request = provider.makeRequest(texts: ["a"], glossary: []).http
    #expect(request.url == "https://api.deepl.com/v2/translate")
    #expect(
      TestJSON.body(request)
        == #"{"text":["a"],"source_lang":"DE","target_lang":"EN-US","formality":"prefer_less","#
        + #""glossary_id":"g-1","show_billed_characters":true}"#)
  }

  @Test func `context is sent when given, counted in the empty body, keyed apart in the cache`()
    throws
  {
    let provider = try DeepLProvider(.init(authKey: "k123:fx"))
    #expect(provider.acceptsContext)
    let request = provider.makeRequest(texts: ["a"], glossary: [], context: "Gipfel „in“ Riad")
    #expect(
      TestJSON.body(request.http)
        == #"{"text":["a"],"source_lang":"DE","target_lang":"EN-GB","#
        + #""context":"Gipfel „in“ Riad","show_billed_characters":true}"#)
    #expect(
      provider.emptyBodySize(context: "Gipfel „in“ Riad")
        == provider.emptyBodySize + #","context":"Gipfel „in“ Riad""#.utf8.count)
    let batcher = TranslationBatcher(provider: provider, context: "Gipfel")
    #expect(batcher.bodyOverhead == provider.emptyBodySize(context: "Gipfel"))
    let plain = CacheKey(providerIdentity: ["deepl"], glossaryVersion: "1", sentence: "a")
    #expect(
      CacheKey(providerIdentity: ["deepl"], glossaryVersion: "1", sentence: "a", context: nil)
        == plain)
    #expect(plain.rawValue == "deepl\u{1F}glossary=1\u{1F}a")
    let withContext = CacheKey(
      providerIdentity: ["deepl"], glossaryVersion: "1", sentence: "a", context: "Gipfel")
    #expect(withContext != plain)
    #expect(
      withContext
        != CacheKey(
          providerIdentity: ["deepl"], glossaryVersion: "1", sentence: "a", context: "Rat"))
  }

  @Test func `a base URL override wins and loses its trailing slash`() throws {
    let provider = try DeepLProvider(.init(authKey: "k:fx", baseURL: "http://127.0.0.1:8080/"))
    #expect(
      provider.makeRequest(texts: [], glossary: []).http.url == "http://127.0.0.1:8080/v2/translate"
    )
  }

  @Test func `translations and billed characters are read in order`() throws {
    let provider = try DeepLProvider(.init(authKey: "k:fx"))
    let reply = provider.parse(TestJSON.deepL(["One", "Two"], billed: 5), expectedCount: 2)
    #expect(reply == .translations(["One", "Two"], billedCharacters: 10))
    #expect(
      provider.parse(TestJSON.deepL(["One"]), expectedCount: 1)
        == .translations(["One"], billedCharacters: nil))
  }

  @Test(arguments: [
    #"{"translations":[{"text":"a"}]}"#, #"{"translations":[{"text":"a"},{"text":"b""#,
    "<html><body>413 Request Entity Too Large</body></html>", "", #"{"translations":[{"x":1}]}"#,
  ])
  func `a wrong count, truncated JSON or an HTML body is invalid`(body: String) throws {
    let provider = try DeepLProvider(.init(authKey: "k:fx"))
    let reply = provider.parse(TestJSON.response(200, body), expectedCount: 2)
    guard case .invalid = reply else {
      Issue.record("expected invalid, got \(reply)")
      return
    }
  }

  @Test func `a 403 with a free key on the pro host names the free host`() throws {
    let provider = try DeepLProvider(
      .init(authKey: "k:fx", baseURL: "https://api.deepl.com"))
    let diagnosis = provider.diagnose(
      TestJSON.response(403, #"{"message":"Wrong endpoint. Use https://api-free.deepl.com"}"#))
    #expect(diagnosis.fix.contains("https://api-free.deepl.com"))
    #expect(diagnosis.serverMessage == "Wrong endpoint. Use https://api-free.deepl.com")
  }

  @Test func `a 403 with a pro key on the free host names the pro host`() throws {
    let provider = try DeepLProvider(.init(authKey: "pro", baseURL: "https://api-free.deepl.com"))
    #expect(provider.diagnose(TestJSON.response(403, "")).fix.contains("https://api.deepl.com"))
  }

  @Test func `an empty key or a bad base URL is refused`() {
    #expect(throws: TranslationError.self) { try DeepLProvider(.init(authKey: " ")) }
    #expect(throws: TranslationError.self) {
      try DeepLProvider(.init(authKey: "k", baseURL: "ftp://x"))
    }
  }
}

@Suite struct TranslationLibreTranslateProviderTests {
  @Test func `the key travels in the body and the request is marked secret`() throws {
    let provider = try LibreTranslateProvider(
      .init(baseURL: "http://localhost:5000/", apiKey: "lt-secret"))
    let request = provider.makeRequest(texts: ["Guten Tag"], glossary: [])
    #expect(request.http.url == "http://localhost:5000/translate")
    #expect(
      TestJSON.body(request.http)
        == #"{"q":["Guten Tag"],"source":"de","target":"en","format":"text","api_key":"lt-secret"}"#
    )
    #expect(request.bodyContainsSecret)
    #expect(request.http.headers == [HTTPHeader("Content-Type", "application/json")])
  }

  @Test func `without a key no api_key is sent and the body is loggable`() throws {
    let provider = try LibreTranslateProvider(.init(baseURL: "http://lt"))
    let request = provider.makeRequest(texts: ["a"], glossary: [])
    #expect(
      TestJSON.body(request.http) == #"{"q":["a"],"source":"de","target":"en","format":"text"}"#)
    #expect(!request.bodyContainsSecret)
  }

  @Test func `an array answer is read and a plain string is accepted for one text`() throws {
    let provider = try LibreTranslateProvider(.init(baseURL: "http://lt"))
    #expect(
      provider.parse(TestJSON.response(200, #"{"translatedText":["A","B"]}"#), expectedCount: 2)
        == .translations(["A", "B"], billedCharacters: nil))
    #expect(
      provider.parse(TestJSON.response(200, #"{"translatedText":"A"}"#), expectedCount: 1)
        == .translations(["A"], billedCharacters: nil))
    #expect(
      provider.parse(TestJSON.response(200, #"{"translatedText":["A"]}"#), expectedCount: 2)
        == .invalid(.wrongCount(provider: "LibreTranslate", expected: 2, received: 1)))
  }

  @Test func `a 400 naming an exceeded limit splits the batch`() throws {
    let provider = try LibreTranslateProvider(.init(baseURL: "http://lt"))
    let diagnosis = provider.diagnose(
      TestJSON.response(400, #"{"error":"Invalid request: request (80) exceeds text limit (50)"}"#))
    #expect(diagnosis.isBatchTooLarge)
  }
}

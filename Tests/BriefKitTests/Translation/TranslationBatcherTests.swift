import Testing

@testable import BriefKit

@Suite struct TranslationBatcherTests {
  @Test func `120 short sentences make batches of 50, 50 and 20`() throws {
    let batcher = try TranslationBatcher(provider: DeepLProvider(.init(authKey: "k:fx")))
    let batches = batcher.batches((0..<120).map { "Satz \($0)." })
    #expect(batches.map(\.count) == [50, 50, 20])
    #expect(batches.flatMap { $0 } == Array(0..<120))
  }

  @Test func `the byte count equals the encoded body, escapes and multi-byte text included`()
    throws
  {
    let provider = try DeepLProvider(.init(authKey: "k:fx"))
    let texts = ["Größe „Ä“ \"quoted\" back\\slash\ttab", "日本語のテキスト", "line\nbreak\u{1}"]
    let predicted =
      provider.emptyBodySize + texts.map(JSONValue.encodedByteCount(of:)).reduce(0, +)
      + texts.count - 1
    #expect(provider.makeRequest(texts: texts, glossary: []).http.body.count == predicted)
  }

  @Test func `multi-byte text closes batches by encoded bytes, never over the budget`() throws {
    let provider = try DeepLProvider(.init(authKey: "k:fx", maxBodyBytes: 2_000))
    let sentence = String(repeating: "Überprüfung „ß“ ", count: 10)  // ~200 bytes, 160 chars
    let texts = Array(repeating: sentence, count: 30)
    let batches = TranslationBatcher(provider: provider).batches(texts)
    #expect(batches.count > 1)
    for batch in batches {
      let body = provider.makeRequest(texts: batch.map { texts[$0] }, glossary: []).http.body
      #expect(body.count <= 2_000)
    }
    #expect(batches.flatMap { $0 } == Array(0..<30))
  }

  @Test func `a single oversized sentence goes alone`() {
    let batcher = TranslationBatcher(limits: BatchLimits(maxTexts: 50, maxBodyBytes: 100))
    let batches = batcher.batches(["kurz", String(repeating: "x", count: 500), "auch kurz"])
    #expect(batches == [[0], [1], [2]])
  }

  @Test func `the chat character budget and count limit both close batches`() {
    let batcher = TranslationBatcher(limits: BatchLimits(maxTexts: 3, maxCharacters: 10))
    #expect(
      batcher.batches(["aaaa", "bbbb", "cc", "d", "eeeeeeeeeee", "f"]) == [
        [0, 1, 2], [3], [4], [5],
      ])
    let counted = TranslationBatcher(limits: BatchLimits(maxTexts: 2))
    #expect(counted.batches(["a", "b", "c"]) == [[0, 1], [2]])
  }
}

import Testing

@testable import BriefKit

/// Reading a chat answer takes time linear in the answer, whatever its nesting, brackets or
/// reasoning blocks.
struct ChatAnswerParserTests {
  static let noJSON = ChatAnswerParser.Reading.invalid(
    "no JSON object or array of translations in the answer")

  /// Runs `body`, guarding against superlinear work (the old reader took minutes to ages).
  func withoutSuperlinearWork(_ body: () -> Void) {
    let elapsed = ContinuousClock().measure(body)
    #expect(elapsed < .seconds(120), "a guard against superlinear work; speed is benchmarked")
  }

  @Test func `translations nested under translations are each looked into once`() {
    // Each level was looked into twice: 2^60 visits.
    let depth = 60
    let nested = { (inner: String) in
      String(repeating: #"{"translations":"#, count: depth) + inner
        + String(repeating: "}", count: depth)
    }
    withoutSuperlinearWork {
      #expect(ChatAnswerParser.read(nested("{}"), expectedCount: 1) == Self.noJSON)
      #expect(
        ChatAnswerParser.read(nested(#"{"1":"One","2":"Two"}"#), expectedCount: 2)
          == .translations(["One", "Two"]))
    }
  }

  @Test(arguments: [
    String(repeating: "[", count: 200_000), String(repeating: "{", count: 200_000),
    String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000),
    String(repeating: "[1,", count: 100_000), String(repeating: #"["a", "#, count: 100_000),
    "[" + String(repeating: #"{"a":1},"#, count: 100_000) + "x]",
  ])
  func `brackets that never make an answer are read in one pass`(content: String) {
    withoutSuperlinearWork {
      #expect(ChatAnswerParser.read(content, expectedCount: 2) == Self.noJSON)
    }
  }

  @Test func `many different answers are counted without comparing each with each`() {
    let content = (1...50_000).map { #"{"1": "One \#($0)"}"# }.joined(separator: "\n")
    withoutSuperlinearWork {
      #expect(
        ChatAnswerParser.read(content, expectedCount: 1)
          == .invalid("the answer holds 50000 different JSON answers"))
    }
  }

  @Test func `many reasoning blocks are removed in one pass`() {
    let content =
      String(repeating: "<think>x</think><THINKING>[\"y\"]</thinking>", count: 100_000)
      + #"{"1":"One","2":"Two"}"#
    withoutSuperlinearWork {
      #expect(ChatAnswerParser.read(content, expectedCount: 2) == .translations(["One", "Two"]))
      #expect(
        ChatAnswerParser.read(String(repeating: "<think>", count: 100_000), expectedCount: 1)
          == Self.noJSON)
    }
  }

  @Test(arguments: [
    #"[{"1":"One","2":"Two"}, oops]"#, #"{"x": {"1":"One","2":"Two"} oops"#,
    #"[[[1e400, {"1":"One","2":"Two"}"#, "Text [Anmerkung] {\"1\":\"One\",\"2\":\"Two\"} [1]",
  ])
  func `an answer inside or after brackets that fail is still found`(content: String) {
    #expect(ChatAnswerParser.read(content, expectedCount: 2) == .translations(["One", "Two"]))
  }

  @Test func `reasoning tags are matched in any case and an unclosed one runs to the end`() {
    #expect(ChatAnswerParser.withoutReasoning("a<Think>b</THINK>c<think>d") == "ac")
    #expect(ChatAnswerParser.withoutReasoning("plan</think>answer</think>end") == "end")
    #expect(ChatAnswerParser.withoutReasoning("<think>a</think>b</think>c") == "b</think>c")
    #expect(ChatAnswerParser.withoutReasoning("Grüße <reasoning>ä</reasoning>ö") == "Grüße ö")
  }
}

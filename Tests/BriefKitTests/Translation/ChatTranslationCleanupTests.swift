import Testing

@testable import BriefKit

/// A chat model's wrapping around one translation is taken off, or the answer is unusable.
@Suite struct ChatTranslationCleanupTests {
  @Test(arguments: [
    ("Translation: The train stops.", "The train stops."),
    ("Here is the translation: The train stops.", "The train stops."),
    ("Here's the English translation:\nThe train stops.", "The train stops."),
    ("English: The train stops.", "The train stops."),
    ("Sure! Here is the translation: The train stops.", "The train stops."),
    ("Certainly! Here you go with the translation: The train stops.", "The train stops."),
    ("The train stops. (Note: literal translation)", "The train stops."),
    ("The train stops. [Note: idiomatic]", "The train stops."),
    (
      "The train stops in Hamburg today.\nNote: literal translation.",
      "The train stops in Hamburg today."
    ),
    ("The train stops.\n\n*Note: literal.*", "The train stops."),
    ("**EN: The train stops.**", "EN: The train stops."),
    ("__The train stops.__", "The train stops."),
    ("**Translation:** The train stops.", "The train stops."),
    ("The train\nstops  here.", "The train stops here."),
    ("Sure, he said: the train stops.", "Sure, he said: the train stops."),
    ("The train (a regional one) stops.", "The train (a regional one) stops."),
    ("Notes from the talks were published.", "Notes from the talks were published."),
  ])
  func `wrapping is taken off and the translation is one line`(answer: String, expected: String) {
    #expect(ChatTranslationCleanup.cleaned(answer) == expected)
  }

  @Test(arguments: ["Translation:", "Here is the translation:", "**Translation:**", " \n "])
  func `a translation that is only wrapping is unusable`(answer: String) {
    #expect(ChatTranslationCleanup.cleaned(answer) == nil)
  }

  @Test func `the parser cleans each translation and rejects one that is only a preamble`() {
    #expect(
      ChatAnswerParser.read(
        #"{"1": "Translation: The train stops.", "2": "It rains.\nNote: literal."}"#,
        expectedCount: 2) == .translations(["The train stops.", "It rains."]))
    #expect(
      ChatAnswerParser.read(#"["Here is the translation: The train stops."]"#, expectedCount: 1)
        == .translations(["The train stops."]))
    #expect(
      ChatAnswerParser.read(
        #"{"1": "Here is the translation:", "2": "It rains."}"#, expectedCount: 2)
        == .invalid("a translation is nothing but a preamble or a note"))
  }

  @Test func `a key besides the sentence numbers is named`() {
    #expect(
      ChatAnswerParser.read(#"{"1": "The train stops.", "note": "literal"}"#, expectedCount: 1)
        == .invalid("the answer has the key \"note\" besides the numbered translations"))
  }
}

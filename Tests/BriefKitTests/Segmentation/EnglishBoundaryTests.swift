import Testing

@testable import BriefKit

/// The boundary rules on English text.
struct EnglishBoundaryTests {
  @Test(arguments: [
    "Mr. Smith met Mrs. Jones and Dr. Brown.",
    "The U.S. economy grew 3.5 percent.",
    "He arrived on Jan. 5 at 10 p.m. on Monday.",
    "No. 10 Downing Street is famous.",
    "J. R. R. Tolkien and George W. Bush never met.",
    "It works with Acme Inc. on projects.",
  ])
  func `English abbreviations, initials and decimals inside a sentence are not boundaries`(
    text: String
  ) {
    #expect(split(text, .english) == [text])
  }

  @Test func `English sentences ending in an abbreviation are split before a new sentence`() {
    #expect(
      split("He met her at 5 p.m. The meeting lasted an hour.", .english)
        == ["He met her at 5 p.m.", "The meeting lasted an hour."])
    #expect(
      split("It grew in the U.S. The Fed said so.", .english)
        == ["It grew in the U.S.", "The Fed said so."])
  }

  @Test func `an English number before a full stop ends the sentence`() {
    #expect(
      split("The score was 2. Fans cheered.", .english) == ["The score was 2.", "Fans cheered."])
  }

  @Test func `English quotes attach to their sentence`() {
    #expect(
      split("\"Will he come?\" she asked. He said \"I am done.\" Then he left.", .english)
        == ["\"Will he come?\" she asked.", "He said \"I am done.\"", "Then he left."])
  }
}

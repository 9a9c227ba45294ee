import Testing

@testable import BriefKit

struct SentenceProfileTests {
  static func profiles(_ sentences: [String]) -> ([SentenceProfile], [String: Int]) {
    let segments = sentences.map { Segment(text: $0, range: 0..<$0.utf8.count, kind: .sentence) }
    var vocabulary: [String: Int] = [:]
    let profiles = SentenceProfile.profiles(
      of: segments, analyzer: TermAnalyzer(language: .german), vocabulary: &vocabulary)
    return (profiles, vocabulary)
  }

  @Test func `canonically equivalent spellings of a word are one term`() {
    // U+1FB3 and U+03B1 U+0345 (an alphabetic combining mark) spell one word as Strings,
    // though the stemmer, counting scalars, would cut `-en` from the second alone.
    let (profiles, _) = Self.profiles(["e\u{1FB3}en Text", "e\u{3B1}\u{345}en Wort"])
    #expect(profiles[0].terms[0] == profiles[1].terms[0])
    #expect(profiles[0].terms[1] != profiles[1].terms[1])
    #expect(GermanStemmer().stem("e\u{3B1}\u{345}en") != GermanStemmer().stem("e\u{1FB3}en"))
  }

  @Test func `terms are interned in order of first use, stop words left out`() {
    let (profiles, vocabulary) = Self.profiles(["Die Häuser in Wien", "Wien und die Häuser"])
    #expect(profiles.map(\.terms) == [[0, 1], [1, 0]])
    #expect(vocabulary == ["haus": 0, "vien": 1])
    #expect(profiles.map(\.wordCount) == [4, 4])
    #expect(profiles[1].capitalizedTerms == [0])
  }
}

@Test(arguments: [
  "Er sagte", "„Er sagte", "Über alles", "Dies", "\"Die\" Frau", "42 Leute", "", " - Er",
  "Ére\u{301}", "Er\u{301} x", "\r\nEr", "e\u{301}r", "...", "Die Ärzte", "DerÄrger",
])
func `the first word read from ASCII bytes is the first word of the characters`(text: String) {
  let characters = String(text.drop { !$0.isLetter && !$0.isNumber }.prefix { $0.isLetter })
  if let word = SentenceProfile.asciiFirstWord(of: text) { #expect(word == characters) }
}

@Test(arguments: [
  ("Er sagte das am Montag.", true), ("Damit ist es vorbei.", true),
  ("Das ist ein wichtiger Schritt.", true), ("Das zeigt eine Studie.", true),
  ("Diese Entscheidung überraschte auch Rubio.", true), ("„Das hatte er gesagt.", true),
  ("Das Angebot ist unzureichend\", sagte sie.", true),
  ("Das erste Treffen fand in Riad statt.", false), ("Das Treffen fand in Riad statt.", false),
  ("Rubio traf Lawrow.", false),
])
func `a line leans on the sentence before it when it opens with an anaphor`(
  text: String, leans: Bool
) {
  #expect(SentenceProfile.leansOnPrevious(text, language: .german) == leans)
}

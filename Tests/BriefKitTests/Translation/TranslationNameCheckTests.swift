import Testing

@testable import BriefKit

/// A chat translation must carry its sentence's glossary names and no other sentence's.
@Suite struct TranslationNameCheckTests {
  static let glossary = Glossary(entries: [
    GlossaryEntry(german: "Lawrow", english: "Lavrov"),
    GlossaryEntry(german: "Moskau", english: "Moscow"),
    GlossaryEntry(german: "Vereinigte Staaten", english: "United States"),
    GlossaryEntry(german: "Bundesregierung", english: "federal government"),
    GlossaryEntry(german: "Russland", english: "Russia"),
    GlossaryEntry(german: "Bundestag", english: "Bundestag"),
    GlossaryEntry(german: "Kreml", english: "Kremlin"),
  ])
  static let batch = [
    "Lawrow traf Rubio in Kuala Lumpur.", "Danach flog Lawrow nach Moskau.",
    "Die Vereinigte Staaten reagierten.", "Die Bundesregierung schwieg.",
    "Russlands Präsident schwieg.", "Am Abend flog Rubio nach Tokio.",
  ]

  func reason(_ source: String, _ translation: String) -> String? {
    TranslationChecks.nameRejection(
      source: source, translation: translation, glossary: Self.glossary, batch: Self.batch)
  }

  @Test(arguments: [
    ("Lawrow traf Rubio in Kuala Lumpur.", "Lavrov met Rubio in Kuala Lumpur."),
    ("Lawrow traf Rubio in Kuala Lumpur.", "EN: Lawrow met Rubio in Kuala Lumpur."),
    ("Danach flog Lawrow nach Moskau.", "Afterwards Lavrov flew back to Moscow."),
    ("Danach flog Lawrow nach Moskau.", "Afterwards LAVROV flew back to moscow."),
    ("Die Vereinigte Staaten reagierten.", "The US responded."),
    ("Die Vereinigte Staaten reagierten.", "The U.S. responded."),
    ("Die Vereinigte Staaten reagierten.", "The States responded."),
    ("Die Bundesregierung schwieg.", "The German government said nothing."),
    ("Russlands Präsident schwieg.", "The Russian president said nothing."),
    ("Am Abend flog Rubio nach Tokio.", "In the evening Rubio flew to Tokyo."),
    ("Der Kreml schwieg.", "The Kremlin said nothing."),
  ])
  func `a translation with its own names passes`(source: String, translation: String) {
    #expect(reason(source, translation) == nil)
  }

  @Test func `a name lost or changed is rejected`() {
    #expect(
      reason("Danach flog Lawrow nach Moskau.", "Afterwards Lawrence flew back to Moscow.")
        == "it lacks the name Lavrov (Lawrow)")
  }

  @Test func `a name outside the glossary changed into another is rejected`() {
    #expect(
      reason("Lawrow traf Rubio in Kuala Lumpur.", "EN: Lawrow met Rubiano in Kuala Lumpur.")
        == "it has the name Rubiano where the sentence has Rubio")
  }

  @Test(arguments: [
    ("Die Japaner und Ukrainer trafen sich.", "The Japanese and Ukrainians met."),
    ("Die Republik Moldau wählt.", "The Republic of Moldova votes."),
    ("Sie sprach über Politik und Musik.", "She spoke about Politics and Music."),
    ("Der Gipfel in Tokio endete.", "The summit in Tokyo ended."),
    ("Lawrow reiste nach Genf.", "Lavrov travelled to Geneva."),
    ("Sie reiste nach Florenz.", "She travelled to Florence."),
    ("Das Institut Ifo meldet Zahlen.", "The Ifo Institute reports figures."),
  ])
  func `translated nouns and demonyms are no changed names`(source: String, translation: String) {
    #expect(TranslationChecks.changedName(source: source, translation: translation) == nil)
  }

  @Test func `another sentence's translation is rejected by its names`() {
    // Sentences 1 and 2 merged into answer 1, answer 6 given sentence 2's.
    #expect(
      reason("Am Abend flog Rubio nach Tokio.", "Afterwards Lavrov flew back to Moscow.")
        == "it has the name Lavrov, which is not in the sentence but in another one")
  }

  @Test func `without a glossary nothing is checked`() {
    #expect(
      TranslationChecks.nameRejection(
        source: "Lawrow kam.", translation: "Nobody came.", glossary: .empty, batch: []) == nil)
  }
}

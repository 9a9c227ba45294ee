import Testing

@testable import BriefKit

/// Which answers cannot be a sentence's translation, and which correct ones must pass.
@Suite struct TranslationRejectionTests {
  @Test(arguments: [
    ("Die Inflation stieg im Mai auf 3,5 Prozent.", "Inflation rose to 3.5 per cent in May."),
    ("Der Umsatz lag bei 1.234,5 Millionen Euro.", "Turnover was 1,234.5 million euros."),
    ("Am 24.02.2022 begann der Krieg.", "The war began on 24 February 2022."),
    ("Das Treffen beginnt um 14.30 Uhr.", "The meeting starts at 2.30 pm."),
    ("Das Treffen beginnt um 15 Uhr.", "The meeting starts at 3 pm."),
    ("In den 90er-Jahren wuchs die Stadt.", "The city grew in the 1990s."),
    ("Drei von 5 Befragten stimmten zu.", "Three out of five respondents agreed."),
    ("Es kamen 1.000.000 Menschen.", "A million people came."),
    ("Zum 2. Mal fand das Fest statt.", "The festival took place for the second time."),
    ("Nato", "Nato"),
    ("Rubio", "Rubio"),
    ("Olaf Scholz, Emmanuel Macron", "Olaf Scholz, Emmanuel Macron"),
    ("Ursula von der Leyen reist nach Kiew.", "Ursula von der Leyen travels to Kyiv."),
    ("Söder und Müller trafen sich in Düsseldorf.", "Söder and Müller met in Düsseldorf."),
    ("Er sagte: „We will win.“", "He said: \"We will win.\""),
    ("Die Regierung will auch sparen.", "The government will also save money."),
    ("Man will also sparen.", "So one wants to save money, then."),
    ("Sie will an der Grenze bleiben.", "She will stay at the border, so it is said."),
    ("„We will win, so we will fight.“", "\"We will win, so we will fight.\""),
    ("Olaf Scholz traf Emmanuel Macron in Paris.", "Olaf Scholz met Emmanuel Macron in Paris."),
    ("Angela Merkel in Berlin", "Angela Merkel in Berlin (archive photo)"),
    ("Angela Merkel in Berlin", "Angela Merkel in Berlin"),
  ])
  func `a correct translation passes`(source: String, translation: String) {
    #expect(
      TranslationChecks.rejection(source: source, translation: translation, batch: [source])
        == nil)
  }

  @Test(arguments: [
    (
      "Der Bundestag beschließt das Gesetz.", "Der  Bundestag beschließt das Gesetz.",
      "it is the German sentence unchanged"
    ),
    ("Er sagte „Nein“ dazu.", "Er sagte \"Nein\" dazu.", "it is the German sentence unchanged"),
    (
      "Kiew meldet neue Angriffe.", "Die Regierung meldet neue Angriffe.",
      "it is the German sentence unchanged"
    ),
    // The sentence unchanged with a label or a comment around it.
    (
      "Der Rat tagte 2,5 Stunden.", "EN: Der Rat tagte 2,5 Stunden.",
      "it is the German sentence unchanged"
    ),
    (
      "Merz warnte gestern eindringlich.",
      "Englisch: „Merz warnte gestern eindringlich“ (unverändert)",
      "it is the German sentence unchanged"
    ),
    (
      "Die Regierung will das Gesetz ändern.",
      "Die Regierung will das Gesetz nicht mit der Opposition ändern.", "it is still German"
    ),
    (
      "Die Inflation stieg auf 3,5 Prozent.", "Kyiv reports new attacks.", "it lacks the number 3,5"
    ),
    (
      "Ja.", String(repeating: "Yes, and more. ", count: 30),
      "it is 150 times as long as the sentence"
    ),
    (
      "Nein, sagte er.", String(repeating: "Der Bundestag beschließt 3 Gesetze nicht. ", count: 10),
      "it is 28 times as long as the sentence"
    ),
  ])
  func `an answer that cannot be the translation is rejected`(
    source: String, translation: String, reason: String
  ) {
    #expect(
      TranslationChecks.rejection(
        source: source, translation: translation,
        batch: [source, "Die Regierung meldet neue Angriffe."]) == reason)
  }

  @Test(arguments: [
    "Die Regierung will neue Windräder bauen.", "Die Firma will in Berlin investieren.",
    "Man will also sparen.", "Er will die Wahl gewinnen.", "Die Firma hält an ihrem Plan fest.",
  ])
  func `German sent back unchanged is rejected though it shares words with English`(
    sentence: String
  ) {
    #expect(
      TranslationChecks.rejection(source: sentence, translation: sentence, batch: [sentence])
        == "it is the German sentence unchanged")
  }

  @Test func `no cue of one language is a stop word of the other`() {
    #expect(TranslationChecks.englishCues.isDisjoint(with: GermanStopWords.words))
    #expect(TranslationChecks.germanCues.isDisjoint(with: EnglishStopWords.words))
    #expect(!TranslationChecks.englishCues.contains("will"))
    #expect(TranslationChecks.englishOnlyStopWords.isDisjoint(with: GermanStopWords.words))
  }

  @Test func `the answer before names were restored is compared with what was sent`() {
    #expect(
      TranslationChecks.rejection(
        source: "Lawrow meldet neue Angriffe.", translation: "Lavrov meldet neue Angriffe.",
        answer: "ZQX1ZQ meldet neue Angriffe.",
        batch: ["Lawrow meldet neue Angriffe.", "ZQX1ZQ meldet neue Angriffe."])
        == "it is the German sentence unchanged")
  }

  @Test func `one translation given for two sentences is repeated`() {
    #expect(
      TranslationChecks.repeated(["Kyiv reports attacks.", "It rains.", "Kyiv reports attacks."])
        == [0, 2])
    #expect(TranslationChecks.repeated(["Nato", "Nato"]).isEmpty)
  }
}

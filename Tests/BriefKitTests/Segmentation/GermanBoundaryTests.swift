import Testing

@testable import BriefKit

/// The boundary rules of SEGMENTATION-RULES.md on German text.
struct GermanBoundaryTests {
  @Test func `a line break alone does not end a sentence`() {
    #expect(
      split("Schwangere Frauen sollten während der \nersten Monate Folsäure nehmen.")
        == ["Schwangere Frauen sollten während der \nersten Monate Folsäure nehmen."])
  }

  @Test func `a sentence wrapped across a blank line after a function word is one sentence`() {
    let text = "Das Treffen soll im Rahmen eines Meetings der\n\nVereinigung (ASEAN) stattfinden."
    #expect(split(text) == [text])
  }

  @Test func `final punctuation before a capital is a boundary`() {
    #expect(
      split("Er kam. Sie ging! Warum? Darum.") == ["Er kam.", "Sie ging!", "Warum?", "Darum."])
    #expect(split("Wirklich?! Ja!!! Gut… Schön.") == ["Wirklich?!", "Ja!!!", "Gut…", "Schön."])
  }

  @Test func `a missing space after a full stop is a boundary`() {
    #expect(
      split("Die Gespräche gehen weiter.Nato-Generalsekretär Rutte sprach.")
        == ["Die Gespräche gehen weiter.", "Nato-Generalsekretär Rutte sprach."])
  }

  @Test func `a missing space after a capitalised word or an acronym is a boundary`() {
    #expect(
      split("Er sprach im Bundestag.Die Opposition protestierte.")
        == ["Er sprach im Bundestag.", "Die Opposition protestierte."])
    #expect(
      split("Es gab eine Einigung mit der EU.Die Details folgen.")
        == ["Es gab eine Einigung mit der EU.", "Die Details folgen."])
    #expect(
      split("Er traf Macron.Beide lachten.") == ["Er traf Macron.", "Beide lachten."])
  }

  @Test(arguments: [
    "Das kostet 5 Mio.Euro und Dr.Müller kam.",
    "Die U.S.Army kam.",
    "In St.Gallen sah er Prof.Meyer.",
    "Er ging zu web.de und ORF.at heute.",
  ])
  func `a missing space after an abbreviation, initial or domain is no boundary`(text: String) {
    #expect(split(text) == [text])
  }

  @Test func `a boundary after a glued closing quote falls after the quote`() {
    #expect(
      split("„Also keine Bewertungen, nur Danke.“Die Außenminister gingen.")
        == ["„Also keine Bewertungen, nur Danke.“", "Die Außenminister gingen."])
  }

  @Test(arguments: [
    "Nach Trumps Amtsantritt am 20. Januar kam es anders.",
    "Im 12. Jh. entstand die Burg.",
    "Am 20.01.2025 und am 31.12. war es kalt.",
    "Die Einheit kam am 7. 10. 1990 nicht.",
    "Er kam als 3. ins Ziel.",
    "Rio de Janeiro – Der Weltranglisten-19. Dominic Thiem gewann.",
  ])
  func `ordinals and dates inside a sentence are not boundaries`(text: String) {
    #expect(split(text) == [text])
  }

  @Test func `a compound ending in a number ends a sentence when a sentence starter follows`() {
    #expect(
      split("Er spielt in der U-21. Die Mannschaft ist gut.")
        == ["Er spielt in der U-21.", "Die Mannschaft ist gut."])
  }

  @Test(arguments: [
    "Wir brauchen z. B. Wasser, Saft u. a. Getränke.",
    "Ich kann u.a. Spanisch, d. h. etwas.",
    "Das kostet ca. 5 Mio. Euro bzw. mehr.",
    "Wir trafen Prof. Dr. med. Meyer in der St. Marienkirche.",
    "Nach Abs. 3 und Art. 5 ist das ggf. erlaubt.",
    "Der Verein e. V. hat viele Mitglieder.",
    "Das Gesetz (BGBl. I S. 123) gilt seit Mai.",
    "Das Spiel in Wien/St. Pölten endete spät.",
  ])
  func `abbreviations inside a sentence are not boundaries`(text: String) {
    #expect(split(text) == [text])
  }

  @Test func `Roman numerals and initials inside a sentence are not boundaries`() {
    #expect(split("Ludwig XIV. regierte lange.") == ["Ludwig XIV. regierte lange."])
    #expect(split("J. R. R. Tolkien schrieb viel.") == ["J. R. R. Tolkien schrieb viel."])
  }

  @Test(arguments: [
    "Es waren 3,5 Prozent um 14.30 Uhr in Version 2.0.",
    "Er schrieb auf X.com und www.bundesregierung.de darüber.",
    "Die U.S.-Armee und US-Soldaten kamen.",
    "Er kam; sie ging: Das Fazit: Die Reform kommt.",
    "Er sagte ... und ging dann.",
  ])
  func `decimals, times, domains, colons and a lower-case ellipsis are not boundaries`(
    text: String
  ) {
    #expect(split(text) == [text])
  }

  @Test(arguments: [
    ("Wir brauchen Saft usw. Dann ging er.", "Dann ging er."),
    ("Er kam aus Frankfurt a. M. Dort lebte er.", "Dort lebte er."),
    ("Das steht auf S. 4. Der Kommentar folgt.", "Der Kommentar folgt."),
    ("Das war am 15. Die Behörde schwieg.", "Die Behörde schwieg."),
    ("Das galt unter Ludwigs XIV. Heute ist das anders.", "Heute ist das anders."),
    ("Verhaftet wurde Michael K. Er soll geschossen haben.", "Er soll geschossen haben."),
    ("Das ist der Verein e. V. Er hat Mitglieder.", "Er hat Mitglieder."),
    ("Mehr auf www.bundesregierung.de. Die Seite ist neu.", "Die Seite ist neu."),
    ("Das steht auf Seite 12. Der Rest nicht.", "Der Rest nicht."),
    ("Bayern verlor mit 1:3. Der Trainer tobte.", "Der Trainer tobte."),
    ("Es waren -3,5 °C. Das ist kalt.", "Das ist kalt."),
    ("Das gilt für die Saison 2024/25. Sie endet bald.", "Sie endet bald."),
    ("Das ist Art. Garching liegt nahe.", "Garching liegt nahe."),
  ])
  func
    `a sentence ending in an abbreviation, number, initial or domain is a boundary before a new sentence`(
      text: String, second: String
    )
  {
    #expect(split(text).count == 2)
    #expect(split(text).last == second)
  }

  @Test func `a footnote mark stays with its sentence`() {
    #expect(
      split("Das Wachstum war deutlich.[3] Das zeigt die Statistik.")
        == ["Das Wachstum war deutlich.[3]", "Das zeigt die Statistik."])
  }

  @Test func `quotation marks attach to their sentence`() {
    #expect(split("„Kommt er?“, fragte sie.") == ["„Kommt er?“, fragte sie."])
    #expect(
      split("Sie flüsterte: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.")
        == ["Sie flüsterte: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro."])
  }

  @Test func `a quotation holding several sentences is split inside`() {
    #expect(
      split("„Wir kennen uns gut. Er ist ein sehr guter Typ“, sagt er über ihn.")
        == ["„Wir kennen uns gut.", "Er ist ein sehr guter Typ“, sagt er über ihn."])
  }

  @Test func `a parenthesised full sentence is its own segment`() {
    #expect(
      split("Er trat zurück. (Er hatte die Vorwürfe stets bestritten.) Danach schwieg er.")
        == ["Er trat zurück.", "(Er hatte die Vorwürfe stets bestritten.)", "Danach schwieg er."])
    #expect(
      split("Er kaufte nichts (ich traue mir nicht!). Gut.") == [
        "Er kaufte nichts (ich traue mir nicht!).", "Gut.",
      ])
  }

  @Test func `a lower-case sentence start after a full stop is a boundary`() {
    #expect(split("Apple stellte vor. iOS 18 kommt.") == ["Apple stellte vor.", "iOS 18 kommt."])
    #expect(split("Der Umsatz stieg. eBay wächst.") == ["Der Umsatz stieg.", "eBay wächst."])
    #expect(split("So war es. taz-Leser wissen das.").count == 2)
  }

  @Test func `a sentence without final punctuation at the end of the text is a segment`() {
    #expect(
      split("Er kam. Sie wollte diesen Konflikt zu beenden‘")
        == ["Er kam.", "Sie wollte diesen Konflikt zu beenden‘"])
  }

  @Test func `each line of a list is a segment, with its introducing line`() {
    #expect(
      split("Die Regeln sind einfach:\n1. Keine Gewalt.\n2. Kein Alkohol.\n• Keine Waffen")
        == ["Die Regeln sind einfach:", "1. Keine Gewalt.", "2. Kein Alkohol.", "• Keine Waffen"])
  }

  @Test func `markdown emphasis stays in the segment and does not disturb boundaries`() {
    #expect(
      split("Der Minister, **Marco Rubio**, plant ein Treffen. Das meldete **CNN**. Gut.")
        == ["Der Minister, **Marco Rubio**, plant ein Treffen.", "Das meldete **CNN**.", "Gut."])
  }

  @Test(arguments: [
    "Das hat der BGH am Dienstag entschieden (Az. XI ZR 26/24).",
    "Das regelt Art. III des Vertrags.",
    "Das steht in Abs. II der Satzung.", "Mehr dazu in Kap. IV des Berichts.",
    "Treffpunkt ist die Goethestr. 12 in Köln.", "Gemeint ist die Verordnung Nr. IV der EU.",
  ])
  func `an abbreviation before a number or a Roman numeral is no boundary`(sentence: String) {
    #expect(split(sentence + " Die Richter sprachen.") == [sentence, "Die Richter sprachen."])
  }

  @Test func `an abbreviation before a number still ends a sentence before a capitalised word`() {
    #expect(
      split("Er wohnt in der Goethestr. Dort ist es ruhig.")
        == ["Er wohnt in der Goethestr.", "Dort ist es ruhig."])
  }

  @Test(arguments: ["auf 2,68 Prozent.bek/jha", "auf 2,68 Prozent. bek/jha"])
  func `desk codes closing the last sentence are a credit of their own`(ending: String) {
    let segments = kinded("Die Rendite sank \(ending)")
    #expect(segments.map(\.1) == ["Die Rendite sank auf 2,68 Prozent.", "bek/jha"])
    #expect(segments.map(\.0) == [.sentence, .boilerplate])
  }

  @Test func `a domain ending in a country code is not a glued credit`() {
    #expect(kinded("Quelle: SZ.de/kar").map(\.1) == ["Quelle: SZ.de/kar"])
  }

  @Test(arguments: [
    ("Die wichtigsten Indizes im Überblick:", "Dax 23.108,45 +1,80 %", "MDax 27.512,00 +2,30 %"),
    ("Die weiteren Ergebnisse vom Samstag:", "Dortmund – Leipzig 2:2", "Stuttgart – Frankfurt 1:3"),
  ])
  func `the rows of a table under its introducing line are a sentence each`(
    intro: String, first: String, second: String
  ) {
    let segments = kinded("Der Dax stieg.\n\n\(intro)\n\(first)\n\(second)\n\nDer Euro fiel.")
    #expect(segments.map(\.1) == ["Der Dax stieg.", intro, first, second, "Der Euro fiel."])
    #expect(segments.allSatisfy { $0.0 == .sentence }, "\(segments)")
  }

  @Test func `a sentence wrapped after a colon is not a table`() {
    let text = "Er sagte:\nDie Lage ist ernst, aber wir\nhandeln jetzt."
    #expect(split(text) == [text])
  }
}

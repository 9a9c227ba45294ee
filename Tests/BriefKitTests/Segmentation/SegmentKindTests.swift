import Testing

@testable import BriefKit

/// Headings and page furniture are recognised, kept, and never glued into sentences.
struct SegmentKindTests {
  @Test func `a short line without final punctuation is a heading`() {
    let segments = kinded("Kreml kündigt Gespräche an\n\nDie USA und Russland reden weiter.")
    #expect(segments.map(\.0) == [.heading, .sentence])
  }

  @Test func `a kicker and headline printed on one line are one heading`() {
    let text = "Treffen kommende Woche geplant Kreml kündigt weitere Gespräche an\n\nEr kam."
    #expect(kinded(text).first?.0 == .heading)
    #expect(
      kinded(text).first?.1 == "Treffen kommende Woche geplant Kreml kündigt weitere Gespräche an")
  }

  @Test func `a quoted sub-heading line is a heading`() {
    let segments = kinded("Er kam.\n\n\"Kann die Frage noch nicht beantworten\"\n\nRubio sprach.")
    #expect(segments.map(\.0) == [.sentence, .heading, .sentence])
  }

  @Test func `a press release's dateline opening its first paragraph is boilerplate`() {
    let text = """
      Freiburg, 14.03.2025. Die Stadt eröffnet am Samstag ein neues Hallenbad. Es kostete \
      28 Millionen Euro. Am 14.03.2025 kam der Rat zusammen.
      """
    let segments = kinded(text)
    #expect(segments.map(\.0) == [.boilerplate, .sentence, .sentence, .sentence])
    #expect(segments.first?.1 == "Freiburg, 14.03.2025.")
  }

  @Test func `a short question standing alone as a paragraph is a heading`() {
    let segments = kinded("Die Mieten steigen.\n\nWas bedeutet das für Mieter?\n\nSie zahlen mehr.")
    #expect(segments.map(\.0) == [.sentence, .heading, .sentence])
  }

  @Test(arguments: [
    "[Lesen Sie auch: Trump droht Russland mit Zöllen](https://example.org/x)",
    "**Lesen Sie auch:** [Trump droht Russland mit Zöllen](https://example.org/x)",
    "> Lesen Sie auch: Trump droht Russland",
    "- [Mehr zum Thema](https://example.org/y)",
    "## Mehr zum Thema",
    "![Foto: dpa](https://example.org/bild.jpg)",
    "[Kreml kündigt weitere Gespräche an](https://example.org/kreml)",
  ])
  func `page furniture written in Markdown is boilerplate, one segment`(line: String) {
    let segments = kinded("Er kam gestern an.\n\n\(line)\n\nSie ging heute fort.")
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence])
    #expect(segments[1].1 == line)
  }

  @Test func `Markdown that is not furniture keeps its kind`() {
    let segments = kinded(
      "## Treffen in Malaysia\n\n**Berlin** – Die Regierung hat am Montag entschieden.\n\n"
        + "- Die Ukraine braucht Waffen.\n\nAchtung![Foto](x.jpg) Weiter geht es.")
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence, .sentence])
  }

  @Test(arguments: [
    "Lesen Sie auch", "Gerade lesen andere", "Mehr News zum Krieg in der Ukraine",
    "Empfehlung der Redaktion", "00:00", "Mehr Infos", "Newsletter", "Nicht mehr anzeigen",
    "(Foto: picture alliance/dpa/TASS)", "Quelle: ntv.de, jpe/AFP", "(APA/red)",
    "Besuchen Sie uns auf: die-nachrichten.at", "Stand: 21.02.2025, 14:00 Uhr",
    "Ich möchte gerne Nachrichten und Artikel von der n-tv GmbH per E-Mail erhalten.",
    "Dieser Artikel wurde von Jens Bogen erstellt und veröffentlicht, wobei möglicherweise KI verwendet wurde",
    "Von Anna Muster",
  ])
  func `German page furniture on its own line is boilerplate`(line: String) {
    let segments = Segmenter(language: .german).segments(
      in: "Er kam gestern an.\n\n\(line)\n\nSie ging heute fort.")
    #expect(segments.first?.kind == .sentence)
    #expect(segments.last?.kind == .sentence)
    #expect(segments.dropFirst().dropLast().allSatisfy { $0.kind == .boilerplate })
    #expect(segments.count >= 3)
  }

  @Test(arguments: [
    "Read more", "Sign up for our newsletter", "Photo: Reuters", "Advertisement",
    "(Reporting by Jane Doe; Editing by John Smith)", "By Jane Doe",
  ])
  func `English page furniture on its own line is boilerplate`(line: String) {
    let segments = Segmenter(language: .english).segments(
      in: "The talks ended.\n\n\(line)\n\nOfficials left.")
    #expect(segments.map(\.kind) == [.sentence, .boilerplate, .sentence])
  }

  @Test func `a section label at the top is boilerplate`() {
    #expect(
      kinded("Politik\n\nKreml kündigt Gespräche an\n\nEr kam.").map(\.0) == [
        .boilerplate, .heading, .sentence,
      ])
  }

  @Test func `player residue gives two boilerplate segments`() {
    let segments = kinded(
      "00:00\nDiese Audioversion wurde künstlich generiert. Mehr Infos\nEr kam.")
    #expect(
      segments.map(\.1) == [
        "00:00", "Diese Audioversion wurde künstlich generiert.", "Mehr Infos", "Er kam.",
      ])
    #expect(segments.map(\.0) == [.boilerplate, .boilerplate, .boilerplate, .sentence])
  }

  @Test func `an agency credit after the last sentence is a separate boilerplate segment`() {
    let segments = kinded("Es gab keinen Durchbruch. (dpa/AFP/bearbeitet von ank)")
    #expect(segments.map(\.1) == ["Es gab keinen Durchbruch.", "(dpa/AFP/bearbeitet von ank)"])
    #expect(segments.map(\.0) == [.sentence, .boilerplate])
  }

  @Test(arguments: [
    ("Tickets behalten ihre Gültigkeit.(dpa)", "Tickets behalten ihre Gültigkeit.", "(dpa)"),
    ("Reisende sollen verschieben. dpa/lno", "Reisende sollen verschieben.", "dpa/lno"),
    (
      "Der Kanzler traf Macron und sprach danach lange mit ihm.(AFP)",
      "Der Kanzler traf Macron und sprach danach lange mit ihm.", "(AFP)"
    ),
  ])
  func `a credit glued to a paragraph's last sentence is split off, the sentence kept`(
    line: String, sentence: String, credit: String
  ) {
    let segments = kinded("Bahn streicht Fernzüge\n\nDie Bahn streicht Züge.\n\n\(line)\n\nEnde.")
    #expect(
      segments.map(\.1) == [
        "Bahn streicht Fernzüge", "Die Bahn streicht Züge.", sentence, credit, "Ende.",
      ])
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence, .boilerplate, .sentence])
  }

  @Test(arguments: ["(dpa) Die", "(epd) Die", "(dpa)Die"])
  func `a headline is not continued into a paragraph that opens with a credit`(opening: String) {
    let segments = kinded(
      "Inflation sinkt im Oktober deutlich\n\n\(opening) Inflation ist gesunken.")
    #expect(segments.map(\.0) == [.heading, .boilerplate, .sentence])
    #expect(segments.last?.1 == "Die Inflation ist gesunken.")
  }

  @Test(arguments: [
    "Feuerwehrleute sichern einen Damm. Foto: Peter Kneffel/dpa",
    "Der Kanzler traf Macron.Foto: dpa",
    "*Minister Hubertus Heil (SPD) im Bundestag. Foto: Michael Kappeler/dpa*",
    "Rubio und Lawrow in Kuala Lumpur. (Foto: picture alliance/dpa/TASS)",
  ])
  func `a short paragraph that ends in a photo credit is a caption, all boilerplate`(
    caption: String
  ) {
    let segments = kinded("Die Pegel steigen weiter.\n\n\(caption)\n\nEin Damm ist gebrochen.")
    #expect(segments.first?.0 == .sentence)
    #expect(segments.last?.0 == .sentence)
    #expect(segments.dropFirst().dropLast().allSatisfy { $0.0 == .boilerplate }, "\(segments)")
    #expect(segments.count >= 4)
  }

  @Test(arguments: [
    "Feuerwehrleute sichern einen Damm bei Regensburg. © Reuters/Lukas Barth",
    "Feuerwehrleute sichern einen Damm bei Regensburg. Foto: dpa",
  ])
  func `a caption on a line of its own is boilerplate also between single line breaks`(
    caption: String
  ) {
    let text = """
      Hochwasser in Bayern: Pegel steigen weiter
      \(caption)
      In Bayern steigen die Pegel der Donau weiter an.
      Die Behörden haben den Katastrophenfall ausgerufen.
      """
    let segments = kinded(text)
    #expect(segments.map(\.0) == [.heading, .boilerplate, .boilerplate, .sentence, .sentence])
  }

  @Test func `a line that a sentence runs on into is no caption, whatever its credit`() {
    let text = "Am Montag sicherten Feuerwehrleute einen\nDamm bei Regensburg. Foto: dpa\nEr hielt."
    let segments = kinded(text)
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence])
    #expect(segments.first?.1 == "Am Montag sicherten Feuerwehrleute einen\nDamm bei Regensburg.")
  }

  @Test func `a long paragraph that ends in a photo credit keeps its sentences`() {
    let body = String(repeating: "Die Pegel steigen in vielen Orten weiter an. ", count: 8)
    let segments = kinded(body + "Foto: dpa")
    #expect(segments.dropLast().allSatisfy { $0.0 == .sentence })
    #expect(segments.last?.0 == .boilerplate)
  }

  @Test(arguments: ["---", "***", "* * *", "- - -", "___"])
  func `a thematic break is boilerplate and glues nothing together`(rule: String) {
    let segments = kinded("Das ist neu.\n\n\(rule)\n\nDie Opposition protestiert.")
    #expect(segments.map(\.1) == ["Das ist neu.", rule, "Die Opposition protestiert."])
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "Zur Merkliste hinzufügen", "Artikel vorlesen lassen", "Exklusiv", "Live-Ticker",
    "Startseite > Politik > Inland", "Startseite » Politik » Inland", "12.03.2024, 14:32 Uhr",
    "14. Februar 2025", "Aktualisiert am 12.03.2024, 14:32 Uhr", "Lesezeit: 3 Min.",
  ])
  func `furniture above the headline is boilerplate, so the headline stays the heading`(
    line: String
  ) {
    let segments = kinded("\(line)\n\nMieten steigen weiter\n\nDie Mieten sind gestiegen.")
    #expect(segments.map(\.0) == [.boilerplate, .heading, .sentence], "\(segments)")
  }

  @Test(arguments: [
    "Auch interessant: Die teuersten Städte Europas",
    "Jetzt kostenlos anmelden und täglich die wichtigsten Nachrichten erhalten.",
    "Haben Sie einen Fehler entdeckt?",
    "Sie müssen angemeldet sein, um kommentieren zu können.",
    "Bildunterschrift: Der Minister im Bundestag.",
    "Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen "
      + "Gründen nicht mehr zur Verfügung.",
  ])
  func `site notices between paragraphs are boilerplate`(line: String) {
    let segments = kinded("Die Mieten sind gestiegen.\n\n\(line)\n\nDer Mieterbund warnt.")
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence], "\(segments)")
  }

  @Test func `a sentence that mentions a date is not a date line`() {
    #expect(kinded("Am 14. Februar 2025 trat er zurück.").map(\.0) == [.sentence])
    #expect(kinded("Er kam > sie ging > dann war es aus.").map(\.0) == [.sentence])
  }

  @Test func `metadata glued before the first sentence is split off`() {
    let segments = kinded(" date 2025-02 Der russische Außenminister telefonierte.")
    #expect(segments.map(\.1) == ["date 2025-02", "Der russische Außenminister telefonierte."])
    #expect(segments.map(\.0) == [.boilerplate, .sentence])
  }

  @Test func `a line printed twice is boilerplate`() {
    let caption = "\"Wir sind offen für Kontakte\", sagt der Minister."
    let segments = kinded("\(caption)\n\n\(caption)\n\nDie USA reden weiter.")
    #expect(segments.map(\.0) == [.boilerplate, .boilerplate, .sentence])
  }

  @Test func `a sentence mentioning a newsletter stays a sentence`() {
    let text = "Der Verlag hat seinen Newsletter eingestellt, weil zu wenige Leser ihn bestellten."
    #expect(kinded(text).map(\.0) == [.sentence])
  }

  @Test func `a word that merely begins like a furniture phrase is not furniture`() {
    let text = "Copyrightbeschwerden wegen Modding-Tools. Nintendo sorgt für Ärger."
    #expect(kinded(text).map(\.0) == [.sentence, .sentence])
  }

  @Test func `a long line starting like furniture is judged sentence by sentence`() {
    let text =
      "Quelle: dpa. " + String(repeating: "Der Minister sprach lange über die Lage. ", count: 10)
    let segments = kinded(text)
    #expect(segments.first?.0 == .boilerplate)
    #expect(segments.dropFirst().allSatisfy { $0.0 == .sentence })
  }

  @Test func `an agency credit with a date is boilerplate`() {
    #expect(kinded("Er trat zurück. (APA, 18.3.2016)").map(\.0) == [.sentence, .boilerplate])
  }

  @Test func `link titles under a teaser label are boilerplate`() {
    let text = "Er kam.\n\nMehr zum Thema\nEZB: Lagarde bleibt bis 2027\nArtikel teilen"
    #expect(kinded(text).map(\.0) == [.sentence, .boilerplate, .boilerplate, .boilerplate])
  }

  @Test func `a noisy English article has its headings, furniture and sentences told apart`() {
    let text = """
      World

      Russia and US hold talks in Riyadh

      By Jane Doe, Reuters

      Updated: Feb 18, 2025 10:32 a.m. ET

      U.S. and Russian officials met on Tuesday. Rubio said the talks were "a first step."

      Advertisement

      What happens next?

      Both sides agreed to appoint teams. The U.S. will lead.

      (Reporting by Jane Doe; Editing by Alex Richardson)

      Sign up for our daily newsletter
      """
    let segments = kinded(text, .english)
    #expect(
      segments.map(\.0) == [
        .boilerplate, .heading, .boilerplate, .boilerplate, .sentence, .sentence, .boilerplate,
        .heading, .sentence, .sentence, .boilerplate, .boilerplate,
      ])
  }

  @Test(arguments: [
    "Pressemitteilung Nr. 047/2025", "Stadt Freiburg i. Br. eröffnet neues Hallenbad",
    "Neues Bad in St. Georgen eröffnet", "Dr. Müller wird neuer Chefarzt am Klinikum",
    "Nachruf Der Mann, der Berlin zum Klingen brachte", "Fußball-Bundesliga, 26. Spieltag",
  ])
  func `a headline with an abbreviation, an ordinal or a comma is a heading`(line: String) {
    let segments = kinded("\(line)\n\nDie Stadt hat ein neues Bad. Es kostet 5 Euro.")
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence], "\(segments)")
    #expect(segments.first?.1 == line)
  }

  @Test func `a clause after a comma without final punctuation at the end stays a sentence`() {
    #expect(kinded("Er kam.\n\nSie wollte, dass er geht").map(\.0) == [.sentence, .sentence])
  }

  @Test(arguments: [
    "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis "
      + "zu bieten.",
    "Durch die weitere Nutzung stimmen Sie dem zu.",
    "Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
    "Sie haben bereits ein Abonnement?", "Jetzt für 1 Euro testen und weiterlesen.",
    "F.A.Z. PLUS", "SPIEGEL+", "Jederzeit kündbar.", "Hier anmelden", "Alle akzeptieren",
    "Erhalten Sie jeden Freitag die wichtigsten Finanztipps.",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.",
    "Dieses Thema im Programm: Das Erste, tagesschau, 10. März 2025, 17:00 Uhr",
    "Hinweis: Dieser Artikel dient nur zu Informationszwecken und stellt keine Anlageberatung dar.",
    "Dieser Artikel gehört zum ZEIT-ONLINE-Ressort Wissen.", "Hier finden Sie weitere Artikel.",
    "mmü/dpa/Reuters", "bek/jha", "Mit Material von dpa, AFP und Reuters",
    "Jetzt einloggen und mitdiskutieren", "Facebook", "Link kopieren",
  ])
  func `consent, paywall, newsletter and credit lines are boilerplate`(line: String) {
    let segments = kinded("Die Mieten sind gestiegen.\n\n\(line)\n\nDer Mieterbund warnt.")
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence], "\(segments)")
  }

  @Test(arguments: [
    "Die Zeitung hat eine Paywall eingeführt, wer bereits ein Abonnement hat, zahlt nichts.",
    "Das Gericht entschied, dass Cookies nur mit Einwilligung gesetzt werden dürfen.",
    "Die Nutzer stimmen der Verarbeitung ihrer Daten oft ungelesen zu.",
    "Jetzt muss die Regierung handeln.", "Stimmen Sie dem Kanzler zu?",
    "Sie haben bereits ein Haus gekauft.", "Die Firma will das Produkt jetzt testen.",
  ])
  func `news sentences about paywalls, cookies or consent are not boilerplate`(sentence: String) {
    #expect(!kinded("Er kam.\n\n\(sentence)\n\nSie ging.").contains { $0.0 == .boilerplate })
  }

  @Test func `English calls to sign up are boilerplate`() {
    #expect(
      kinded("Exports fell.\n\nSign up here.\n\nImports rose.", .english).map(\.0) == [
        .sentence, .boilerplate, .sentence,
      ])
  }

  @Test(arguments: [
    "Mehr zum Thema\n- Elbvertiefung: Streit geht weiter\n- MSC-Einstieg bei der HHLA",
    "Lesen Sie mehr zum Thema\nRömer in Bayern: Die Geschichte des Limes\nVarusschlacht: Was "
      + "geschah im Teutoburger Wald?",
    "Pressekontakt:\nStadt Freiburg i. Br., Presse- und Öffentlichkeitsreferat\n"
      + "Tel. 0761 201-1340\nE-Mail: presse@stadt.freiburg.de\nwww.freiburg.de/presse",
  ])
  func `the lines of a teaser or contact block are boilerplate`(block: String) {
    let segments = kinded("Der Hafen meldet weniger Umschlag.\n\n\(block)\n\nEr kam.")
    #expect(segments.first?.0 == .sentence)
    #expect(segments.last?.0 == .sentence)
    #expect(segments.dropFirst().dropLast().allSatisfy { $0.0 == .boilerplate }, "\(segments)")
    #expect(segments.count >= 5)
  }

  @Test func `a full sentence under a teaser's link titles ends the block`() {
    let text = """
      Mehr zum Thema
      Hochwasser in Baden-Württemberg: Lage entspannt sich
      Ministerpräsident Markus Söder besuchte am Montag die betroffenen Gebiete und versprach \
      schnelle Hilfe.
      Mehr als 3000 Einsatzkräfte sind im Einsatz.
      """
    #expect(kinded(text).map(\.0) == [.boilerplate, .boilerplate, .sentence, .sentence])
  }

  @Test func `a paragraph directly under a teaser label keeps its sentences`() {
    let text =
      "Mehr zum Thema\nDer Hafen hat im vergangenen Jahr deutlich weniger Container umgeschlagen "
      + "als im Jahr davor,\nwie der Vorstand am Donnerstag mitteilte."
    #expect(kinded(text).map(\.0) == [.boilerplate, .sentence])
  }

  @Test func `an interviewer's question is text, a lone question a sub-heading`() {
    let interview = """
      ZEIT ONLINE: Frau Otto, hat Sie das überrascht?

      Otto: Nein. Das war zu erwarten.

      ZEIT ONLINE: Was müsste die Politik tun?

      Otto: Hitzeschutzpläne aufstellen.
      """
    #expect(kinded(interview).map(\.0).allSatisfy { $0 == .sentence })
    let faq = "Urteil zu Gebühren\n\nStreit: Was gilt jetzt?\n\nDie Frist läuft."
    #expect(kinded(faq).map(\.0) == [.heading, .heading, .sentence])
  }
}

import Testing

@testable import BriefKit

/// Navigation labels, engagement counters and app plugs are furniture; headlines and sentences
/// that share their words keep their kind.
struct BoilerplateWidgetTests {
  /// The kinds of `line` printed as a paragraph between two sentences.
  private func kindsBetween(_ line: String, _ language: Language = .german) -> [SegmentKind] {
    let (before, after) =
      language == .german
      ? ("Die Mieten sind gestiegen.", "Der Mieterbund warnt.")
      : ("The talks ended.", "Officials left.")
    return kinded("\(before)\n\n\(line)\n\n\(after)", language).map(\.0)
  }

  @Test(arguments: [
    "Mehr Sport", "Mehr Politik", "Mehr aus Bayern", "Mehr zu Olympia 2026",
    "Mehr zur Bundestagswahl 2025", "Mehr vom BR", "Mehr über Donald Trump", "Mehr Sport:",
    "## Mehr aus Bayern",
  ])
  func `a short Mehr line naming a section, topic or place is navigation`(line: String) {
    #expect(kindsBetween(line) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "Mehr Geld für Pflegekräfte gefordert", "Mehr Tote nach Erdbeben in der Türkei",
    "Mehr als 100 Tote bei Erdbeben", "Mehr Kindergeld", "Mehr aus Afrika importiert",
    "Mehr von allem", "Mehr zu Fuß unterwegs", "Mehr vom Staat für Familien gefordert",
  ])
  func `a headline that starts with Mehr stays a heading`(line: String) {
    let segments = kinded("\(line)\n\nDie Gewerkschaft fordert mehr. Der Bund zögert.")
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence], "\(segments)")
  }

  @Test(arguments: ["Mehr Sport treiben wir nicht.", "Mehr aus Bayern gibt es morgen."])
  func `a sentence that starts like a navigation label stays a sentence`(sentence: String) {
    #expect(kindsBetween(sentence) == [.sentence, .sentence, .sentence])
  }

  @Test func `the teaser links under a navigation label are boilerplate`() {
    let text =
      "Er kam.\n\nMehr Sport\nBundesliga: Bayern gewinnt 3:0\nBiathlon: Preuß holt Gold\n\n"
      + "Neues Bad in Regensburg eröffnet\n\nSie ging."
    #expect(
      kinded(text).map(\.0) == [
        .sentence, .boilerplate, .boilerplate, .boilerplate, .heading, .sentence,
      ])
  }

  @Test(arguments: [
    "Kommentare (3)", "3 Kommentare", "Kommentare: 12", "1.204 Kommentare", "Teilen (12)",
    "12 Likes", "Gefällt mir", "Kommentare anzeigen", "Alle Kommentare anzeigen",
    "Kommentieren", "Kommentar schreiben", "Hier geht's zur Bildergalerie",
  ])
  func `comment counters and reaction widgets are boilerplate`(line: String) {
    #expect(kindsBetween(line) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "3 Tote bei Unfall auf der A8", "12 Verletzte bei Brand in Berlin", "Teilen statt besitzen",
    "Kommentare (3) zur Wahl in Berlin",
  ])
  func `a headline with a number or an engagement word stays a heading`(line: String) {
    let segments = kinded("\(line)\n\nDie Polizei ermittelt. Der Bund zögert.")
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence], "\(segments)")
  }

  @Test func `a sentence that counts comments stays a sentence`() {
    #expect(kindsBetween("Der Beitrag bekam 300 Kommentare.") == [.sentence, .sentence, .sentence])
  }

  @Test(arguments: [
    "Laden Sie jetzt unsere App herunter", "Jetzt die App herunterladen", "Hier geht's zur App",
    "Hier geht’s zur App", "Die neue App für iOS und Android", "Im App Store herunterladen",
    "Jetzt bei Google Play", "Holen Sie sich die App!", "Im App Store und bei Google Play",
  ])
  func `app download lines are boilerplate`(line: String) {
    #expect(kindsBetween(line) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "Apple wirft Parler aus dem App Store", "Die Bahn startet eine neue App",
    "Corona-App jetzt für iOS und Android verfügbar", "Laden und Café schließen im Mai",
  ])
  func `a headline about an app stays a heading`(line: String) {
    let segments = kinded("\(line)\n\nDie Polizei ermittelt. Der Bund zögert.")
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence], "\(segments)")
  }

  @Test(arguments: [
    "Nutzer können die App ab sofort herunterladen.", "Jetzt gibt es die App auch für Android.",
    "Die App gibt es kostenlos für iOS und Android.",
  ])
  func `a sentence about an app stays a sentence`(sentence: String) {
    #expect(kindsBetween(sentence) == [.sentence, .sentence, .sentence])
  }

  @Test(arguments: [
    "More sports", "More politics", "More from BBC Sport", "More on Ukraine", "Comments (3)",
    "3 Comments", "Share (12)", "Show comments", "Download our app", "Get the app",
    "Get it on Google Play", "Available on the App Store",
  ])
  func `English navigation, counters and app plugs are boilerplate`(line: String) {
    #expect(kindsBetween(line, .english) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "More than 100 dead in quake", "More from less", "Apple pulls app from the App Store",
    "3 dead in Ohio shooting",
  ])
  func `English headlines with those words stay headings`(line: String) {
    let segments = kinded("\(line)\n\nPolice are investigating. More is expected.", .english)
    #expect(segments.map(\.0) == [.heading, .sentence, .sentence], "\(segments)")
  }

  @Test func `an English sentence about an app stays a sentence`() {
    #expect(
      kindsBetween("Millions download the app every day.", .english) == [
        .sentence, .sentence, .sentence,
      ])
  }
}

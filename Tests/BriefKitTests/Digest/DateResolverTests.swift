import Testing

@testable import BriefKit

@Test func `a day name resolves back to the article's week, ahead only in a preview`() {
  // 2025-07-09 is a Wednesday: a meeting told in the present tense of a schedule is ahead.
  #expect(
    DateResolver.resolveWeekday(
      in: "Rubio trifft am Donnerstag den russischen Außenminister", relativeTo: "2025-07-09")
      == "2025-07-10")
  // 2025-07-10 is a Thursday: "am Dienstag" was two days before.
  #expect(
    DateResolver.resolveWeekday(in: "sagte der US-Präsident am Dienstag", relativeTo: "2025-07-10")
      == "2025-07-08")
  // The same weekday is the article's own day; English works too.
  #expect(
    DateResolver.resolveWeekday(in: "haben am Samstag telefoniert", relativeTo: "2025-02-15")
      == "2025-02-15")
  #expect(
    DateResolver.resolveWeekday(in: "They will meet on Friday in Riyadh.", relativeTo: "2025-02-20")
      == "2025-02-21")
}

@Test(arguments: [
  // 2025-03-01 is a Saturday: the nearest Monday is 2025-03-03, but the report is of the past.
  ("Die Polizei meldete am Montag einen Angriff", "2025-03-01", "2025-02-24"),
  ("They met on Friday in Riyadh.", "2025-02-20", "2025-02-14"),
  ("Die Schulen sind seit Montag zu", "2025-03-01", "2025-02-24"),
  // 2025-07-11 is a Friday: the nearest Tuesday was 3 days before, but the plan is ahead.
  ("Der Rat will am Dienstag entscheiden", "2025-07-11", "2025-07-15"),
  // A reported plan: the clause that names the day tells of the future.
  ("Das Amt teilte mit, Rubio werde am Dienstag reisen", "2025-07-11", "2025-07-15"),
  // 2025-02-17 is a Monday: a vote that takes place on Saturday is ahead.
  ("Die Abstimmung findet am Samstag statt", "2025-02-17", "2025-02-22"),
  ("Das Parlament stimmt am Samstag ab", "2025-02-17", "2025-02-22"),
  ("Am kommenden Samstag wird gewählt", "2025-02-17", "2025-02-22"),
  ("Er war vergangenen Donnerstag in Kiew", "2025-02-17", "2025-02-13"),
  ("Am letzten Freitag kam er an", "2025-02-17", "2025-02-14"),
])
func `a day told in the past is never after the article, one told in the future never before`(
  text: String, article: String, day: String
) {
  #expect(DateResolver.resolveWeekday(in: text, relativeTo: article) == day)
}

@Test(arguments: [
  // 2025-02-16 is a Sunday. The reporting verb is past; "wollen" belongs to another clause.
  (
    "Eisenstadt – Im Burgenland warnt die Wirtschaftskammer vor einer neuen Masche, mit der "
      + "Betrüger bei Unternehmern abkassieren wollen, teilte die Wirtschaftskammer Burgenland "
      + "am Dienstag in einer Aussendung mit.", "2025-02-11"
  ),
  // A headline without a verb: "will" is in the clause before the dash.
  (
    "Vettel will zwölften Doppelerfolg der Silberpfeile verhindern – Rosberg am Freitag "
      + "Trainings-Schnellster.", "2025-02-14"
  ),
  (
    "Tausende Flüchtlinge erreichten die Grenze – Lage in Österreich am Montag ruhig.", "2025-02-10"
  ),
  ("Die Polizei hat am Donnerstag einen Mann festgenommen, der töten wollte.", "2025-02-13"),
  // Past and future words in one clause: back. "seit" is always back.
  ("Das Treffen soll am Freitag stattgefunden haben.", "2025-02-14"),
  ("Der Bergsteiger wird seit Montag vermisst.", "2025-02-10"),
  ("The minister said on Tuesday that talks would go on.", "2025-02-11"),
  // The article's own weekday is its day.
  ("Die Lage war am Sonntag ruhig.", "2025-02-16"),
])
func `a day name outside a preview resolves to the latest such day on or before the article`(
  text: String, day: String
) {
  #expect(DateResolver.resolveWeekday(in: text, relativeTo: "2025-02-16") == day)
}

@Test(arguments: [
  // 2025-06-09 is a Monday; 2025-06-11 a Wednesday.
  (
    "Die Bundesregierung will am Mittwoch ein Klimaschutzgesetz beschließen.", "2025-06-09",
    "2025-06-11"
  ),
  ("Die Ministerin besucht am Mittwoch die Grenze bei Spielfeld.", "2025-06-09", "2025-06-11"),
  ("Das Gesetz tritt am Mittwoch in Kraft.", "2025-06-11", "2025-06-11"),
  ("Die Sitzung ist für nächsten Dienstag geplant.", "2025-06-09", "2025-06-10"),
  // "kommenden" on the day itself names the week after.
  ("Am kommenden Mittwoch wird gewählt.", "2025-06-11", "2025-06-18"),
  ("Vergangenen Mittwoch war Wahl.", "2025-06-11", "2025-06-04"),
])
func `a preview resolves forward to the next such day`(text: String, article: String, day: String) {
  #expect(DateResolver.resolveWeekday(in: text, relativeTo: article) == day)
}

@Test func `a text is cut into clauses at punctuation and dashes, not inside numbers`() {
  #expect(
    DateResolver.clauses(in: "Er kam, sah – und siegte (20.45 Uhr). Dann - ging er")
      == [
        ["er", "kam"], ["sah"], ["und", "siegte"], ["20", "45", "uhr"], [], ["dann"],
        ["ging", "er"],
      ]
  )
}

@Test func `a day name without am or on, or a partial date, resolves nothing`() {
  #expect(
    DateResolver.resolveWeekday(in: "Donnerstag ist Feiertag.", relativeTo: "2025-07-09") == nil)
  #expect(DateResolver.resolveWeekday(in: "am Donnerstag", relativeTo: "2025-07") == nil)
  #expect(DateResolver.resolveWeekday(in: "am Donnerstag", relativeTo: "") == nil)
}

@Test func `dates are cut to their day and partial dates are kept`() {
  #expect(DateResolver.day(of: "2025-02-15T10:00:00Z") == "2025-02-15")
  #expect(DateResolver.day(of: "2025-02") == "2025-02")
  #expect(DateResolver.day(of: "") == nil)
  #expect(DateResolver.day(of: "gestern") == nil)
  #expect(DateResolver.day(of: "2025-02-30") == nil)
  #expect(DateResolver.daysBetween("2024-02-28", "2024-03-01") == 2)
  #expect(DateResolver.daysBetween("2025-12-31", "2026-01-01") == 1)
  #expect(DateResolver.format(DateResolver.parse("1999-12-31") ?? 0) == "1999-12-31")
}

@Test func `the file date dates an article without its own date`() {
  var brief = BriefFixtures.brief(id: "a", date: nil)
  brief.fileDate = "2025-03-04"
  brief.title = nil
  brief.lines = []
  #expect(DigestBuilder.eventDate(of: brief) == "2025-03-04")
  brief.date = "2025-03-01"
  #expect(DigestBuilder.eventDate(of: brief) == "2025-03-01")
}

@Test func `a day name is not resolved against a file's modification day`() {
  // 2026-11-22 is a Sunday; the file may have been saved any day after the article.
  var brief = BriefFixtures.brief(id: "a", date: nil)
  brief.fileDate = "2026-11-22"
  brief.title = "Die Bundesregierung hat am Mittwoch ein Gesetz beschlossen."
  brief.lead = "Die Ministerin besucht am Dienstag die Grenze."
  #expect(DigestBuilder.eventDating(of: brief) == ("2026-11-22", true))
  brief.date = "2026-11-22T09:00:00+01:00"
  #expect(DigestBuilder.eventDating(of: brief) == ("2026-11-18", false))
}

@Test(arguments: [
  // The reviewer's articles, all of Sunday 2025-02-16, through the real pipeline: only the
  // visit, told in the present tense of a schedule, is ahead.
  (
    "Die Lage an der Grenze war am Montag relativ ruhig, sagte ein Sprecher der Polizei.",
    "2025-02-10"
  ),
  (
    "Tausende Flüchtlinge erreichten die Grenze – Lage in Österreich am Montag relativ ruhig. "
      + "Die Polizei in Spielfeld zählte am Morgen rund 3000 Menschen.", "2025-02-10"
  ),
  (
    "Die Ministerin besucht am Dienstag die Grenze bei Spielfeld und trifft dort Soldaten.",
    "2025-02-18"
  ),
  (
    "Eisenstadt – Im Burgenland warnt die Wirtschaftskammer vor einer neuen Masche, mit der "
      + "Betrüger bei Unternehmern abkassieren wollen, teilte die Wirtschaftskammer Burgenland "
      + "am Dienstag in einer Aussendung mit. Betroffen sind vor allem kleine Betriebe.",
    "2025-02-11"
  ),
  (
    "Vettel will zwölften Doppelerfolg der Silberpfeile verhindern – Rosberg am Freitag "
      + "Trainings-Schnellster. Abu Dhabi – Für Mercedes geht es noch um zwei Bestmarken.",
    "2025-02-14"
  ),
])
func `an article's event is not dated after the article unless it previews it`(
  text: String, day: String
) {
  let brief = BriefPipeline().run(Article(id: "a", text: text, date: "2025-02-16", source: "a"))
    .brief
  #expect(DigestBuilder.eventDate(of: brief) == day)
}

@Test func `the lead sentence dates the event before the brief's first line does`() {
  // 2025-02-15 is a Saturday. The lead announces a meeting; the first selected line looks back.
  var brief = BriefFixtures.brief(id: "a", date: "2025-02-15")
  brief.title = "Gespräche über die Ukraine"
  brief.lines = [
    BriefFixtures.line(
      "Am Freitag hatte der Präsident in München gesprochen.", translation: nil,
      segmentIndex: 3, sentenceIndex: 2, start: 200, score: 0.5)
  ]
  #expect(DigestBuilder.eventDate(of: brief) == "2025-02-14")
  brief.lead = "Die Außenminister treffen sich am kommenden Dienstag in Riad."
  #expect(DigestBuilder.eventDate(of: brief) == "2025-02-18")
  brief.title = "Treffen am Montag"
  #expect(DigestBuilder.eventDate(of: brief) == "2025-02-17")
}

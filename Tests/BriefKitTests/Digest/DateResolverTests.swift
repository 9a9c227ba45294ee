import Testing

@testable import BriefKit

@Test func `am Donnerstag resolves to the nearest Thursday around the article date`() {
  // 2025-07-09 is a Wednesday.
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
  // A reported plan (past reporting verb, future clause) is left to the nearest day.
  ("Das Amt teilte mit, Rubio werde am Dienstag reisen", "2025-07-11", "2025-07-08"),
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

import Testing

@testable import BriefKit

/// A brief for digest tests: `lines` untranslated, `keyTerms` as given.
private func brief(
  _ id: String, date: String?, title: String? = nil, lines: [String], terms: [String]
) -> Brief {
  Brief(
    id: id, title: title, date: date, url: nil, source: "\(id).txt", language: .german,
    lines: lines.enumerated().map { index, text in
      BriefFixtures.line(
        text, translation: nil, segmentIndex: index, sentenceIndex: index, start: index * 200,
        score: 0.5)
    },
    segmentCounts: [.sentence: lines.count], translationNote: nil, keyTerms: terms)
}

/// Runs the real pipeline on a German text with a date.
private func piped(_ id: String, _ date: String?, _ text: String) -> Brief {
  BriefPipeline().run(Article(id: id, text: text, date: date, source: id)).brief
}

@Test func `spelling variants across outlets make one story and one event`() {
  let a = piped(
    "a", "2025-02-18",
    "Außenminister Sergej Lawrow empfing Marco Rubio in Riad. Lawrow und Rubio sprachen in Riad "
      + "über die Ukraine und die NATO. Vizeminister Rjabkow nannte das Treffen in Riad "
      + "konstruktiv. Lawrow kündigte weitere Gespräche mit Rubio an.")
  let b = piped(
    "b", "2025-02-18",
    "Rubio traf Lavrov am Dienstag in Riyadh. Nach dem Gespräch in Riyadh sagte Lavrov, die Nato "
      + "müsse sich zurückhalten. Riabkow lobte die Atmosphäre in Riyadh. Rubio will Lavrov bald "
      + "wiedersehen.")
  let c = piped(
    "c", "2025-02-18",
    "In Graz regnete es am Abend stark. Die Feuerwehr pumpte viele Keller aus. Der Wetterdienst "
      + "warnte vor weiteren Gewittern in der Steiermark.")
  for term in ["lavrov", "riad", "riabkov", "nato"] {
    #expect(a.keyTerms.contains(term) && b.keyTerms.contains(term), "\(term)")
  }
  let digest = DigestBuilder.digest(of: [c, b, a])
  #expect(digest.stories.count == 2)
  let story = digest.stories.first { $0.events.contains { $0.sources.contains("a") } }
  #expect(story?.events.map(\.sources) == [["a", "b"]])
}

@Test func `articles of one story on days far apart are separate events in date order`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  let digest = DigestBuilder.digest(of: [
    brief("late", date: "2025-10-22", lines: ["Das Treffen wurde verschoben."], terms: terms),
    brief("none", date: nil, lines: ["Rubio und Lawrow telefonierten."], terms: terms),
    brief("early", date: "2025-02-15", lines: ["Rubio traf Lawrow in Riad."], terms: terms),
    brief("next", date: "2025-02-16", lines: ["Nach dem Treffen gab es Lob."], terms: terms),
  ])
  #expect(digest.stories.count == 1)
  #expect(digest.stories[0].events.map(\.date) == ["2025-02-15", "2025-10-22", nil])
  #expect(digest.stories[0].events.map(\.sources) == [["early", "next"], ["late"], ["none"]])
}

@Test func `a fact told in an earlier event is not repeated later`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  let first = "Das erste Treffen von Rubio und Lawrow fand im Februar in Riad statt."
  let again = "Das erste Treffen von Rubio und Lavrov fand im Februar in Riyadh statt, hieß es."
  let digest = DigestBuilder.digest(of: [
    brief(
      "a", date: "2025-02-20", lines: [first, "Moskau kündigte weitere Gespräche an."], terms: terms
    ),
    brief(
      "b", date: "2025-07-10", lines: [again, "Rubio überbrachte Trumps Ärger."], terms: terms),
    brief("c", date: "2025-07-10", lines: [first], terms: terms),
  ])
  let lines = digest.stories.flatMap(\.events).flatMap(\.sentences)
  #expect(
    lines.map(\.text) == [
      first, "Moskau kündigte weitere Gespräche an.", "Rubio überbrachte Trumps Ärger.",
    ])
  // "b" tells it again in other words, "c" verbatim: the line cites both, and so does its event.
  #expect(lines[0].sources == ["a", "b", "c"])
  #expect(digest.stories[0].events.map(\.sources) == [["a", "b", "c"], ["b", "c"]])
}

@Test func `a near-duplicate of another article's line is cited at the line it repeats`() {
  let terms = ["gewerkschaft", "gpa", "rechn", "vertrag", "transparenz"]
  let dpa = "Die Gewerkschaft GPA-djp lanciert den „All-in-Rechner“ für mehr Transparenz."
  let copy = "Die Gewerkschaft GPA-djp lanciert den \"All-in-Rechner\" für mehr Transparenz (dpa)."
  let digest = DigestBuilder.digest(of: [
    brief("wien", date: "2025-03-10", lines: [dpa, "Verträge werden geprüft."], terms: terms),
    brief("graz", date: "2025-03-10", lines: [copy], terms: terms),
    brief("linz", date: "2025-03-10", lines: [dpa], terms: terms),
  ])
  let events = digest.stories.flatMap(\.events)
  #expect(events.map(\.sources) == [["graz", "linz", "wien"]])
  // "graz" comes first and its wording is kept, verbatim from it; the others are cited with it.
  #expect(events[0].sentences.map(\.text) == [copy, "Verträge werden geprüft."])
  #expect(events[0].sentences.map(\.sources) == [["graz", "linz", "wien"], ["wien"]])
}

@Test func `the deduplicator keeps new facts and drops near-duplicates`() {
  var deduplicator = FactDeduplicator(
    duplicateCosine: 0.6, duplicateContainment: 0.8, minSharedTerms: 3, maxPostingLength: 10)
  func offer(_ text: String) -> FactDeduplicator.Verdict {
    deduplicator.offer(.init(text: text, language: .german))
  }
  #expect(offer("Das erste Treffen fand in Saudi-Arabien in der Hauptstadt Riad statt.") == .new(0))
  #expect(
    offer("Das erste Treffen fand in der Hauptstadt Riyadh in Saudi-Arabien statt.") == .repeated(0)
  )
  #expect(
    offer("Das erste Treffen fand in Saudi-Arabien in der Hauptstadt Riad statt.") == .same(0))
  #expect(offer("Russland griff die Ukraine mit mehr als 700 Drohnen an.") == .new(1))
}

@Test func `a verbatim repeat is found by its text even when all its terms are too common`() {
  var deduplicator = FactDeduplicator(
    duplicateCosine: 0.6, duplicateContainment: 0.8, minSharedTerms: 3, maxPostingLength: 0)
  let text = "Die Regierung bestätigte die Pläne."
  #expect(deduplicator.offer(.init(text: text, language: .german)) == .new(0))
  #expect(deduplicator.offer(.init(text: text, language: .german)) == .same(0))
}

@Test func `the digest does not depend on the order of the briefs`() throws {
  let briefs = try SeedFeed.briefs()
  let forward = BriefRenderer(format: .json).render(DigestBuilder.digest(of: briefs))
  let backward = BriefRenderer(format: .json).render(DigestBuilder.digest(of: briefs.reversed()))
  #expect(Array(forward.utf8) == Array(backward.utf8))
  let rotated = Array(briefs[2...] + briefs[..<2])
  #expect(
    BriefRenderer(format: .markdown).render(DigestBuilder.digest(of: rotated))
      == BriefRenderer(format: .markdown).render(DigestBuilder.digest(of: briefs)))
}

@Test func `many unrelated articles stay separate stories`() {
  let briefs = (0..<50).map { index in
    brief(
      "n\(index)", date: "2025-01-01", lines: ["Satz \(index)."],
      terms: (0..<10).map { "wort\(index)x\($0)" } + ["gemein"])
  }
  let digest = DigestBuilder.digest(of: briefs)
  #expect(digest.stories.count == 50)
  #expect(digest.articleCount == 50)
}

@Test func `articles dated by their files join one event only when their words agree`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  // "other" has cosine 5 / sqrt(6 × 18) = 0.48 with the two copies.
  let termsByID = [
    "copy": terms, "original": terms,
    "other": Array(terms.prefix(5)) + (1...13).map { "wort\($0)" },
  ]
  // Three facts: a line repeating another event's would be cited there, its event with it.
  let lineByID = [
    "copy": "Rubio traf Lawrow.", "original": "Rubio traf Lawrow.",
    "other": "Das Wetter in Riad war mild.",
  ]
  func briefs(fileDated: Bool) -> [Brief] {
    termsByID.map { id, terms in
      var made = brief(
        id, date: fileDated ? nil : "2026-11-21", lines: [lineByID[id] ?? ""], terms: terms)
      if fileDated { made.fileDate = "2026-11-21" }
      return made
    }
  }
  let filed = DigestBuilder.digest(of: briefs(fileDated: true))
  #expect(filed.stories.count == 1)
  #expect(filed.stories[0].events.map(\.sources) == [["copy", "original"], ["other"]])
  #expect(filed.stories[0].events.map(\.dateFromFile) == [true, true])
  let fed = DigestBuilder.digest(of: briefs(fileDated: false))
  #expect(fed.stories[0].events.map(\.sources) == [["copy", "original", "other"]])
  #expect(fed.stories[0].events.map(\.dateFromFile) == [false])
}

@Test func `an event's day is a file date only when no article has that day of its own`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  var filed = brief("a", date: nil, lines: ["Rubio traf Lawrow."], terms: terms)
  filed.fileDate = "2026-11-21"
  let dated = brief("b", date: "2026-11-21", lines: ["Lawrow traf Rubio."], terms: terms)
  var earlier = brief("c", date: nil, lines: ["Rubio und Lawrow trafen sich."], terms: terms)
  earlier.fileDate = "2026-11-20"
  let mixed = DigestBuilder.digest(of: [filed, dated])
  #expect(mixed.stories.map { $0.events.map(\.sources) } == [[["a", "b"]]])
  #expect(mixed.stories[0].events[0].dateFromFile == false)
  // The earliest day is the event's: here only a file's.
  let first = DigestBuilder.digest(of: [filed, dated, earlier])
  #expect(first.stories.map { $0.events.map(\.sources) } == [[["c", "a", "b"]]])
  #expect(first.stories[0].events.map(\.date) == ["2026-11-20"])
  #expect(first.stories[0].events[0].dateFromFile)
  let undated = DigestBuilder.digest(of: [brief("d", date: nil, lines: ["X."], terms: terms)])
  #expect(undated.stories[0].events.map(\.date) == [nil])
  #expect(undated.stories[0].events[0].dateFromFile == false)
}

@Test func `an untitled story is headed by its first line, cut at a word, never by an id`() {
  let short = brief(
    "gnad-0096", date: nil, lines: ["Fahrzeug war von Brücke in Fluss gestürzt."], terms: [])
  #expect(DigestBuilder.headline(of: short) == "Fahrzeug war von Brücke in Fluss gestürzt.")
  let long = brief(
    "gnad-0105", date: nil,
    lines: [
      "Linzer gastieren im Cup-Viertelfinale in Wien und nehmen die Rolle des Underdogs entspannt "
        + "an – Austrias Kayode gesperrt – Mattersburg empfängt St. Pölten."
    ], terms: [])
  let headline = DigestBuilder.headline(of: long)
  #expect(
    headline == "Linzer gastieren im Cup-Viertelfinale in Wien und nehmen die Rolle des Underdogs "
      + "entspannt …")
  #expect(headline.count <= DigestBuilder.untitledTitleLength + 2)
  let titled = brief("x", date: nil, title: "Kreml kündigt Gespräche an", lines: ["A."], terms: [])
  #expect(DigestBuilder.headline(of: titled) == "Kreml kündigt Gespräche an")
  #expect(DigestBuilder.headline(of: brief("empty", date: nil, lines: [], terms: [])) == "empty")
}

@Test func `an anaphor line goes with its antecedent when that is told in another event`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  let first = "Das erste Treffen von Rubio und Lawrow fand im Februar in Riad statt."
  let again = "Das erste Treffen von Rubio und Lavrov fand im Februar in Riyadh statt, hieß es."
  let digest = DigestBuilder.digest(of: [
    brief("a", date: "2025-02-20", lines: [first], terms: terms),
    brief(
      "b", date: "2025-07-10",
      lines: [again, "Es dauerte vier Stunden.", "Er lobte die Gespräche.", "Rubio reiste ab."],
      terms: terms),
    brief(
      "c", date: "2025-07-10", lines: ["Rubio flog nach Kuala Lumpur.", "Er traf dort Lawrow."],
      terms: terms),
  ])
  let lines = digest.stories.flatMap(\.events).flatMap(\.sentences).map(\.text)
  // `Es` leans on `again` as `Er` would: that is told in the earlier event, so `Es` would
  // dangle here and goes, and `Er` after it too; `Er` after a kept line stays.
  #expect(
    lines == [
      first, "Rubio reiste ab.", "Rubio flog nach Kuala Lumpur.", "Er traf dort Lawrow.",
    ])
  let orphan = DigestBuilder.digest(of: [
    brief("a", date: "2025-02-20", lines: [first], terms: terms),
    brief("b", date: "2025-07-10", lines: [again, "Er lobte die Gespräche."], terms: terms),
  ])
  #expect(
    orphan.stories.flatMap(\.events).flatMap(\.sentences).map(\.text) == [first])
}

@Test func `two match reports of one day stay two stories: scores and minutes are no subject`() {
  let rapid = piped(
    "fb-rapid", "2025-03-02",
    "Wien – Rapid Wien hat am Sonntag Sturm Graz mit 2:1 (1:0) besiegt. Vor 23.000 Zuschauern "
      + "in Hütteldorf traf Guido Burgstaller in der 34. Minute zur Führung. Sturm glich in der "
      + "61. Minute durch Mika Biereth aus. Den Siegtreffer erzielte Isak Jansson in der 88. "
      + "Minute. Rapid liegt damit drei Punkte hinter Tabellenführer Salzburg.")
  let bayern = piped(
    "fb-bayern", "2025-03-02",
    "München – Bayern München hat am Sonntag Borussia Dortmund mit 3:1 (2:0) geschlagen. Vor "
      + "75.000 Zuschauern traf Harry Kane in der 12. und 40. Minute. Dortmund verkürzte in der "
      + "67. Minute durch Serhou Guirassy. Jamal Musiala stellte in der 90. Minute den Endstand "
      + "her. Die Bayern bauen damit ihren Vorsprung an der Tabellenspitze auf acht Punkte aus.")
  for brief in [rapid, bayern] {
    #expect(!brief.keyTerms.contains { GenericKeyTerms.isNumber($0) }, "\(brief.keyTerms)")
    #expect(GenericKeyTerms.terms(for: .german).isDisjoint(with: brief.keyTerms))
  }
  #expect(DigestBuilder.digest(of: [rapid, bayern]).stories.count == 2)
}

@Test func `a pronoun line whose antecedent is dropped as a repeat follows the line telling it`()
  throws
{
  let apa = piped(
    "apa", "2025-03-10",
    "Wien – Die frühere Klimaschutzministerin Leonore Gewessler hat am Montag ihren Rückzug aus "
      + "dem Nationalrat angekündigt. Die Grünen-Politikerin begründete den Schritt mit "
      + "familiären Gründen. Parteichef Werner Kogler bedauerte die Entscheidung. Ihr Mandat "
      + "übernimmt die Tiroler Abgeordnete Barbara Neßler.")
  let dpa = piped(
    "dpa", "2025-03-10",
    "Wien – Die ehemalige Klimaschutzministerin Leonore Gewessler hat am Montag angekündigt, "
      + "sich aus dem Nationalrat zurückzuziehen. Sie nannte familiäre Gründe für ihren Schritt. "
      + "Ihr Nachfolger im Parlament wird die Tirolerin Barbara Neßler. Sie war bisher "
      + "Jugendsprecherin der Grünen und gilt als Vertraute Koglers. Gewessler hatte die Grünen "
      + "in den Wahlkampf 2024 mitgeführt.")
  let successor = "Ihr Nachfolger im Parlament wird die Tirolerin Barbara Neßler."
  try #require(dpa.lines.map(\.text).contains(successor))
  let events = DigestBuilder.digest(of: [apa, dpa]).stories.flatMap(\.events)
  #expect(events.count == 1)
  let lines = events.flatMap(\.sentences)
  let index = try #require(lines.firstIndex { $0.text == successor })
  #expect(lines[index].sources == ["dpa"])
  // Right after a line about Gewessler, never first.
  #expect(index > 0)
  #expect(lines[index - 1].text.contains("Gewessler") || lines[index - 1].text.contains("Grünen"))
}

@Test(arguments: [(2, [["a", "b", "c"], ["d"]]), (3, [["a", "b", "c", "d"]])])
func `an article is compared with the latest articles of an event only`(
  maxMembers: Int, expected: [[String]]
) {
  // "d" is like "a" alone; with two compared, "a" is not among them and "d" starts an event.
  let terms = [
    ["a1", "a2", "a3", "a4", "a5", "a6"], ["a1", "a2", "a3", "b1", "b2", "b3"],
    ["a1", "a2", "a3", "c1", "c2", "c3"], ["a4", "a5", "a6", "d1", "d2", "d3"],
  ]
  let weights = TermWeights(keyTerms: terms, minimumCollection: 1000)
  let members = ["a", "b", "c", "d"].enumerated().map { index, id in
    EventGrouper.Member(index: index, id: id, date: "2025-03-10")
  }
  let grouper = EventGrouper(
    windowDays: 1, threshold: 0.25, fileDatedThreshold: 0.5, maxCandidates: 16,
    maxMembers: maxMembers)
  #expect(grouper.events(of: members, weights: weights).map { $0.map(\.id) } == expected)
}

@Test func `an undated copy of a dated article adds its source, not an empty event`() {
  // The reviewer's same.jsonl: one text dated twice and once only by its file's day.
  let text =
    "Berlin (dpa) - Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen. "
    + "Das Gesetz soll die Emissionen bis 2030 um 65 Prozent senken. Kritiker halten die Pläne "
    + "für unzureichend."
  var copy = piped("a3", nil, text)
  copy.fileDate = "2026-11-22"
  let digest = DigestBuilder.digest(of: [
    piped("a1", "2025-06-11", text), piped("a2", "2025-06-14", text), copy,
  ])
  #expect(digest.stories.count == 1)
  let events = digest.stories.flatMap(\.events)
  #expect(events.map(\.date) == ["2025-06-11"])
  #expect(events.map(\.sources) == [["a1", "a2", "a3"]])
  #expect(events.allSatisfy { !$0.sentences.isEmpty })
  #expect(events.flatMap(\.sentences).allSatisfy { $0.sources == ["a1", "a2", "a3"] })
}

@Test func `an event whose article is cited nowhere else still says it has no new lines`() {
  let terms = ["rubio", "lavrov", "ukrain", "russland", "treff", "ausenminist"]
  // "late" repeats "early" and is cited there; "short" had no line within --max-chars.
  let digest = DigestBuilder.digest(of: [
    brief("early", date: "2025-02-15", lines: ["Rubio traf Lawrow in Riad."], terms: terms),
    brief("late", date: "2025-07-10", lines: ["Rubio traf Lawrow in Riad."], terms: terms),
    brief("short", date: "2025-10-22", lines: [], terms: terms),
  ])
  let events = digest.stories.flatMap(\.events)
  #expect(events.map(\.sources) == [["early", "late"], ["short"]])
  #expect(events.map(\.sentences.isEmpty) == [false, true])
}

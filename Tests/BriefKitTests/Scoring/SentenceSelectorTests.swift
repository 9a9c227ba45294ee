import Testing

@testable import BriefKit

/// Segments for `parts` as if segmented from the parts joined by blank lines (exact UTF-8
/// ranges).
func segments(_ parts: [(String, SegmentKind)]) -> [Segment] {
  var offset = 0
  return parts.map { text, kind in
    defer { offset += text.utf8.count + 2 }
    return Segment(text: text, range: offset..<(offset + text.utf8.count), kind: kind)
  }
}

/// Sentence segments only.
func sentences(_ texts: [String]) -> [Segment] {
  segments(texts.map { ($0, .sentence) })
}

let article = [
  "Die Regierung in Wien hat am Montag ein neues Klimaschutzgesetz für Österreich beschlossen.",
  "Das Klimaschutzgesetz sieht verbindliche Ziele für den Verkehr und die Industrie vor.",
  "Umweltschützer begrüßten das Klimaschutzgesetz, forderten aber schärfere Ziele für den Verkehr.",
  "Die Opposition kritisierte die Regierung in Wien für die späte Vorlage des Gesetzes.",
  "Am Abend regnete es in Graz.",
  "Die Industrie warnte vor hohen Kosten durch die neuen Ziele des Klimaschutzgesetzes.",
]

@Test func `selected sentences come back in document order with valid indices`() {
  let input = sentences(article)
  let chosen = SentenceSelector(language: .german).select(from: input, title: nil, count: 3)
  #expect(chosen.count == 3)
  #expect(chosen.map(\.sentenceIndex) == chosen.map(\.sentenceIndex).sorted())
  for scored in chosen {
    #expect(input[scored.segmentIndex] == scored.segment)
    #expect((0...1).contains(scored.score))
  }
}

@Test func `headings and boilerplate are never selected and indices count sentences only`() {
  let input = segments([
    ("Klimaschutzgesetz beschlossen", .heading),
    (
      "Die Regierung hat am Montag ein neues Klimaschutzgesetz für Österreich beschlossen.",
      .sentence
    ),
    ("Foto: APA/Klimaschutzgesetz Klimaschutzgesetz Klimaschutzgesetz", .boilerplate),
    (
      "Das Klimaschutzgesetz sieht verbindliche Ziele für den Verkehr und die Industrie vor.",
      .sentence
    ),
    ("Lesen Sie auch: Klimaschutzgesetz im Detail", .boilerplate),
  ])
  let selector = SentenceSelector(language: .german)
  let chosen = selector.select(from: input, title: "Klimaschutzgesetz", count: 5)
  #expect(chosen.map(\.segmentIndex) == [1, 3])
  #expect(chosen.map(\.sentenceIndex) == [0, 1])
  #expect(selector.score(from: input, title: nil).allSatisfy { $0.segment.kind == .sentence })
}

@Test func `a teaser repeated in the body is selected only once`() {
  let teaser =
    "US-Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister "
    + "Sergej Lawrow in Malaysia."
  let repeated =
    "Außenminister Marco Rubio trifft am Donnerstag den russischen Außenminister "
    + "Sergej Lawrow in Malaysia, teilte das Ministerium mit."
  let input = sentences([
    teaser,
    "Hintergrund sind Spannungen um Waffenlieferungen an die Ukraine und Friedensgespräche.",
    repeated,
    "Das Treffen findet im Rahmen eines Gipfels der südostasiatischen Staaten statt.",
  ])
  let chosen = SentenceSelector(language: .german).select(from: input, title: nil, count: 3)
  let texts = chosen.map(\.segment.text)
  #expect(!(texts.contains(teaser) && texts.contains(repeated)))
  #expect(chosen.count == 3)
}

/// Profiles of `texts` in `language`, in order.
private func profiles(_ texts: [String], _ language: Language = .german) -> [SentenceProfile] {
  var vocabulary: [String: Int] = [:]
  return SentenceProfile.profiles(
    of: sentences(texts), analyzer: TermAnalyzer(language: language), vocabulary: &vocabulary)
}

@Test func `a teaser restated in other words by the body is selected only once`() {
  // Seed 004: word overlap is far below the thresholds; the final verb and "Treffen" match.
  let teaser =
    "Ein viel beachtetes diplomatisches Treffen zwischen Washington und Moskau wurde abrupt "
    + "verschoben."
  let restated =
    "Die Vereinigten Staaten haben ein entscheidendes Treffen zwischen Außenminister Marco "
    + "Rubio und dem russischen Außenminister Sergej Lawrow verschoben."
  let filter = RedundancyFilter(configuration: .init())
  let pair = profiles([teaser, restated])
  #expect(pair[0].containment(pair[1]) < 0.8)
  #expect(filter.areNearDuplicates(pair[0], pair[1]))
  let off = RedundancyFilter(configuration: .init(duplicateFinalVerbTerms: nil))
  #expect(!off.areNearDuplicates(pair[0], pair[1]))
  let chosen = SentenceSelector(language: .german).select(
    from: sentences([
      teaser, restated,
      "Die Entscheidung folgte auf Anzeichen, dass Putin nicht zu Zugeständnissen bereit ist.",
    ]), title: nil, count: 3)
  #expect(chosen.map(\.segment.text).filter { $0 == teaser || $0 == restated }.count == 1)
}

@Test func `the same final verb alone, or in English, does not make a repeat`() {
  let filter = RedundancyFilter(configuration: .init())
  // Same verb, no other shared content term: two events.
  let german = profiles([
    "Die Polizei hat am Montag in Graz einen Einbrecher festgenommen.",
    "In Linz wurden zwei Schmuggler am Flughafen festgenommen.",
  ])
  #expect(!filter.areNearDuplicates(german[0], german[1]))
  // English does not put the verb last: the last word is often a noun.
  let english = profiles(
    [
      "The minister met the ambassador in the capital.",
      "Protesters gathered outside the embassy in the capital.",
    ], .english)
  #expect(english[0].finalVerb == nil && english[1].finalVerb == nil)
  #expect(!filter.areNearDuplicates(english[0], english[1]))
}

@Test func `a pronoun sentence is not swapped for one that only shares its final verb`() {
  // gnad-0546: "Das gab … bekannt" must not give way to another "… gab Griss … bekannt".
  let pronoun =
    "Das gab die ehemalige Präsidentin des Obersten Gerichtshofs am Donnerstag auf Facebook "
    + "in einem Video bekannt."
  let other =
    "Eine erste Großspenderin hat Griss schon gefunden, gab die ehemalige Präsidentin am "
    + "Freitag bekannt."
  // No cost for the pronoun, and a headline with its terms, so that it wins on salience and
  // only the swap could replace it.
  let selector = SentenceSelector(
    language: .german, configuration: .init(pronounFactor: 1, weakOpenerFactor: 1))
  let chosen = selector.select(
    from: sentences([pronoun, other]), title: "Gerichtshof, Facebook und Video", count: 1)
  #expect(chosen.map(\.segment.text) == [pronoun])
}

@Test func `an explicit sentence is preferred over an equivalent pronoun-subject one`() {
  let pronoun = "Er traf den russischen Außenminister Sergej Lawrow am Donnerstag in Malaysia."
  let explicit =
    "Marco Rubio traf den russischen Außenminister Sergej Lawrow am Donnerstag in Malaysia."
  let input = sentences([
    pronoun,
    explicit,
    "Die Gespräche über die Ukraine sollen in den kommenden Wochen fortgesetzt werden.",
  ])
  let chosen = SentenceSelector(language: .german).select(from: input, title: nil, count: 1)
  #expect(chosen.map(\.segment.text) == [explicit])
}

@Test(arguments: [0, -1])
func `a count of zero or less selects nothing`(count: Int) {
  let chosen = SentenceSelector(language: .german).select(
    from: sentences(article), title: nil, count: count)
  #expect(chosen.isEmpty)
}

@Test func `a count larger than the article returns every distinct sentence`() {
  let chosen = SentenceSelector(language: .german).select(
    from: sentences(article), title: nil, count: 50)
  #expect(chosen.map(\.sentenceIndex) == Array(0..<article.count))
}

@Test func `empty input gives no sentences`() {
  let selector = SentenceSelector(language: .english)
  #expect(selector.select(from: [], title: "Title", count: 3).isEmpty)
  #expect(selector.score(from: [], title: nil).isEmpty)
  let noSentences = segments([("A heading", .heading), ("Menu", .boilerplate)])
  #expect(selector.select(from: noSentences, title: nil, count: 3).isEmpty)
}

@Test func `equal scores are broken in favour of the earlier sentence`() {
  // Every term equally salient: the three sentences hold the same salience per word.
  let configuration = SentenceSelector.Configuration(
    termModel: .init(
      weights: Array(repeating: 0, count: TermSalience.featureNames.count), titleTermWeight: 0))
  let input = sentences([
    "Alpha beta gamma delta epsilon zeta eta theta.",
    "Iota kappa lambda mu nu xi omicron pi.",
    "Rho sigma tau upsilon phi chi psi omega.",
  ])
  let selector = SentenceSelector(language: .german, configuration: configuration)
  #expect(selector.select(from: input, title: nil, count: 2).map(\.sentenceIndex) == [0, 1])
  #expect(
    selector.select(from: input, title: nil, count: 2)
      == selector.select(from: input, title: nil, count: 2))
}

@Test func `the headline pulls a matching sentence into a one-sentence brief`() {
  let input = sentences(article)
  let chosen = SentenceSelector(language: .german)
    .select(from: input, title: "Industrie warnt vor Kosten", count: 1)
  #expect(chosen.map(\.sentenceIndex) == [5])
}

@Test func `a huge article is capped for centrality and still fully scored`() {
  let many = (0..<1_000).map {
    "Satz \($0) nennt Wort\($0) und Begriff\($0) sowie Ding\($0) im Text."
  }
  let selector = SentenceSelector(language: .german)
  let scored = selector.score(from: sentences(many), title: nil)
  #expect(scored.count == 1_000)
  #expect(scored.allSatisfy { (0...1).contains($0.score) })
  #expect(selector.select(from: sentences(many), title: nil, count: 3).count == 3)
}

/// A coverage selection over `texts` with every term equally salient except those in `salient`.
private func coverage(_ texts: [String], salient: Set<String> = [])
  -> CoverageSelection
{
  var vocabulary: [String: Int] = [:]
  let profiles = SentenceProfile.profiles(
    of: sentences(texts), analyzer: TermAnalyzer(language: .german), vocabulary: &vocabulary)
  var salience = [Double](repeating: 0.1, count: vocabulary.count)
  for (term, id) in vocabulary where salient.contains(term) { salience[id] = 0.9 }
  return CoverageSelection(configuration: .init(), profiles: profiles, salience: salience)
}

@Test func `no single swap improves the chosen sentences`() {
  let selection = coverage(article, salient: ["klimaschutzgesetz", "industri", "verkehr"])
  for count in 1...4 {
    let chosen = selection.choose(count: count)
    #expect(chosen.count == count)
    let best = selection.value(of: chosen)
    for member in chosen {
      for other in article.indices where !chosen.contains(other) {
        let swapped = chosen.map { $0 == member ? other : $0 }
        #expect(selection.value(of: swapped) <= best + 1e-12, "count \(count): \(swapped)")
      }
    }
  }
}

@Test func `a term already chosen adds nothing the second time`() {
  // Alone the second sentence holds far more salience than the third, but most of it is the
  // first sentence's; it is no near-duplicate of it, so only coverage tells them apart.
  let texts = [
    "Das Klimaschutzgesetz bindet Verkehr und Industrie.",
    "Das Klimaschutzgesetz nennt Ziele und Kosten für den Verkehr.",
    "Umweltschützer fordern schärfere Ziele und mehr Geld für Bahnen.",
  ]
  let selection = coverage(texts, salient: ["klimaschutzgesetz", "verkehr", "industri"])
  #expect(
    !RedundancyFilter(configuration: .init()).areNearDuplicates(
      selection.profiles[0], selection.profiles[1]))
  #expect(selection.value(of: [1]) > selection.value(of: [2]))
  #expect(selection.choose(count: 2) == [0, 2])
}

@Test func `a long brief under a character budget stays within it and has no repeats`() {
  let many = (0..<2_000).map { "Satz \($0 % 700) nennt Wort\($0 % 700) und Begriff\($0 % 500)." }
  let selection = coverage(many)
  let chosen = selection.choose(count: many.count, lengths: many.map(\.count), budget: 5_000)
  #expect(chosen.reduce(0) { $0 + many[$1].count } <= 5_000)
  #expect(chosen.count > 100)
  let filter = RedundancyFilter(configuration: .init())
  for (i, a) in chosen.enumerated() {
    for b in chosen[(i + 1)...] {
      #expect(!filter.areNearDuplicates(selection.profiles[a], selection.profiles[b]))
    }
  }
}

@Test func `a pronoun opener costs more only without the sentence before it`() {
  let texts = [
    "Der Außenminister traf seinen Amtskollegen in Riad.",
    "Er sprach dort über die Ukraine.",
    "Die Ukraine fordert Waffen.",
  ]
  let selection = coverage(texts)
  let words = Double(selection.profiles[1].wordCount)
  #expect(selection.costs[1] == words / SentenceSelector.Configuration().pronounFactor)
  #expect(selection.resolvedCosts[1] == words)
  #expect(selection.cost(of: 1) { $0 == 0 } == words)
  #expect(selection.cost(of: 1) { $0 == 2 } == selection.costs[1])
  // The incremental search agrees with the plain value on every pair.
  let chosen = selection.choose(count: 2)
  for other in [[0, 1], [0, 2], [1, 2]] {
    #expect(selection.value(of: other) <= selection.value(of: chosen) + 1e-12)
  }
}

@Test(arguments: ["Denn", "Zugleich", "Gleichzeitig", "Jedoch", "Zudem"])
func `a sentence opening with a connective costs more without the one before it`(word: String) {
  let texts = [
    "Der Außenminister traf seinen Amtskollegen in Riad.",
    "\(word) sprach der Minister über die Ukraine.",
  ]
  let selection = coverage(texts)
  let words = Double(selection.profiles[1].wordCount)
  #expect(selection.costs[1] == words / SentenceSelector.Configuration().weakOpenerFactor)
  #expect(selection.cost(of: 1) { $0 == 0 } == words)
}

@Test func `a fragment fills the brief only when the other sentences cannot`() {
  let texts = [
    "Die Wirtschaft schrumpfte im vierten Quartal um 0,2 Prozent, teilte das Statistikamt mit.",
    "Die Exporte fielen um 2,2 Prozent.",
    "Ökonomen hatten einen Rückgang von 0,1 Prozent erwartet.",
    "Hier anmelden.",
    "So reagierten die Börsen:",
    "Was heißt das für die Wirtschaft?",
  ]
  let selection = coverage(texts, salient: ["wirtschaft", "prozent", "quartal", "anmeld"])
  #expect(selection.isFragment == [false, false, false, true, true, true])
  // Alone the two-word line holds more salience per word than the long lead.
  #expect(selection.value(of: [1, 2, 3]) > selection.value(of: [0, 1, 2]))
  #expect(selection.choose(count: 3) == [0, 1, 2])
  #expect(selection.choose(count: 5).count == 5)
  #expect(selection.choose(count: 6) == [0, 1, 2, 3, 4, 5])
}

@Test func `the second half of a quote needs its first half like a pronoun subject`() {
  let texts = [
    "Wegen eines Warnstreiks fallen am Donnerstag Hunderte Lufthansa-Flüge aus.",
    "Verdi-Verhandlungsführer Marvin Reschinsky sagte: \"Die Beschäftigten arbeiten am Limit.",
    "Das Angebot der Lufthansa ist völlig unzureichend.\"",
    "Die nächste Verhandlungsrunde ist für den 20. März angesetzt.",
  ]
  let selection = coverage(texts, salient: ["lufthansa", "angebot", "unzureich"])
  #expect(selection.profiles.map(\.continuesQuote) == [false, false, true, false])
  #expect(selection.costs[2] > selection.resolvedCosts[2] * 2)
  // At the cost of its words the quote's second half would be the one-sentence brief.
  let held = { (i: Int) in selection.profiles[i].termSet.reduce(0) { $0 + selection.salience[$1] } }
  #expect(held(2) / selection.resolvedCosts[2] > held(0) / selection.resolvedCosts[0])
  #expect(selection.choose(count: 1) != [2])
  let two = selection.choose(count: 2)
  #expect(!two.contains(2) || two.contains(1))
}

@Test func `the first part of a quote is chosen only with the sentence after it`() {
  let texts = [
    "Der ukrainische Präsident Selenskyj hat in München die deutsche Hilfe gewürdigt.",
    "„Wir kennen uns gut.",
    "Er ist ein sehr guter Typ“, sagt er über den CDU-Chef Merz lediglich.",
    "Selenskyj traf in München auch Scholz und Merz zu Gesprächen über die Ukraine.",
  ]
  let selection = coverage(texts, salient: ["selenskyj", "kenn", "gut", "munch"])
  // Alone, the short first part of the quote holds the most salience per word.
  #expect(selection.value(of: [1]) > selection.value(of: [0]))
  for count in 1...3 {
    let chosen = selection.choose(count: count)
    #expect(!chosen.contains(1) || chosen.contains(2), "\(chosen)")
  }
  // Filling a character budget, it is no filler either.
  let lengths = texts.map(\.count)
  let budget = lengths[0] + lengths[1] + lengths[3]
  let filled = selection.choose(count: texts.count, lengths: lengths, budget: budget)
  #expect(!filled.contains(1), "\(filled)")
}

@Test func `a quote of two parts that cannot stand alone is chosen whole or not at all`() {
  let texts = [
    "Also keine Bewertungen, nur Danke.“",
    "Der Präsident Selenskyj dankte in München für die Hilfe der Verbündeten für die Ukraine.",
    "Er sagte: „Die Ukraine braucht jetzt dringend Waffen.",
    "Und die Ukraine braucht Geld.“",
    "Selenskyj traf in München auch Scholz und Merz zu Gesprächen über die Ukraine.",
  ]
  let selection = coverage(texts, salient: ["ukrain", "waff", "geld", "danke"])
  for count in 1...5 {
    let chosen = selection.choose(count: count)
    #expect(chosen.contains(2) == chosen.contains(3), "\(chosen)")
    #expect(!chosen.contains(0), "\(chosen)")
  }
  #expect(selection.choose(count: 5) == [1, 2, 3, 4])
  let lengths = texts.map(\.count)
  let filled = selection.choose(count: 5, lengths: lengths, budget: lengths[0] + lengths[1] + 1)
  #expect(filled.count == 1 && !filled.contains(0), "\(filled)")
}

@Test(arguments: [
  ("„Wir kennen uns gut.", SentenceShape.QuoteEdges(opensQuote: true)),
  ("Er sagte: \"Das Angebot ist unzureichend.", .init(opensQuote: true)),
  ("„Nein“, sagte sie, „das Angebot ist unzureichend.", .init(opensQuote: true)),
  ("Also keine Bewertungen, nur Danke.“", .init(continuesQuote: true, isQuoteTail: true)),
  ("Das Angebot ist völlig unzureichend.\"", .init(continuesQuote: true, isQuoteTail: true)),
  ("Er ist ein sehr guter Typ“, sagt er.", .init(continuesQuote: true)),
  ("„Ich werde Ihnen das am Montag sagen.“", .init()),
  ("Kein Zitat.", .init()),
])
func `a part of a quote is told by its odd quotation mark and what follows it`(
  text: String, edges: SentenceShape.QuoteEdges
) {
  #expect(SentenceShape.quoteEdges(of: text) == edges)
}

@Test(arguments: [
  ("Das Angebot ist völlig unzureichend.\"", true),
  ("Das Angebot ist völlig unzureichend“, sagte sie.", true),
  ("Das Angebot ist völlig unzureichend«, sagte sie.", true),
  ("Er sagte: \"Das Angebot ist unzureichend.", false),
  ("Er sagte: „Das Angebot ist unzureichend.", false),
  ("\"Das Angebot ist unzureichend\", sagte er.", false),
  ("Er sprach von einem „Angebot“ und ging.", false),
  ("„Nein“, sagte sie, „das Angebot ist unzureichend.", false),
  ("Kein Zitat.", false),
])
func `a sentence continues a quote when its first of an odd number of marks closes`(
  text: String, continues: Bool
) {
  #expect(SentenceShape.continuesQuote(text) == continues)
}

@Test(arguments: [
  ("So schützen Sie sich bei Sturm:", true),
  ("Hat Sie das überrascht?", true),
  ("Er fragte: „Warum?“", true),
  ("Dax 23.108,45 +1,80 %", true),
  ("Borussia Dortmund – RB Leipzig 2:2", true),
  ("Die Frage ist offen.", false),
  ("Die Öffnungszeiten: täglich 9 bis 18 Uhr.", false),
  ("„Das ist eine Provokation!“", false),
  ("Er zögerte …", false),
  ("Der Kanzler (SPD) schwieg (Az. 1/24).", false),
])
func `a sentence that ends in a colon, question mark or no final mark is open-ended`(
  text: String, open: Bool
) {
  #expect(SentenceShape.isOpenEnded(text) == open)
}

@Test func `a three-word sentence is chosen only right after the sentence before it`() {
  let texts = [
    "Ein Hubschrauber der Armee wurde über der Provinz Faryab beschossen.",
    "Unbekannte entführten Passagiere.",
    "Die Armee sucht mit Soldaten und Drohnen nach den Entführern in der Provinz.",
    "Die Regierung in Kabul verurteilte den Angriff auf die Armee scharf.",
  ]
  let selection = coverage(texts, salient: ["hubschraub", "passagi", "entfuhrt", "armee"])
  #expect(selection.isShort == [false, true, false, false])
  #expect(!selection.isFragment[1])
  // Alone it would lead a one-sentence brief; after its predecessor it may join.
  #expect(selection.value(of: [1]) > selection.value(of: [0]))
  #expect(selection.choose(count: 1) != [1])
  let two = selection.choose(count: 2)
  #expect(!two.contains(1) || two.contains(0))
  #expect(selection.choose(count: 2) == [0, 1])
}

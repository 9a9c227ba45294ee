/// Words that place a day name in time, in German and English: the day names, the words that
/// introduce them ("am Montag", "on Monday") and the words that tell whether a clause speaks of
/// the past or the future.
///
/// Data only; `DateResolver` reads with it. All entries are lower case.
enum WeekdayWords {
  /// German day names, Monday first.
  static let german = [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  ]
  /// English day names, Monday first.
  static let english = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Words that introduce a day name as a point in time.
  static let introducers: Set<String> = ["am", "on", "vom", "seit", "bis"]
  /// Introducers that always put the day in the past, whatever the clause's verbs: a state
  /// that holds since then (`wird seit Montag vermisst`) or a thing of that day (`der Gipfel
  /// vom Mittwoch`).
  static let pastIntroducers: Set<String> = ["seit", "vom"]
  /// Words right before a day name that say which week it is in.
  ///
  /// `am kommenden Montag`, `vergangenen Donnerstag`, `last Friday`: they may also stand alone
  /// before it, and name another day than the article's own, also when its weekday is the
  /// same.
  static let modifiers: [String: DateResolver.Tense] = [
    "kommenden": .future, "kommende": .future, "nächsten": .future, "nächste": .future,
    "coming": .future, "next": .future, "vergangenen": .past, "vergangene": .past,
    "letzten": .past, "letzte": .past, "past": .past, "last": .past,
  ]

  /// Words of a clause told in the past: auxiliaries, past modals and the reporting verbs of
  /// news.
  static let pastMarkers: Set<String> = [
    "hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "worden", "gewesen",
    "wollte", "wollten", "sollte", "sollten", "konnte", "konnten", "musste", "mussten",
    "sagte", "sagten", "meldete", "meldeten", "teilte", "teilten", "erklärte", "erklärten",
    "berichtete", "berichteten", "bestätigte", "bestätigten", "kündigte", "kündigten", "traf",
    "trafen", "kam", "kamen", "gab", "starb", "fand", "begann", "forderte", "forderten",
    "warnte", "betonte", "einigten", "sprach", "sprachen", "telefonierten", "verschob", "tagte",
    "stimmte", "stimmten", "has", "have", "had", "was", "were", "said", "met", "announced",
    "reported", "told", "held", "did", "spoke", "agreed", "warned", "died",
  ]

  /// Words of a clause told in the future: modal and future auxiliaries, plans, and the
  /// present tense of the verbs of a schedule, which in news tells what is ahead ("Rubio trifft
  /// am Donnerstag Lawrow", "Das Gesetz tritt am Dienstag in Kraft"; a past report says "traf",
  /// "ist in Kraft getreten").
  static let futureMarkers: Set<String> = [
    "will", "wollen", "soll", "sollen", "wird", "werden", "werde", "plant", "planen", "geplant",
    "kommenden", "kommende", "kommender", "kommendes", "nächsten", "nächste", "nächster",
    "nächstes", "bevorstehenden", "findet", "finden", "stattfinden", "beginnt", "beginnen",
    "startet", "starten", "tagt", "tagen", "stimmt", "stimmen", "trifft", "treffen", "besucht",
    "besuchen", "reist", "reisen", "erscheint", "erscheinen", "gastiert", "gastieren",
    "empfängt", "empfangen", "tritt", "treten", "eröffnet", "eröffnen", "berät", "beraten",
    "entscheidet", "entscheiden", "wählt", "wählen", "präsentiert", "präsentieren",
    "veröffentlicht", "shall", "plans", "planned", "upcoming", "scheduled", "expected", "meets",
    "visits", "travels", "opens", "starts", "begins", "votes",
  ]
}

/// Words that say nothing about which story an article tells, left out of its key terms.
///
/// Key terms group a batch into stories (`DigestBuilder`); in a batch of a few hundred
/// articles every term looks rare, so words common to all news ("Jahr", "neu", "Prozent",
/// "Montag") and numbers would link a football report to another football report and an
/// earnings report to another one. The lists hold surface words; `terms(for:)` gives their
/// terms as `TermAnalyzer` makes them (stemmed, spelling variants folded), so they match key
/// terms however the stemmer writes them.
enum GenericKeyTerms {
  /// German words common to news of every subject: time, quantity, degree, reporting.
  static let german = """
    Jahr Jahre Jahren jährig Monat Monate Woche Wochen Tag Tage Tagen Stunde Stunden Minute
    Minuten Uhr heute gestern morgen Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
    Sonnabend Januar Jänner Februar März April Mai Juni Juli August September Oktober November
    Dezember neu neue erste ersten zweite dritte letzte letzten zwei drei vier fünf sechs
    sieben acht neun zehn zwölf hundert tausend Million Millionen Milliarde Milliarden Prozent
    Euro Dollar Cent Mio Mrd groß große größte gut gute besser beste wenig weniger viel viele
    mehr meisten lang lange stark starke hoch hohe alt alte jung junge ganz ganze eigene
    möglich wichtig wichtige künftig früh früher aktuell aktuelle schwer schwere bekannt
    vergangen vergangenen kommenden nächsten seit ab man muss müssen kommt kommen sagt sagte
    Angaben Angabe berichtet berichtete Bericht Zahl Zahlen Ende Fall Fälle Mensch Menschen
    Leben Person Personen Seite Seiten Teil Teile Land Länder Zeit Mal teilte teilt mitteilte
    erklärte erklärt hieß heißt laut sowie dpa AFP Reuters APA AP KNA epd SID dts AFX Agentur
    Nachrichtenagentur Material
    """
  /// English words common to news of every subject.
  static let english = """
    year years month months week weeks day days hour hours minute minutes today yesterday
    tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December new first second third last
    two three four five six seven eight nine ten hundred thousand million billion percent euro
    euros dollar dollars cent cents big large good better best little less many more most long
    high old young whole own possible important future early current hard known past next ago
    said says say according report reported number numbers end case people person life side
    part country countries time times told statement Reuters AFP AP Bloomberg agency
    """

  /// The terms of the generic words of `language`.
  static func terms(for language: Language) -> Set<String> {
    language == .english ? englishTerms : germanTerms
  }

  private static let germanTerms = terms(of: german, .german)
  private static let englishTerms = terms(of: english, .english)

  private static func terms(of words: String, _ language: Language) -> Set<String> {
    let analyzer = TermAnalyzer(language: language)
    return Set(analyzer.terms(in: words).map(SpellingVariants.fold))
  }

  /// Whether `term` is too short to name a subject: one character (`a` and `m` of
  /// `Frankfurt a. M.`), or two unless written in capitals somewhere (`EU`, `UN`, `KI`) as
  /// `isCapitalized` says (asked only then).
  static func isTooShort(_ term: String, isCapitalized: () -> Bool) -> Bool {
    let count = term.unicodeScalars.prefix(3).count
    return count < 2 || (count == 2 && !isCapitalized())
  }

  /// Whether `term` is a number alone (`1`, `000`, `2015`): digits say no subject.
  static func isNumber(_ term: String) -> Bool {
    !term.isEmpty && term.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
  }
}

/// English abbreviations, written without their final period.
enum EnglishAbbreviations {
  /// Abbreviations that end a sentence only before a likely sentence starter.
  static let common: [String] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Vol",
    "vol", "Vols", "pp", "p", "ed", "eds", "Ed", "al", "approx", "dept", "Dept", "est", "fig",
    "Fig", "figs", "Gov", "Sen", "Rep", "Reps", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt",
    "Maj", "Adm", "Atty", "Supt", "Det", "Insp", "Corp", "Inc", "Ltd", "Co", "Bros", "Ave",
    "Blvd", "Rd", "Mt", "Ft", "Hwy", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill",
    "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
    "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    "vs", "v", "cf", "ca", "approx", "min", "max", "mins", "hrs", "Univ", "Assn", "Assoc",
    "Jr", "Sr", "Esq", "Ph", "a.m", "p.m", "e.g", "i.e", "U.S", "U.K", "U.N", "E.U",
  ]

  /// Titles that always precede a name.
  static let titles: [String] = [
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Hon", "Fr", "Sr", "St", "Messrs", "Mmes",
    "Pres", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm",
  ]

  /// Abbreviations that stand before a number (`No. 10`, `Vol. 3`).
  static let beforeNumbers: [String] = [
    "No", "Nos", "Vol", "Vols", "pp", "Fig", "Figs", "Art", "Ch",
  ]

  /// Abbreviations that often end a sentence: a capitalised word after them starts a new one.
  static let sentenceFinal: [String] = ["etc", "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "Esq"]
}

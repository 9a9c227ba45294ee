/// German abbreviations, written without their final period.
///
/// Multi-part abbreviations with spaces (`z. B.`) are recognised part by part: a single
/// letter followed by a period is treated like an abbreviation by the segmenter, so only
/// the longer parts need to be listed here.
enum GermanAbbreviations {
  /// Abbreviations that end a sentence only before a likely sentence starter.
  static let common: [String] = [
    "Abb", "Abg", "Abk", "Abs", "Abt", "abzgl", "Adr", "akad", "allg", "Anh", "Anl", "Anm",
    "Art", "Aufl", "Az", "Bd", "Bde", "Bearb", "beil", "bes", "Best", "Betr", "Bez", "Bhf",
    "Bl", "bspw", "Bsp", "bzgl", "bzw", "ca", "Chr", "Co", "dgl", "Dipl", "Dir", "Do", "Dr",
    "dt", "Dtzd", "ebd", "Ehem", "ehem", "eig", "eigtl", "einschl", "entspr", "erg", "ev",
    "evtl", "exkl", "Fa", "Fam", "Fr", "frz", "geb", "Gebr", "gegr", "gem", "Ges", "gesch",
    "Gew", "ggf", "ggfs", "Hbf", "hg", "hrsg", "Hrsg", "Hr", "Hrn", "Hs", "i", "inkl", "insb",
    "Inh", "Jh", "Jhd", "Jhdt", "jmd", "jmdm", "jmdn", "jr", "jun", "Kap", "kath", "kfm", "Kfz",
    "kgl", "Kl", "Komp", "Kr", "led", "Lfg", "lfd", "Lkw", "Lit", "lt", "Ltd", "max", "med",
    "Mi", "Mia", "mind", "Mio", "Mo", "Mrd", "Mrz", "Mill", "Mwst", "MwSt", "Nachf", "nachm",
    "näml", "Nr", "Nrn", "Obb", "od", "o", "öffentl", "orig", "österr", "Pfd", "Pkt", "Pkw",
    "pl", "Pl", "Prof", "prot", "Rd", "rd", "Reg", "Rel", "resp", "Rs", "sen", "Sa", "schweiz",
    "Sek", "sog", "sogen", "So", "Std", "stellv", "Str", "StGB", "stud", "südl", "tägl", "Tab",
    "Tel", "Tsd", "tw", "Univ", "urspr", "usf", "Verf", "verh", "verw", "vgl", "Vors", "vorm",
    "Wdh", "westl", "Wwe", "zit", "Ziff", "zt", "zus", "zzgl", "östl", "nördl", "Jan", "Feb",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Fr", "Jg",
    "Jhrg", "Ausg", "Bsp", "gest", "Min", "Sek", "Mon", "Forts", "Nrn", "ff", "vs", "Vs", "Ing",
    "Mag", "jur", "phil", "rer", "nat", "pol", "theol", "Hl", "hl", "Kt", "Kto", "Bln", "Ffm",
    "bzw", "beispielsw", "sr", "Sr", "v", "Gbr", "Bio", "Tsd", "Wr", "Nö", "Oö", "BGBl",
    "GVBl", "ABl", "Drs", "Urt", "Beschl",
  ]

  /// Titles and similar abbreviations that always precede a name.
  static let titles: [String] = [
    "Dr", "Prof", "Hr", "Hrn", "Fr", "Frl", "St", "Dipl", "Ing", "Mag", "Pfr", "Dres", "Sr",
  ]

  /// Abbreviations that stand before a number (`Nr. 5`, `Art. 3`, `Abs. 2`).
  static let beforeNumbers: [String] = [
    "Art", "Abs", "Nr", "Nrn", "Bd", "Kap", "Ziff", "Tab", "Abb", "Anl", "Pkt", "Jg", "Az",
    "Tel", "Fax",
  ]

  /// Abbreviations that often end a sentence: a capitalised word after them starts a new one.
  static let sentenceFinal: [String] = ["usw", "etc", "usf", "ff", "uvm", "u.v.m", "u.ä", "o.ä"]
}

/// English words of world news with their German equivalents, so an English article's key terms
/// meet a German article's on the same story: `Russia`/`Russland`, `Russian`/`russische`,
/// `Kyiv`/`Kiew`, `talks`/`Gespräche`.
///
/// Names of people are the same in both languages (their spelling variants are folded by
/// `SpellingVariants`); what differs are the names of countries, their peoples and cities and
/// the common nouns of political and economic stories. Used by the digest only: a brief's own
/// key terms stay in its language.
enum CrossLingualTerms {
  /// English word, German word: one pair a line.
  ///
  /// Stemming makes each stand for its inflections (`Russian`/`Russians`,
  /// `russische`/`russischen`).
  static let pairs = """
    Russia Russland
    Russian russische
    Ukrainian ukrainische
    Germany Deutschland
    German deutsche
    Austria Österreich
    Austrian österreichische
    Switzerland Schweiz
    Swiss schweizerische
    France Frankreich
    French französische
    Britain Großbritannien
    British britische
    England England
    Italy Italien
    Italian italienische
    Spain Spanien
    Spanish spanische
    Portugal Portugal
    Netherlands Niederlande
    Dutch niederländische
    Belgium Belgien
    Poland Polen
    Polish polnische
    Hungary Ungarn
    Hungarian ungarische
    Czech tschechische
    Slovakia Slowakei
    Romania Rumänien
    Bulgaria Bulgarien
    Serbia Serbien
    Croatia Kroatien
    Greece Griechenland
    Greek griechische
    Turkey Türkei
    Turkish türkische
    Sweden Schweden
    Swedish schwedische
    Norway Norwegen
    Denmark Dänemark
    Finland Finnland
    Estonia Estland
    Latvia Lettland
    Lithuania Litauen
    Belarus Belarus
    Moldova Moldau
    Georgia Georgien
    Armenia Armenien
    Europe Europa
    European europäische
    American amerikanische
    America Amerika
    Canada Kanada
    Mexico Mexiko
    Brazil Brasilien
    Argentina Argentinien
    Venezuela Venezuela
    China China
    Chinese chinesische
    Japan Japan
    Japanese japanische
    Korea Korea
    Korean koreanische
    India Indien
    Indian indische
    Pakistan Pakistan
    Afghanistan Afghanistan
    Iran Iran
    Iranian iranische
    Iraq Irak
    Iraqi irakische
    Syria Syrien
    Syrian syrische
    Lebanon Libanon
    Israel Israel
    Israeli israelische
    Palestinian palästinensische
    Jordan Jordanien
    Egypt Ägypten
    Egyptian ägyptische
    Saudi saudische
    Qatar Katar
    Yemen Jemen
    Libya Libyen
    Tunisia Tunesien
    Morocco Marokko
    Algeria Algerien
    Ethiopia Äthiopien
    Nigeria Nigeria
    Africa Afrika
    African afrikanische
    Asia Asien
    Australia Australien
    Malaysia Malaysia
    Indonesia Indonesien
    Philippines Philippinen
    Vietnam Vietnam
    Thailand Thailand
    Moscow Moskau
    Kyiv Kiew
    Kiev Kiew
    Beijing Peking
    Vienna Wien
    Munich München
    Cologne Köln
    Brussels Brüssel
    Geneva Genf
    Rome Rom
    Warsaw Warschau
    Prague Prag
    Athens Athen
    Lisbon Lissabon
    Copenhagen Kopenhagen
    Tehran Teheran
    Damascus Damaskus
    Cairo Kairo
    president Präsident
    chancellor Kanzler
    minister Minister
    government Regierung
    parliament Parlament
    election Wahl
    elections Wahlen
    party Partei
    war Krieg
    peace Frieden
    ceasefire Waffenruhe
    truce Waffenstillstand
    talks Gespräche
    meeting Treffen
    summit Gipfel
    negotiations Verhandlungen
    sanctions Sanktionen
    weapons Waffen
    army Armee
    troops Truppen
    soldiers Soldaten
    military Militär
    attack Angriff
    attacks Angriffe
    police Polizei
    court Gericht
    refugees Flüchtlinge
    migration Migration
    border Grenze
    trade Handel
    tariffs Zölle
    economy Wirtschaft
    inflation Inflation
    company Unternehmen
    bank Bank
    climate Klima
    vote Abstimmung
    """

  /// The German term of each English term (both as `TermAnalyzer` makes them).
  static let germanTerms: [String: String] = {
    let english = TermAnalyzer(language: .english)
    let german = TermAnalyzer(language: .german)
    var table: [String: String] = [:]
    for line in pairs.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard words.count == 2 else { continue }
      let from = english.foldedTerm(of: words[0].lowercased())
      let to = german.foldedTerm(of: words[1].lowercased())
      if from != to { table[from] = to }
    }
    return table
  }()

  /// `terms` of an article in `language` as the digest compares them: English terms with a
  /// German equivalent replaced by it, other terms and other languages unchanged.
  static func comparable(_ terms: [String], language: Language) -> [String] {
    guard language == .english else { return terms }
    return terms.map { germanTerms[$0] ?? $0 }
  }
}

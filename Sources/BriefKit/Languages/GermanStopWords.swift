/// German stop words: function words that carry no topic (articles, pronouns, auxiliaries,
/// prepositions, conjunctions, particles), lower-cased.
///
/// Based on the Snowball German list, extended with frequent news function words.
enum GermanStopWords {
  /// All stop words under their `CanonicalWordKey`s, for lookups by bytes.
  static let keys = CanonicalWordKey.table(of: words)

  /// All stop words.
  static let words: Set<String> = [
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
    "andere", "anderem", "anderen", "anderer", "anderes", "anderm", "andern", "anders", "auch",
    "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass",
    "daß", "dasselbe", "dazu", "dein", "deine", "deinem", "deinen", "deiner", "deines", "dem",
    "demselben", "den", "denn", "denselben", "der", "derer", "derselbe", "derselben", "des",
    "desselben", "dessen", "dich", "die", "dies", "diese", "dieselbe", "dieselben", "diesem",
    "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem",
    "einen", "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger", "einiges",
    "einmal", "er", "es", "etwas", "euch", "euer", "eure", "eurem", "euren", "eurer", "eures",
    "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin",
    "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
    "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jene",
    "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem", "keinen",
    "keiner", "keines", "können", "könnte", "machen", "man", "manche", "manchem", "manchen",
    "mancher", "manches", "mein", "meine", "meinem", "meinen", "meiner", "meines", "mich",
    "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob",
    "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines", "selbst",
    "sich", "sie", "sind", "so", "solche", "solchem", "solchen", "solcher", "solches", "soll",
    "sollen", "sollte", "sondern", "sonst", "um", "und", "uns", "unser", "unsere", "unserem",
    "unseren", "unserer", "unseres", "unter", "viel", "vom", "von", "vor", "während", "war",
    "waren", "warst", "was", "weg", "weil", "weiter", "welche", "welchem", "welchen",
    "welcher", "welches", "wenn", "werde", "werden", "wie", "wieder", "will", "wir", "wird",
    "wirst", "wo", "wollen", "wollte", "würde", "würden", "zu", "zum", "zur", "zwar",
    "zwischen", "sei", "seien", "wurde", "wurden", "worden", "hätte", "hätten", "bereits",
    "schon", "laut", "sowie", "sagte", "sagt", "heißt", "hieß", "immer", "mehr", "demnach",
    "wegen", "über", "etwa", "rund", "gibt", "geht", "kam", "kommt", "derzeit", "zudem",
    "jedoch", "allerdings", "außerdem", "ebenfalls", "dabei", "darauf", "davon", "dafür",
    "daher", "dagegen", "darüber", "seit", "bislang", "bisher",
  ]

  /// Frequent, unambiguous German function words that the language detector counts
  /// (no word that is also common English, such as `die`, `was`, `so`, `in`).
  static let detectorCues: Set<String> = [
    "der", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem", "ein", "eine",
    "den", "das", "von", "zu", "im", "sie", "auch", "wird", "werden", "nach", "bei", "einer",
    "sind", "oder", "wurde", "dass", "aus", "zum", "zur", "über", "nur", "noch", "wie", "aber",
  ]
}

/// A language Brief can read.
///
/// Each language has its own data tables (abbreviations, stop words, boilerplate patterns,
/// a stemmer) under `Languages/`.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
  case german = "de"
  case english = "en"
}

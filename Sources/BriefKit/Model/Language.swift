/// A language Brief can read.
///
/// Each language has its own data tables (abbreviations, stop words, boilerplate patterns,
/// a stemmer) under `Languages/`.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
  case german = "de"
  case english = "en"

  /// The language of a BCP 47 tag by its primary subtag: `de`, `de-AT`, `en_GB` (any case);
  /// nil for any other.
  public init?(tag: String) {
    let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first
    guard let primary, let language = Language(rawValue: String(primary)) else { return nil }
    self = language
  }
}

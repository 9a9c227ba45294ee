import Foundation

/// German -> English name forms (people, places, institutions), parsed from the editable
/// `prompts/glossary-de-en.tsv` that the CLI reads.
///
/// File format: one `german<TAB>english` pair per line; `#` starts a comment line; blank lines
/// are skipped; one header line `version<TAB>N`. Entries are matched case-sensitively, on
/// word boundaries, longest first (see `matches(in:)`).
public struct Glossary: Sendable, Equatable {
  /// The entries in file order.
  public let entries: [GlossaryEntry]
  /// A stable stamp for cache keys: the declared version plus a hash of the entries, so an edit
  /// without a version bump still changes it.
  ///
  /// Same entries, same stamp.
  public let version: String
  /// Entry indices by the first Unicode scalar of the German form, longest form first.
  let candidates: [Unicode.Scalar: [Int]]
  /// The German forms as scalar arrays (NFC), parallel to `entries`.
  let germanScalars: [[Unicode.Scalar]]

  /// A glossary without entries.
  public static let empty = Glossary(entries: [], declaredVersion: "0")

  /// Builds a glossary from entries.
  ///
  /// `declaredVersion` is the file's `version` value.
  public init(entries: [GlossaryEntry], declaredVersion: String = "0") {
    let normalized = entries.map {
      GlossaryEntry(
        german: $0.german.precomposedStringWithCanonicalMapping,
        english: $0.english.precomposedStringWithCanonicalMapping)
    }
    self.entries = normalized
    let canonical = normalized.map { "\($0.german)\t\($0.english)\n" }.sorted().joined()
    version = "\(declaredVersion)-\(FNV1a.hash64(canonical))"
    germanScalars = normalized.map { Array($0.german.unicodeScalars) }
    var candidates: [Unicode.Scalar: [Int]] = [:]
    for (index, scalars) in germanScalars.enumerated() {
      if let first = scalars.first { candidates[first, default: []].append(index) }
    }
    let lengths = germanScalars.map(\.count)
    self.candidates = candidates.mapValues { indices in
      indices.sorted { (lengths[$0], -$0) > (lengths[$1], -$1) }
    }
  }

  /// Parses the TSV text of a glossary file.
  ///
  /// - Throws: `TranslationError.invalidGlossary` naming the 1-based line for a line without
  ///   exactly two non-empty tab-separated fields, or a German form listed twice.
  public init(parsing text: String) throws(TranslationError) {
    var entries: [GlossaryEntry] = []
    var seen: Set<String> = []
    var declaredVersion = "0"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, rawLine) in lines.enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        throw .invalidGlossary(line: offset + 1, reason: "expected german<TAB>english")
      }
      if fields[0] == "version" {
        declaredVersion = fields[1]
        continue
      }
      let german = fields[0].precomposedStringWithCanonicalMapping
      guard seen.insert(german).inserted else {
        throw .invalidGlossary(line: offset + 1, reason: "\(fields[0]) is listed twice")
      }
      entries.append(GlossaryEntry(german: german, english: fields[1]))
    }
    self.init(entries: entries, declaredVersion: declaredVersion)
  }

  public static func == (lhs: Glossary, rhs: Glossary) -> Bool {
    lhs.entries == rhs.entries && lhs.version == rhs.version
  }
}

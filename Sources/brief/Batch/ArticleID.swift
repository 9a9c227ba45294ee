/// Turns article ids into safe, unique file names.
///
/// A safe id has no path separators, no leading dots, no control characters, and is at most
/// `maximumLength` UTF-8 bytes, so `DIR/briefs/<id>.json` never leaves `DIR/briefs`.
struct ArticleID {
  /// The longest id kept, in UTF-8 bytes.
  static let maximumLength = 120

  private var used: Set<String> = []
  private var lastSuffix: [String: Int] = [:]

  /// `raw` made safe for a file name: characters other than letters, digits, `.`, `-` and `_`
  /// become `_`; leading and trailing `.` and `_` are dropped; empty becomes `article`.
  static func safe(_ raw: String) -> String {
    var result = ""
    for scalar in raw.unicodeScalars {
      let keep =
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
        || scalar == "." || scalar == "_"
      result.unicodeScalars.append(keep ? scalar : "_")
    }
    while result.utf8.count > maximumLength { result.removeLast() }
    var id = Substring(result).drop { $0 == "." || $0 == "_" }
    while let last = id.last, last == "." || last == "_" { id.removeLast() }
    return id.isEmpty ? "article" : String(id)
  }

  /// The separator of a duplicate's number (`a+2`): a character `safe` never keeps, so a
  /// renamed id can never equal the safe id of another article, in this run or in another
  /// shard of it.
  static let duplicateSeparator = "+"

  /// A safe id not handed out before by this instance.
  ///
  /// `id`, else `id+2`, `id+3`, and so on. Comparison ignores case, so files stay distinct on
  /// case-insensitive file systems. Every raw id that makes one safe id falls in one shard
  /// (`Shard`), and only those compete for its numbers, so each shard of a batch numbers them
  /// as the single run does. `duplicate` is true when a number had to be added.
  mutating func unique(_ raw: String) -> (id: String, duplicate: Bool) {
    let base = Self.safe(raw)
    let key = base.lowercased()
    var candidate = base
    var suffix = lastSuffix[key, default: 1]
    while !used.insert(candidate.lowercased()).inserted {
      suffix += 1
      candidate = base + Self.duplicateSeparator + String(suffix)
    }
    lastSuffix[key] = suffix
    return (candidate, candidate != base)
  }
}

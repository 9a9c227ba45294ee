import BriefKit
import Foundation
import Testing

/// Small accessors for reading the CLI's JSON output in tests.
enum JSONHelpers {
  /// The JSON object in `text`.
  static func object(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(text.prefix(200))")
  }

  /// The JSON object in the file at `url`.
  static func object(at url: URL) throws -> [String: Any] {
    try object(String(decoding: try Data(contentsOf: url), as: UTF8.self))
  }

  /// Lower-cased word tokens of `text` longer than three letters, spelling variants folded
  /// (Lawrow/Lavrov) and cut to their first five letters (a crude stem).
  static func words(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split { !$0.isLetter && !$0.isNumber }
        .filter { $0.count > 3 }.map { String(SpellingVariants.fold(String($0)).prefix(5)) })
  }

  /// `text` with markdown emphasis removed and every whitespace run as one space.
  static func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "**", with: "")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

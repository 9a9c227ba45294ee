import Foundation

/// A sentence with its glossary names replaced by placeholders that machine translation keeps
/// verbatim, and the way back.
///
/// Placeholder form: `ZQX<n>ZQ`, where n names the glossary entry and form (2i + 1 for entry i,
/// 2i + 2 for its genitive), the same in every sentence: letters and digits only, no markup, no
/// brackets, so DeepL and LibreTranslate treat it as an opaque proper noun. Two sentences with
/// different names carry different placeholders, so a translation swapped between them fails
/// the check instead of receiving the wrong name. The closing `ZQ` keeps `ZQX1ZQ` from being a
/// prefix of `ZQX10ZQ`.
public struct ProtectedText: Sendable, Equatable {
  /// One placeholder and the English form it stands for.
  public struct Placeholder: Sendable, Equatable {
    /// The token in the text, for example `ZQX1ZQ`.
    public var token: String
    /// What it becomes in the translation, for example "Lavrov's".
    public var english: String
  }

  /// The text to send, placeholders in place of names.
  public var text: String
  /// The placeholders in order of appearance.
  public var placeholders: [Placeholder]

  /// The marker every placeholder starts with.
  static let prefix = "ZQX"

  /// Replaces every glossary match in `source` with its entry's placeholder.
  public init(protecting source: String, with glossary: Glossary) {
    let matches = glossary.matches(in: source)
    guard !matches.isEmpty else {
      text = source
      placeholders = []
      return
    }
    let scalars = Array(source.precomposedStringWithCanonicalMapping.unicodeScalars)
    var output = String.UnicodeScalarView()
    var placeholders: [Placeholder] = []
    var cursor = 0
    for match in matches {
      output.append(contentsOf: scalars[cursor..<match.range.lowerBound])
      let entry = glossary.entries.firstIndex(of: match.entry) ?? 0
      let token = Self.token(entry * 2 + (match.isGenitive ? 2 : 1))
      output.append(contentsOf: token.unicodeScalars)
      placeholders.append(Placeholder(token: token, english: match.english))
      cursor = match.range.upperBound
    }
    output.append(contentsOf: scalars[cursor...])
    text = String(output)
    self.placeholders = placeholders
  }

  /// The placeholder numbered `number`.
  static func token(_ number: Int) -> String { "\(prefix)\(number)ZQ" }

  /// Puts the English forms in place of the placeholders in `translation`.
  ///
  /// Returns nil — the sentence fails validation — when a placeholder is missing, appears
  /// more or fewer times than in the source, or anything placeholder-like (`zqx`, any case,
  /// spaced or not) is left over. A placeholder at the very start (after opening quotes) gets
  /// a capital first letter.
  public func restore(_ translation: String) -> String? {
    var result = translation
    var counts: [String: Int] = [:]
    for placeholder in placeholders { counts[placeholder.token, default: 0] += 1 }
    for placeholder in placeholders where counts[placeholder.token] != nil {
      let expected = counts.removeValue(forKey: placeholder.token) ?? 0
      guard result.components(separatedBy: placeholder.token).count == expected + 1 else {
        return nil
      }
      let opening = result.prefix { Self.openers.contains($0) }
      if result.dropFirst(opening.count).hasPrefix(placeholder.token) {
        result =
          opening + Self.capitalizingFirst(placeholder.english)
          + result.dropFirst(opening.count + placeholder.token.count)
      }
      result = result.replacingOccurrences(of: placeholder.token, with: placeholder.english)
    }
    let squeezed = result.lowercased().filter { !$0.isWhitespace }
    return squeezed.contains(Self.prefix.lowercased()) ? nil : result
  }

  /// The placeholders in `text`, in order of appearance, each as its token.
  public static func tokens(in text: String) -> [String] {
    var tokens: [String] = []
    var rest = text[...]
    while let start = rest.range(of: prefix) {
      let digits = rest[start.upperBound...].prefix { $0.isASCII && $0.isNumber }
      let end = rest.index(start.upperBound, offsetBy: digits.count)
      if !digits.isEmpty, rest[end...].hasPrefix("ZQ") {
        tokens.append(prefix + digits + "ZQ")
      }
      rest = rest[end...]
    }
    return tokens
  }

  /// Characters that may come before the first word of a sentence.
  static let openers: Set<Character> = ["\"", "'", "„", "“", "”", "‚", "‘", "«", "»", "(", " "]

  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

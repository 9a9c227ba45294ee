import Foundation

/// A sentence with its glossary names replaced by placeholders that machine translation keeps
/// verbatim, and the way back.
///
/// Placeholder form: `ZQX<n>ZQ` (n = 1, 2, ... within the sentence): letters and digits only,
/// no markup, no brackets, so DeepL and LibreTranslate treat it as an opaque proper noun. The
/// closing `ZQ` keeps `ZQX1ZQ` from being a prefix of `ZQX10ZQ`.
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

  /// Replaces every glossary match in `source` with a numbered placeholder.
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
      let token = "\(Self.prefix)\(placeholders.count + 1)ZQ"
      output.append(contentsOf: token.unicodeScalars)
      placeholders.append(Placeholder(token: token, english: match.english))
      cursor = match.range.upperBound
    }
    output.append(contentsOf: scalars[cursor...])
    text = String(output)
    self.placeholders = placeholders
  }

  /// Puts the English forms in place of the placeholders in `translation`.
  ///
  /// Returns nil — the sentence fails validation — when a placeholder is missing, appears
  /// twice, or anything placeholder-like (`zqx`, any case, spaced or not) is left over. A
  /// placeholder at the very start (after opening quotes) gets a capital first letter.
  public func restore(_ translation: String) -> String? {
    var result = translation
    for placeholder in placeholders {
      guard result.components(separatedBy: placeholder.token).count == 2 else { return nil }
      let atStart = result.drop { Self.openers.contains($0) }.hasPrefix(placeholder.token)
      let english = atStart ? Self.capitalizingFirst(placeholder.english) : placeholder.english
      result = result.replacingOccurrences(of: placeholder.token, with: english)
    }
    let squeezed = result.lowercased().filter { !$0.isWhitespace }
    return squeezed.contains(Self.prefix.lowercased()) ? nil : result
  }

  /// Characters that may come before the first word of a sentence.
  static let openers: Set<Character> = ["\"", "'", "„", "“", "”", "‚", "‘", "«", "»", "(", " "]

  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

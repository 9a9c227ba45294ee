import Foundation

/// The chat prompt, parsed from the versioned `prompts/translate-de-en.md` the CLI reads.
///
/// Format: a front matter block between `---` lines holding `version: N`, then a `## system`
/// section and a `## user` section (headings on their own lines, case-insensitive). Sections
/// may use `{{source_language}}`, `{{target_language}}`, `{{glossary}}`, `{{sentences}}` and
/// `{{count}}`; any other `{{...}}` is an error, so typos fail early.
///
/// An optional `## context` section is put before the user message when the sentences of a
/// request share a context (one article's, `--context`); there `{{context}}` is that context.
/// Without the section the template takes no context.
public struct PromptTemplate: Sendable, Equatable {
  /// The system message with variables unfilled.
  public let system: String
  /// The user message with variables unfilled.
  public let user: String
  /// The text put before the user message of a request with a context, variables unfilled;
  /// nil when the template has no `## context` section.
  public let context: String?
  /// A stable stamp for cache keys: the declared version plus a hash of the text.
  public let version: String

  /// The variables a template may use.
  public static let variables: Set<String> = [
    "source_language", "target_language", "glossary", "sentences", "count",
  ]

  /// The variable only the `## context` section may use.
  public static let contextVariable = "context"

  /// The section headings, lower-cased.
  private static let sectionNames: Set<String> = ["system", "user", "context"]

  /// Parses the template file's text.
  ///
  /// - Throws: `TranslationError.invalidPromptTemplate` when the front matter or `version`
  ///   is missing, a section is missing or empty, or an unknown variable is used.
  public init(parsing text: String) throws(TranslationError) {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
      let close = lines.dropFirst().firstIndex(where: {
        $0.trimmingCharacters(in: .whitespaces) == "---"
      })
    else { throw .invalidPromptTemplate(reason: "missing front matter between --- lines") }
    var declared: String?
    for line in lines[1..<close] {
      let parts = line.split(separator: ":", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if parts.count == 2, parts[0] == "version", !parts[1].isEmpty { declared = parts[1] }
    }
    guard let declared else { throw .invalidPromptTemplate(reason: "front matter has no version") }
    var sections: [String: [String]] = [:]
    var current: String?
    for line in lines[(close + 1)...] {
      let heading = line.trimmingCharacters(in: .whitespaces).lowercased()
      if heading.hasPrefix("## "), Self.sectionNames.contains(String(heading.dropFirst(3))) {
        current = String(heading.dropFirst(3))
        continue
      }
      if let current { sections[current, default: []].append(line) }
    }
    func section(_ name: String) throws(TranslationError) -> String {
      let body = (sections[name] ?? []).joined(separator: "\n")
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard !body.isEmpty else { throw .invalidPromptTemplate(reason: "no ## \(name) section") }
      for variable in Self.placeholders(in: body) where !Self.variables.contains(variable) {
        guard name == "context", variable == Self.contextVariable else {
          throw .invalidPromptTemplate(
            reason: variable == Self.contextVariable
              ? "{{context}} belongs in the ## context section"
              : "unknown variable {{\(variable)}}")
        }
      }
      return body
    }
    system = try section("system")
    user = try section("user")
    context = sections["context"] == nil ? nil : try section("context")
    // A template without a context section keeps the stamp it had before sections existed.
    let text = [system, user] + (context.map { [$0] } ?? [])
    version = "\(declared)-\(FNV1a.hash64(text.joined(separator: "\u{1F}")))"
  }

  /// The system and user messages for one batch.
  ///
  /// `{{sentences}}` becomes `1. ...` lines, `{{count}}` their number, `{{glossary}}` one
  /// `- German → English` line per entry (or `(none)`). Filled in one pass: text inside a
  /// sentence that looks like a variable stays as it is. With a `context` and a context
  /// section, the filled section and a blank line come before the user message.
  public func render(
    sentences: [String], glossary: [GlossaryEntry], sourceLanguage: String,
    targetLanguage: String, context: String? = nil
  ) -> (system: String, user: String) {
    let numbered = sentences.enumerated().map { "\($0.offset + 1). \($0.element)" }
    let glossaryLines =
      glossary.isEmpty
      ? "(none)"
      : glossary.map { "- \($0.german) → \($0.english)" }
        .joined(separator: "\n")
    let values = [
      "source_language": sourceLanguage, "target_language": targetLanguage,
      "glossary": glossaryLines, "sentences": numbered.joined(separator: "\n"),
      "count": String(sentences.count),
    ]
    guard let context, let section = self.context else {
      return (Self.fill(system, values), Self.fill(user, values))
    }
    let lead = Self.fill(section, values.merging([Self.contextVariable: context]) { $1 })
    return (Self.fill(system, values), lead + "\n\n" + Self.fill(user, values))
  }

  /// The names inside `{{...}}` in `text`, in order.
  static func placeholders(in text: String) -> [String] {
    var names: [String] = []
    var rest = text[...]
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      names.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return names
  }

  /// Replaces each known `{{name}}` with its value in one left-to-right pass.
  static func fill(_ text: String, _ values: [String: String]) -> String {
    var output = ""
    var rest = text[...]
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      output += rest[..<open.lowerBound]
      let name = String(rest[open.upperBound..<close.lowerBound])
      output += values[name] ?? "{{\(name)}}"
      rest = rest[close.upperBound...]
    }
    return output + rest
  }
}

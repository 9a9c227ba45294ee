/// One glossary line: a German name form and the English form to use.
public struct GlossaryEntry: Sendable, Equatable, Hashable {
  /// The German form as it appears in text, for example "Lawrow" or "Münchner
  /// Sicherheitskonferenz".
  public var german: String
  /// The English form, for example "Lavrov".
  public var english: String

  public init(german: String, english: String) {
    self.german = german
    self.english = english
  }
}

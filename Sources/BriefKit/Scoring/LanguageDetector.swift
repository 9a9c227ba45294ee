/// Guesses the language of a text. STUB: replaced by the scoring stage.
public enum LanguageDetector {
  /// German or English, by stop-word evidence; German when in doubt.
  public static func detect(_ text: String) -> Language { .german }
}

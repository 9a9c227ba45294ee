/// Normalises decoded text. STUB: replaced by the ingest stage.
public enum TextNormalizer {
  /// NFC, LF line breaks, NBSP as space, soft hyphens and zero-width characters removed.
  public static func normalize(_ text: String) -> String { text }
}

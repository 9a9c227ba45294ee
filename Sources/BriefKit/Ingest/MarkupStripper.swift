/// Strips inline markup from a segment for display. STUB: replaced by the ingest stage.
public enum MarkupStripper {
  /// The segment's text without markdown emphasis, with runs of whitespace as one space.
  public static func plainText(_ text: String) -> String { text }
}

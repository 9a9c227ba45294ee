/// Builds the batch digest from briefs. STUB: replaced by the rendering stage.
public enum DigestBuilder {
  /// Dated briefs ascending by date, then undated ones; ties broken by id.
  public static func digest(of briefs: [Brief]) -> Digest { Digest(briefs: briefs) }
}

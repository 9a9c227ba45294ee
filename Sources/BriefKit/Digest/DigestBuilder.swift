/// Builds the batch digest from briefs.
public enum DigestBuilder {
  /// All briefs in digest order: dated ones ascending by date, then undated ones; ties
  /// broken by id, then by source, then by input order.
  ///
  /// Dates are ISO 8601 strings and compare as text, so a partial date sorts before the full
  /// dates it contains (`2025-02` < `2025-02-15` < `2025-02-15T10:00`). An empty date counts
  /// as undated.
  public static func digest(of briefs: [Brief]) -> Digest {
    let ordered = briefs.enumerated().sorted { left, right in
      let leftDate = left.element.date.flatMap { $0.isEmpty ? nil : $0 }
      let rightDate = right.element.date.flatMap { $0.isEmpty ? nil : $0 }
      switch (leftDate, rightDate) {
      case (nil, .some): return false
      case (.some, nil): return true
      case (.some(let leftValue), .some(let rightValue)) where leftValue != rightValue:
        return leftValue < rightValue
      default:
        break
      }
      if left.element.id != right.element.id { return left.element.id < right.element.id }
      if left.element.source != right.element.source {
        return left.element.source < right.element.source
      }
      return left.offset < right.offset
    }
    return Digest(briefs: ordered.map(\.element))
  }
}

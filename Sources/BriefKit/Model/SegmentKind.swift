/// What a segment of an article is.
public enum SegmentKind: String, Sendable, Codable, Hashable {
  /// A sentence of the body, lead or teaser: the only kind that may reach a brief.
  case sentence
  /// A headline, kicker or sub-heading.
  case heading
  /// Page furniture: navigation, player residue, credits, captions, consent text, metadata.
  case boilerplate
}

/// Dictionaries keyed by kind encode as keyed objects (sorted with `.sortedKeys`), not as
/// arrays in the dictionary's per-process order.
extension SegmentKind: CodingKeyRepresentable {}

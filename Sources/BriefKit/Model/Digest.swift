/// All briefs of a batch in one document, ordered by date where known.
///
/// Ordering: dated briefs ascending by date, then undated ones; ties broken by id.
public struct Digest: Sendable, Equatable {
  /// The briefs in digest order.
  public var briefs: [Brief]

  public init(briefs: [Brief]) {
    self.briefs = briefs
  }
}

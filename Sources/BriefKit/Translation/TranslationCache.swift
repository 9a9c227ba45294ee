/// A store of earlier translations, so re-runs do not pay twice.
///
/// The CLI implements it (for example with SQLite); the engine asks before batching and stores what
/// it translated.
///
/// Implementations handle their own failures: a lookup that fails returns no hits, a store
/// that fails is dropped.
public protocol TranslationCache: Sendable {
  /// The cached translations for those `keys` that have one.
  func lookup(_ keys: [CacheKey]) -> [CacheKey: String]
  /// Remembers translations.
  func store(_ entries: [CacheKey: String])
}

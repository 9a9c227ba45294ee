import Foundation

/// Time as the engine sees it, provided by the CLI (tests use a manual clock).
public protocol TranslationClock: Sendable {
  /// A monotonic reading since a fixed but arbitrary origin, for elapsed times and deadlines.
  func elapsed() -> Duration
  /// Wall-clock time, only for reading `Retry-After` HTTP-dates.
  func now() -> Date
}

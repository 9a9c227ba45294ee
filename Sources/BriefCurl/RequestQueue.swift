import BriefKit

/// Requests handed over but not yet started, ordered by the moment they become due.
///
/// Ties keep hand-over order. Pure Swift: the run loop passes the clock readings in.
struct RequestQueue {
  private struct Entry {
    var due: ContinuousClock.Instant
    var request: ScheduledRequest
  }

  private var entries: [Entry] = []

  /// True when nothing is waiting.
  var isEmpty: Bool { entries.isEmpty }

  /// When the earliest request becomes due; nil when empty.
  var nextDue: ContinuousClock.Instant? { entries.first?.due }

  /// Adds `request`, due `request.delay` after `now` (a negative delay counts as zero).
  mutating func add(_ request: ScheduledRequest, now: ContinuousClock.Instant) {
    let due = now + max(.zero, request.delay)
    let entry = Entry(due: due, request: request)
    // After every entry due at the same moment: ties keep hand-over order.
    let index = entries.firstIndex { $0.due > due } ?? entries.endIndex
    entries.insert(entry, at: index)
  }

  /// Removes and returns the earliest request if it is due at `now`.
  mutating func popDue(now: ContinuousClock.Instant) -> ScheduledRequest? {
    guard let first = entries.first, first.due <= now else { return nil }
    return entries.removeFirst().request
  }

  /// Removes and returns the earliest request, due or not.
  mutating func popFirst() -> ScheduledRequest? {
    entries.isEmpty ? nil : entries.removeFirst().request
  }
}

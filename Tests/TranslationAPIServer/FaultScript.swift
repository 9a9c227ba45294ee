/// Which requests (by number of arrival, 0 first) get which fault; the rest are answered
/// correctly.
///
/// The first rule that covers a request wins.
public struct FaultScript: Sendable {
  /// One rule: the request numbers it covers and its fault.
  struct Rule: Sendable {
    var covers: @Sendable (Int) -> Bool
    var fault: APIFault
  }

  var rules: [Rule]

  /// No faults: every request answered correctly.
  public static let none = FaultScript(rules: [])

  /// The first `count` requests get `fault`.
  public static func first(_ count: Int, _ fault: APIFault) -> FaultScript {
    FaultScript(rules: [Rule(covers: { $0 < count }, fault: fault)])
  }

  /// Every request gets `fault`.
  public static func always(_ fault: APIFault) -> FaultScript {
    FaultScript(rules: [Rule(covers: { _ in true }, fault: fault)])
  }

  /// The requests numbered in `indices` get `fault`.
  public static func requests(_ indices: Set<Int>, _ fault: APIFault) -> FaultScript {
    FaultScript(rules: [Rule(covers: { indices.contains($0) }, fault: fault)])
  }

  /// Requests for which `covers` is true get `fault`.
  public static func when(_ covers: @escaping @Sendable (Int) -> Bool, _ fault: APIFault)
    -> FaultScript
  {
    FaultScript(rules: [Rule(covers: covers, fault: fault)])
  }

  /// This script's rules, then `other`'s.
  public func then(_ other: FaultScript) -> FaultScript {
    FaultScript(rules: rules + other.rules)
  }

  /// The fault for request number `index`, if any.
  public func fault(forRequest index: Int) -> APIFault? {
    rules.first { $0.covers(index) }?.fault
  }
}

/// A delay added to every reply: `base` plus a deterministic share of `jitter` that varies
/// with the request number, so concurrent replies finish out of order.
public struct ReplyLatency: Sendable {
  /// Added to every reply.
  public var base: Duration
  /// Up to this much more, by request number.
  public var jitter: Duration

  public init(base: Duration = .zero, jitter: Duration = .zero) {
    self.base = base
    self.jitter = jitter
  }

  /// No delay.
  public static let none = ReplyLatency()

  /// The delay for request number `index`: the share of `jitter` is a hash of `index` in
  /// steps of a tenth.
  public func delay(forRequest index: Int) -> Duration {
    let share = (index &* 7919 &+ 13) % 10
    return base + jitter * Double(share) / 10
  }
}

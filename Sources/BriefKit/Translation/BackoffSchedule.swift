import Foundation

/// How long to wait before each retry when the server names no delay: a nominal delay that
/// grows geometrically, jittered within a band around it (never from zero, so every wait is
/// at least `1 - jitterBelow` of its nominal value and the waits grow).
///
/// Each provider has its own (`TranslationProvider.backoff`), after its documented rules.
public struct BackoffSchedule: Sendable, Equatable {
  /// The nominal delay before the first retry.
  public var initial: Duration
  /// The factor from one nominal delay to the next (at least 1).
  public var multiplier: Double
  /// The longest nominal delay.
  public var maximum: Duration
  /// How far a delay may fall below its nominal value, as a fraction (0.23: 23 %).
  public var jitterBelow: Double
  /// How far a delay may rise above its nominal value, as a fraction.
  public var jitterAbove: Double

  public init(
    initial: Duration, multiplier: Double, maximum: Duration, jitterBelow: Double,
    jitterAbove: Double
  ) {
    self.initial = initial
    self.multiplier = max(1, multiplier)
    self.maximum = maximum
    self.jitterBelow = min(max(0, jitterBelow), 1)
    self.jitterAbove = max(0, jitterAbove)
  }

  /// DeepL's official client (deepl-python `_BackoffTimer`): 1 s, × 1.6 per retry, ± 23 %,
  /// at most 120 s; five retries wait about 16 s in all.
  public static let deepL = BackoffSchedule(
    initial: .seconds(1), multiplier: 1.6, maximum: .seconds(120), jitterBelow: 0.23,
    jitterAbove: 0.23)

  /// OpenAI's official client (openai-python `_calculate_retry_timeout`): 0.5 s, doubling, at
  /// most 8 s, up to 25 % shorter.
  public static let openAI = BackoffSchedule(
    initial: .milliseconds(500), multiplier: 2, maximum: .seconds(8), jitterBelow: 0.25,
    jitterAbove: 0)

  /// For servers that document none (LibreTranslate): 1 s, doubling, at most 30 s, ± 25 %.
  public static let standard = BackoffSchedule(
    initial: .seconds(1), multiplier: 2, maximum: .seconds(30), jitterBelow: 0.25,
    jitterAbove: 0.25)

  /// The nominal delay before retry number `retry` (1-based): `initial * multiplier^(retry-1)`,
  /// at most `maximum`.
  public func nominal(retry: Int) -> Duration {
    let exponent = Double(max(0, min(retry - 1, 60)))
    let seconds = min(initial.inSeconds * pow(multiplier, exponent), maximum.inSeconds)
    return .milliseconds(Int64((seconds * 1000).rounded()))
  }

  /// The delay before retry number `retry`: its nominal value, with `jittered` a uniform
  /// draw from `1 - jitterBelow` to `1 + jitterAbove` times it (one `next()` of `random`).
  public func delay(
    retry: Int, jittered: Bool, using random: inout some RandomNumberGenerator
  ) -> Duration {
    let nominal = nominal(retry: retry).inSeconds
    guard jittered, jitterBelow + jitterAbove > 0 else {
      return .milliseconds(Int64((nominal * 1000).rounded()))
    }
    // One draw, scaled: `Double.random(in:using:)` rejects some draws and asks again, which
    // never ends with a source that repeats a rejected value.
    let unit = Double(random.next() >> 11) * 0x1p-53
    let factor = (1 - jitterBelow) + unit * (jitterBelow + jitterAbove)
    return .milliseconds(Int64((nominal * factor * 1000).rounded()))
  }
}

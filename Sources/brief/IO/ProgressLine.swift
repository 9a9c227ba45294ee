import ArgumentParser
import Foundation

/// When to show the progress line.
enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
  /// Only when standard error is a terminal.
  case auto
  /// Always (e.g. into a log that is tailed).
  case always
  /// Never.
  case never
}

/// A one-line progress display on standard error: done/total, rate, ETA, failures.
///
/// Redrawn in place (carriage return) at most `interval` apart when standard error is a
/// terminal; as plain lines every `interval` × 50 otherwise (`--progress always` into a log).
final class ProgressLine {
  /// Least time between two redraws on a terminal.
  static let interval: Duration = .milliseconds(200)

  private let enabled: Bool
  private let terminal: Bool
  private let clock = ContinuousClock()
  /// The phase last shown (nil before the first), and when it was first shown (the first
  /// phase: when the run started).
  private var phase: String?
  private var phaseStarted: ContinuousClock.Instant
  private var lastDrawn: ContinuousClock.Instant?
  private var drewInPlace = false
  /// Articles expected in all, when known.
  var total: Int?

  init(mode: ProgressMode, quiet: Bool) {
    terminal = isatty(STDERR_FILENO) == 1
    switch mode {
    case .never: enabled = false
    case .always: enabled = !quiet
    case .auto: enabled = !quiet && terminal
    }
    phaseStarted = clock.now
  }

  /// Shows `done` `unit`s (of `count`, else of `total`) and `failed` failures in `phase`.
  ///
  /// Not drawn when drawn too recently, unless `force`. The rate and the ETA count from the
  /// first update of the phase.
  func update(
    phase: String, done: Int, failed: Int, force: Bool = false, of count: Int? = nil,
    unit: String = "articles"
  ) {
    guard enabled else { return }
    let now = clock.now
    if let shown = self.phase, shown != phase { phaseStarted = now }
    self.phase = phase
    let gap = terminal ? Self.interval : Self.interval * 50
    if !force, let lastDrawn, now - lastDrawn < gap { return }
    lastDrawn = now
    let elapsed = seconds(now - phaseStarted)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    var line = "\(phase): \(done)"
    if let total = count ?? total, total > 0 {
      line += "/\(total) \(unit)"
      if rate > 0, done < total {
        line += ", ETA \(Self.clockTime(Double(total - done) / rate))"
      }
    } else {
      line += " \(unit)"
    }
    line += String(format: ", %.0f/s", rate)
    if failed > 0 { line += ", \(failed) failed" }
    if terminal {
      StandardStream.writeError(Array(("\r\u{1B}[K" + line).utf8))
      drewInPlace = true
    } else {
      StandardStream.writeError(Array(("brief: " + line + "\n").utf8))
    }
  }

  /// Clears the line so that the next message starts on a clean line.
  func finish() {
    guard enabled, drewInPlace else { return }
    StandardStream.writeError(Array("\r\u{1B}[K".utf8))
    drewInPlace = false
  }

  private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// `m:ss` or `h:mm:ss`.
  static func clockTime(_ seconds: Double) -> String {
    // Capped (at over 31 years) and NaN read as zero, so no estimate can overflow an Int.
    let whole = Int(seconds.isNaN ? 0 : min(max(seconds, 0), 1e9).rounded())
    let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, rest)
      : String(format: "%d:%02d", minutes, rest)
  }
}

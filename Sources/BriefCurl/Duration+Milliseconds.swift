extension Duration {
  /// The duration in whole milliseconds, rounded up; 0 for negative durations, saturating at
  /// `Int.max` (libcurl's `_MS` options).
  var roundedUpMilliseconds: Int {
    let (seconds, attoseconds) = components
    guard seconds >= 0, attoseconds >= 0 else { return 0 }
    let perMillisecond: Int64 = 1_000_000_000_000_000
    let fraction = (attoseconds + perMillisecond - 1) / perMillisecond
    let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1000)
    let (total, overflow2) = whole.addingReportingOverflow(fraction)
    guard !overflow, !overflow2 else { return Int.max }
    return Int(clamping: total)
  }

  /// The duration in whole seconds, rounded up, at least 1 (libcurl's second-based options).
  var roundedUpSeconds: Int {
    let milliseconds = roundedUpMilliseconds
    return max(1, milliseconds / 1000 + (milliseconds % 1000 == 0 ? 0 : 1))
  }
}

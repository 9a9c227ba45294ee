import ArgumentParser

/// The exit statuses of `brief`, documented in the README.
enum ExitStatus: Int32 {
  /// Everything asked for was done.
  case success = 0
  /// Some inputs could not be read or processed; every other output was written.
  case inputsFailed = 1
  /// Translation was degraded (quota, repeated failures); German briefs were written.
  case translationDegraded = 3
  /// Usage or configuration error; nothing was done.
  case usage = 64
  /// Output could not be written (disk full, permissions).
  case outputFailed = 74
  /// Another run holds the output folder's lock; nothing was done (`EX_TEMPFAIL`: try again).
  case busy = 75

  var exitCode: ExitCode { ExitCode(rawValue) }
}

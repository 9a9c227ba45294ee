import Foundation

/// Writing whole byte buffers to a file descriptor with `write(2)`: partial writes are
/// continued and `EINTR` retried, and a failure is returned as its `errno`, never trapped.
///
/// Foundation's `FileHandle.write(_:)` traps (`try!`) when a write fails, so a closed or full
/// standard output crashed `brief`; every write to standard output and standard error goes
/// through here instead.
enum StandardStream {
  /// Opens `/dev/null` on each of descriptors 0, 1 and 2 that is closed (`brief >&-`).
  ///
  /// So no file the run opens takes its number: diagnostics never land in a brief, nor a
  /// brief's text in an input. Standard input and output are opened write-only and read-only, so
  /// reading or writing them still fails (`EBADF`) and is reported; standard error is opened
  /// for writing, its messages lost as with a closed descriptor.
  static func reserveStandardDescriptors() {
    let modes = [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)]
    for (descriptor, mode) in modes where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      let opened = open("/dev/null", mode)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Whether `SIGPIPE` had its default action when the process started (before
  /// `ignoreBrokenPipes()`).
  nonisolated(unsafe) private static var brokenPipeKilled = true

  /// Ignores `SIGPIPE`, so that a reader of standard error going away cannot kill a run.
  ///
  /// A batch whose log reader dies (`2>&1 | head`) would otherwise end halfway and lose its
  /// outputs; writes to standard error now fail with `EPIPE`, which is ignored. Standard output keeps the convention of
  /// the process as started (`outputFailed(_:)`).
  static func ignoreBrokenPipes() {
    let previous = signal(SIGPIPE, SIG_IGN)
    brokenPipeKilled = unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_DFL, to: Int.self)
  }

  /// Writes every byte of `bytes` to `descriptor`; returns nil when all were written, else the
  /// `errno` of the failed write.
  static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard var next = bytes.baseAddress else { return nil }
    var left = bytes.count
    while left > 0 {
      let written = Foundation.write(descriptor, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      // write(2) returns 0 only for a zero count; treat it as a full device all the same
      // rather than loop for ever.
      guard written > 0 else { return ENOSPC }
      next += written
      left -= written
    }
    return nil
  }

  /// Writes `bytes` to standard output; when that fails, ends the run (see
  /// `outputFailed(_:)`).
  static func writeOut(_ bytes: some Collection<UInt8>) {
    let failure =
      bytes.withContiguousStorageIfAvailable {
        write(UnsafeRawBufferPointer($0), to: STDOUT_FILENO)
      }
      ?? Array(bytes).withUnsafeBytes { write($0, to: STDOUT_FILENO) }
    if let failure { outputFailed(failure) }
  }

  /// Writes `bytes` to standard error; a failure is ignored (there is nowhere left to report
  /// it, and diagnostics must never end a run).
  static func writeError(_ bytes: some Collection<UInt8>) {
    _ =
      bytes.withContiguousStorageIfAvailable {
        write(UnsafeRawBufferPointer($0), to: STDERR_FILENO)
      }
      ?? Array(bytes).withUnsafeBytes { write($0, to: STDERR_FILENO) }
  }

  /// Ends the run after a failed write to standard output, with status 74.
  ///
  /// The write failed because standard output is closed, a full device, or a reader that went
  /// away while `SIGPIPE` is ignored; one line says so on standard error, when it still works.
  /// Nothing more can reach the reader, so going on would only waste work. A reader that went
  /// away from a process started with `SIGPIPE` at its default action ends it by that signal,
  /// silently, as it would have without `ignoreBrokenPipes()` (`brief split big.txt | head`).
  static func outputFailed(_ code: Int32) -> Never {
    if code == EPIPE, brokenPipeKilled {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
    }
    writeError(Array("brief: \(message(forWriteError: code))\n".utf8))
    exit(ExitStatus.outputFailed.rawValue)
  }

  /// The line reported for a failed write to standard output with `errno` `code`.
  static func message(forWriteError code: Int32) -> String {
    "standard output: write error (\(String(cString: strerror(code))))"
  }
}

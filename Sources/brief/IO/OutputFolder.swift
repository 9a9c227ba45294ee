import Foundation

/// An output folder claimed by one run: created if needed, locked against every other `brief`
/// run writing into it, and found writable, before anything is read.
///
/// The lock is an exclusive `flock` on `DIR/.brief-lock`, held until the process ends: the
/// kernel releases it when the process exits or is killed (even by `kill -9`), so a killed run
/// never leaves a folder locked. The file itself stays; only the lock on it counts.
final class OutputFolder {
  /// The lock file's name in the folder.
  static let lockName = ".brief-lock"

  /// Why a folder cannot be claimed.
  enum Refusal: Error, Equatable {
    /// Another run holds the folder's lock (its process id, when it could be read).
    case busy(folder: String, holder: Int32?)
    /// The folder (or one it must hold) cannot be created or written.
    case notWritable(CLIError)

    /// One line for standard error.
    var message: String {
      switch self {
      case .busy(let folder, let holder):
        let who = holder.map { "another brief run (pid \($0))" } ?? "another brief run"
        return "\(Printable.name(folder)): \(who) is writing to this folder; nothing done, "
          + "try again when it has finished"
      case .notWritable(let error): return error.description
      }
    }

    /// The exit status the run ends with.
    var status: ExitStatus {
      switch self {
      case .busy: .busy
      case .notWritable: .outputFailed
      }
    }
  }

  /// The folder's path as given.
  let path: String
  /// The open lock file; closing it releases the lock.
  private let descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Claims `path`: creates it and its `subfolders`, takes its lock without waiting, and checks
  /// that a file can be created in each of them (a read-only or full file system is found here,
  /// once, not once per file written).
  static func claim(_ path: String, subfolders: [String] = []) throws(Refusal) -> OutputFolder {
    do throws(CLIError) {
      try FileIO.makeFolder(path)
    } catch {
      throw .notWritable(error)
    }
    let lockPath = path + "/" + lockName
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .notWritable(FileIO.writeError(lockPath)) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      let error = FileIO.writeError(lockPath)
      let holder = busy ? Self.holder(descriptor) : nil
      close(descriptor)
      throw busy ? .busy(folder: path, holder: holder) : .notWritable(error)
    }
    let folder = OutputFolder(path: path, descriptor: descriptor)
    folder.recordHolder()
    do throws(CLIError) {
      for subfolder in subfolders { try FileIO.makeFolder(path + "/" + subfolder) }
      for folder in [path] + subfolders.map({ path + "/" + $0 }) {
        try FileIO.checkWritable(folder)
      }
    } catch {
      throw .notWritable(error)
    }
    return folder
  }

  /// Writes this process's id into the lock file, for the message of a run refused.
  private func recordHolder() {
    let text = Array("\(getpid())\n".utf8)
    guard ftruncate(descriptor, 0) == 0 else { return }
    _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// The process id written in the lock file open as `descriptor`, if it holds one.
  private static func holder(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmed)
  }
}

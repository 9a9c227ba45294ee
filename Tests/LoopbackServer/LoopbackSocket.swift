#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin POSIX socket calls for the loopback server: IPv4 on 127.0.0.1 only, every wait
/// bounded by a short poll so a stopping server is noticed within `pollInterval`.
enum LoopbackSocket {
  /// How long a single wait lasts before the caller re-checks whether the server is stopping.
  static let pollIntervalMilliseconds: Int32 = 20

  /// Why a socket call failed: the call and `errno`.
  struct Failure: Error, CustomStringConvertible {
    /// The failing call, such as `bind`.
    var call: String
    /// The `errno` right after it.
    var code: Int32
    /// `"bind: errno 98"`.
    var description: String { "\(call): errno \(code)" }
  }

  /// A listening socket bound to 127.0.0.1 on an ephemeral port, and that port.
  static func makeListener() throws(Failure) -> (fd: Int32, port: UInt16) {
    let fd = try boundSocket()
    guard listen(fd, 64) == 0 else {
      let failure = Failure(call: "listen", code: errno)
      close(fd)
      throw failure
    }
    do {
      return (fd, try port(of: fd))
    } catch {
      close(fd)
      throw error
    }
  }

  /// A port on 127.0.0.1 nothing listens on (bound, read, then released).
  static func unusedPort() throws(Failure) -> UInt16 {
    let fd = try boundSocket()
    defer { close(fd) }
    return try port(of: fd)
  }

  /// Waits up to one poll interval for `events` on `fd`: true if ready (or in error, so the
  /// next call reports it), false on timeout.
  static func wait(_ fd: Int32, for events: Int16) -> Bool {
    var descriptor = pollfd(fd: fd, events: events, revents: 0)
    return poll(&descriptor, 1, pollIntervalMilliseconds) != 0
  }

  /// Sends without raising SIGPIPE when the peer has gone; returns bytes sent or -1.
  static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    #if canImport(Glibc)
      return Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
    #else
      return Darwin.send(fd, bytes.baseAddress, bytes.count, 0)
    #endif
  }

  /// Closes `fd` with an RST instead of a FIN (SO_LINGER on, timeout 0).
  static func closeAbruptly(_ fd: Int32) {
    var linger = linger(l_onoff: 1, l_linger: 0)
    _ = setsockopt(
      fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout.size(ofValue: linger)))
    close(fd)
  }

  private static func boundSocket() throws(Failure) -> Int32 {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw Failure(call: "socket", code: errno) }
    var yes: Int32 = 1
    _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      let failure = Failure(call: "bind", code: errno)
      close(fd)
      throw failure
    }
    return fd
  }

  private static func port(of fd: Int32) throws(Failure) -> UInt16 {
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let result = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard result == 0 else { throw Failure(call: "getsockname", code: errno) }
    return UInt16(bigEndian: address.sin_port)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One accepted connection of a `LoopbackServer`, served on its own thread: reads requests
/// (keep-alive), asks the server for replies, writes them or performs their faults.
struct LoopbackConnection {
  /// Largest request head accepted, in bytes.
  private static let maximumHeadBytes = 64 * 1024

  private let fd: Int32
  private let id: Int
  private let server: LoopbackServer
  private var buffer: [UInt8] = []
  private var closed = false

  /// A connection over the accepted socket `fd`, which it closes when done.
  init(fd: Int32, id: Int, server: LoopbackServer) {
    self.fd = fd
    self.id = id
    self.server = server
  }

  /// Serves requests until the client closes, a reply closes, or the server stops.
  mutating func serve() {
    defer { if !closed { close(fd) } }
    while let (request, reply) = readRequest() {
      let keepOpen = answer(request, with: reply)
      server.finishReply()
      guard keepOpen, !closed else { return }
    }
  }

  /// Reads one complete request and gets its reply; nil when the connection is over.
  private mutating func readRequest() -> (LoopbackServer.RecordedRequest, LoopbackServer.Reply)? {
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    var headEnd: Int?
    while headEnd == nil {
      headEnd = buffer.firstRange(of: separator)?.lowerBound
      if headEnd == nil {
        guard buffer.count < Self.maximumHeadBytes, readMore() else { return nil }
      }
    }
    guard let headEnd else { return nil }
    let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + separator.count)

    var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
    let requestLine = lines.removeFirst().split(separator: " ").map(String.init)
    guard requestLine.count == 3 else { return nil }
    let headers = lines.compactMap { line -> (name: String, value: String)? in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
      return (String(line[..<colon]), String(value))
    }
    func field(_ name: String) -> String? {
      headers.last { $0.name.lowercased() == name }?.value.lowercased()
    }
    guard field("transfer-encoding") == nil else { return nil }  // chunked: not supported
    let length = Int(field("content-length") ?? "0") ?? 0
    if length > buffer.count, field("expect") == "100-continue" {
      // The interim response carries a marker header so clients can be checked to drop it.
      let interim = "HTTP/1.1 100 Continue\r\nX-Interim: 100\r\n\r\n"
      guard sendAll(Array(interim.utf8)) else { return nil }
    }
    while buffer.count < length {
      guard readMore() else { return nil }
    }
    let body = Array(buffer.prefix(length))
    buffer.removeFirst(length)
    return server.receive(
      connectionID: id, method: requestLine[0], path: requestLine[1], headers: headers, body: body)
  }

  /// Performs `reply`; false when the connection must close afterwards.
  private mutating func answer(
    _ request: LoopbackServer.RecordedRequest, with reply: LoopbackServer.Reply
  ) -> Bool {
    guard sleep(reply.delay) else { return false }
    let closing = request.header("connection")?.lowercased() == "close"
    let head = reply.head(closing: closing)
    switch reply.fault {
    case nil:
      guard sendAll(head + reply.body) else { return false }
    case .trickle(let interval):
      for byte in head + reply.body {
        guard sendAll([byte]), sleep(interval) else { return false }
      }
    case .hang:
      while readMore() {}
      return false
    case .reset:
      _ = sendAll(head + reply.body.prefix(reply.body.count / 2))
      LoopbackSocket.closeAbruptly(fd)
      closed = true
      return false
    case .closeWithoutResponse:
      return false
    }
    return !closing && reply.sendsContentLength
  }

  /// Appends whatever arrives next; false on end of stream, error, or server stop.
  private mutating func readMore() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while !server.isStopping {
      guard LoopbackSocket.wait(fd, for: Int16(POLLIN)) else { continue }
      let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count > 0 {
        buffer.append(contentsOf: chunk.prefix(count))
        return true
      }
      if count < 0, errno == EINTR || errno == EAGAIN { continue }
      return false
    }
    return false
  }

  /// Sends every byte; false if the peer is gone or the server stops.
  private func sendAll(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      guard !server.isStopping else { return false }
      guard LoopbackSocket.wait(fd, for: Int16(POLLOUT)) else { continue }
      let sent = bytes[offset...].withUnsafeBytes { LoopbackSocket.send(fd, $0) }
      if sent > 0 {
        offset += sent
      } else if sent < 0, errno == EINTR || errno == EAGAIN {
        continue
      } else {
        return false
      }
    }
    return true
  }

  /// Sleeps for `duration` in short slices; false if the server stops meanwhile.
  private func sleep(_ duration: Duration) -> Bool {
    let deadline = ContinuousClock.now + duration
    while ContinuousClock.now < deadline {
      guard !server.isStopping else { return false }
      let slice = min(deadline - ContinuousClock.now, .milliseconds(10))
      usleep(UInt32(max(0, slice.components.attoseconds / 1_000_000_000_000)))
    }
    return !server.isStopping
  }
}

import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for tests: POSIX sockets, one thread per connection,
/// keep-alive, `Content-Length` bodies and `Expect: 100-continue`.
///
/// Every request is recorded (with its connection) before `route` answers it with a scripted
/// `Reply`, which may be delayed or faulty. Every wait is bounded: `stop()` ends all threads
/// within a fraction of a second (the threads keep the server alive until then, so call it;
/// `withLoopbackServer` does). Depends on nothing but the
/// system and Foundation; shared by the test targets (`LoopbackServer` target).
public final class LoopbackServer: Sendable {
  /// Decides the reply to each request.
  public typealias Route = @Sendable (RecordedRequest) -> Reply

  private struct State {
    public var requests: [RecordedRequest] = []
    var connections = 0
    var inFlight = 0
    var maxInFlight = 0
    var stopping = false
  }

  /// The ephemeral port the server listens on.
  public let port: UInt16
  private let route: Route
  private let state = Mutex(State())
  private let threads = DispatchGroup()

  /// Starts listening on 127.0.0.1 and accepting connections on a background thread.
  public init(route: @escaping Route) throws {
    let (listener, port) = try LoopbackSocket.makeListener()
    self.port = port
    self.route = route
    threads.enter()
    Thread { [self] in
      acceptLoop(listener)
      threads.leave()
    }.start()
  }

  /// `http://127.0.0.1:<port><path>`.
  public func url(_ path: String = "/") -> String {
    "http://127.0.0.1:\(port)\(path)"
  }

  /// Every request received so far, in order of arrival.
  public var requests: [RecordedRequest] { state.withLock { $0.requests } }

  /// How many connections have been accepted.
  public var connectionCount: Int { state.withLock { $0.connections } }

  /// The most requests that were being answered at the same moment (received, reply not yet
  /// completely sent).
  public var maxConcurrentRequests: Int { state.withLock { $0.maxInFlight } }

  /// True once `stop()` has begun.
  var isStopping: Bool { state.withLock { $0.stopping } }

  /// Stops accepting, ends every connection (hung and delayed ones too), waits for the threads.
  ///
  /// Waits up to 2 seconds for all server threads to finish. Idempotent.
  public func stop() {
    state.withLock { $0.stopping = true }
    _ = threads.wait(timeout: .now() + 2)
  }

  /// A port on 127.0.0.1 that nothing listens on, for connection-refused tests.
  public static func unusedPort() throws -> UInt16 {
    try LoopbackSocket.unusedPort()
  }

  private func acceptLoop(_ listener: Int32) {
    defer { close(listener) }
    while !isStopping {
      guard LoopbackSocket.wait(listener, for: Int16(POLLIN)) else { continue }
      let client = accept(listener, nil, nil)
      guard client >= 0 else { continue }
      let id = state.withLock { state in
        defer { state.connections += 1 }
        return state.connections
      }
      threads.enter()
      Thread { [self] in
        var connection = LoopbackConnection(fd: client, id: id, server: self)
        connection.serve()
        threads.leave()
      }.start()
    }
  }

  /// Records a complete request, counts it in flight, and returns the route's reply.
  func receive(
    connectionID: Int, method: String, path: String, headers: [(name: String, value: String)],
    body: [UInt8]
  ) -> (RecordedRequest, Reply) {
    let request = state.withLock { state in
      let request = RecordedRequest(
        index: state.requests.count, connectionID: connectionID, method: method, path: path,
        headers: headers, body: body, receivedAt: .now)
      state.requests.append(request)
      state.inFlight += 1
      state.maxInFlight = max(state.maxInFlight, state.inFlight)
      return request
    }
    return (request, route(request))
  }

  /// Marks a reply as finished (sent, or abandoned by a fault).
  func finishReply() {
    state.withLock { $0.inFlight -= 1 }
  }
}

/// Runs `body` with a started server and always stops it afterwards.
public func withLoopbackServer<T>(
  _ route: @escaping LoopbackServer.Route, _ body: (LoopbackServer) throws -> T
) throws -> T {
  let server = try LoopbackServer(route: route)
  defer { server.stop() }
  return try body(server)
}

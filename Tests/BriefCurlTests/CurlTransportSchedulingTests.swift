import BriefCurl
import BriefKit
import Dispatch
import LoopbackServer
import Testing

/// Concurrency limits, connection reuse, delays and follow-ups.
@Suite struct CurlTransportSchedulingTests {
  private static func requests(_ count: Int, _ server: LoopbackServer) -> [ScheduledRequest] {
    (0..<count).map {
      ScheduledRequest(id: $0, request: HTTPRequest(url: server.url("/item/\($0)")))
    }
  }

  @Test func `no more than the configured number of requests are in flight at once`() throws {
    let slow = LoopbackServer.Reply.text("ok").delayed(by: .milliseconds(100))
    try withLoopbackServer({ _ in slow }) { server in
      var outcomes: [Int: Result<HTTPResponse, TransportError>] = [:]
      let elapsed = ContinuousClock().measure {
        outcomes = CurlTransportHarness.run(
          Self.requests(8, server),
          configuration: CurlTransportHarness.configuration(concurrency: 4))
      }
      #expect(outcomes.count == 8)
      #expect(outcomes.values.allSatisfy { $0.response?.status == 200 })
      #expect(server.requests.count == 8)
      #expect(server.maxConcurrentRequests <= 4)
      #expect(server.maxConcurrentRequests >= 2)
      #expect(elapsed >= .milliseconds(200))
      #expect(elapsed < .milliseconds(1500))
    }
  }

  @Test func `sequential requests reuse one connection`() throws {
    try withLoopbackServer({ _ in .text("ok") }) { server in
      let outcomes = CurlTransportHarness.run(
        Self.requests(5, server), configuration: CurlTransportHarness.configuration(concurrency: 1))
      #expect(outcomes.values.allSatisfy { $0.response?.status == 200 })
      #expect(server.requests.count == 5)
      #expect(server.connectionCount == 1)
      #expect(Set(server.requests.map(\.connectionID)).count == 1)
    }
  }

  @Test func `concurrent requests open fewer connections than requests`() throws {
    let slow = LoopbackServer.Reply.text("ok").delayed(by: .milliseconds(20))
    try withLoopbackServer({ _ in slow }) { server in
      let outcomes = CurlTransportHarness.run(Self.requests(16, server))
      #expect(outcomes.count == 16)
      #expect(server.requests.count == 16)
      #expect(server.connectionCount <= 4)
    }
  }

  @Test func `a request with a delay starts no earlier than its delay`() throws {
    try withLoopbackServer({ _ in .text("ok") }) { server in
      let start = ContinuousClock.now
      let delayed = ScheduledRequest(
        id: 1, request: HTTPRequest(url: server.url("/late")), delay: .milliseconds(200))
      let outcomes = CurlTransportHarness.run([delayed])
      #expect(outcomes[1]?.response?.status == 200)
      let received = try #require(server.requests.first)
      #expect(received.receivedAt - start >= .milliseconds(200))
    }
  }

  @Test func `a follow-up with a delay starts no earlier than its delay after hand-over`() throws {
    try withLoopbackServer({ _ in .text("ok") }) { server in
      var handedOver: ContinuousClock.Instant?
      let first = ScheduledRequest(id: 1, request: HTTPRequest(url: server.url("/first")))
      CurlTransport(configuration: CurlTransportHarness.configuration()).run([first]) {
        request, _ in
        guard request.id == 1 else { return [] }
        handedOver = .now
        return [
          ScheduledRequest(
            id: 2, request: HTTPRequest(url: server.url("/second")), delay: .milliseconds(200))
        ]
      }
      let requests = server.requests
      try #require(requests.count == 2)
      let handOver = try #require(handedOver)
      #expect(requests[1].path == "/second")
      #expect(requests[1].receivedAt - handOver >= .milliseconds(200))
    }
  }

  @Test func `a retry returned by the handler after a 503 succeeds with exactly two requests`()
    throws
  {
    try withLoopbackServer({ request in
      request.index == 0
        ? .json(#"{"message":"busy"}"#, status: 503).with(headers: [("Retry-After", "0")])
        : .json(#"{"ok":true}"#)
    }) { server in
      var statuses: [Int] = []
      let initial = ScheduledRequest(id: 7, request: HTTPRequest(url: server.url("/v2/translate")))
      CurlTransport(configuration: CurlTransportHarness.configuration()).run([initial]) {
        request, outcome in
        let status = outcome.response?.status ?? -1
        statuses.append(status)
        return status == 503
          ? [ScheduledRequest(id: request.id, request: request.request, delay: .milliseconds(50))]
          : []
      }
      #expect(statuses == [503, 200])
      #expect(server.requests.count == 2)
    }
  }

  @Test func `fifty requests all complete with their own ids`() throws {
    try withLoopbackServer({ request in .text(request.path) }) { server in
      let outcomes = CurlTransportHarness.run(Self.requests(50, server))
      #expect(outcomes.count == 50)
      for id in 0..<50 {
        let body = outcomes[id]?.response.map { String(decoding: $0.body, as: UTF8.self) }
        #expect(body == "/item/\(id)")
      }
      #expect(server.requests.count == 50)
    }
  }

  @Test func `runs on several threads at once are independent`() throws {
    try withLoopbackServer({ request in .text(request.path) }) { server in
      let transport = CurlTransport(configuration: CurlTransportHarness.configuration())
      let counts = LineCollector()
      DispatchQueue.concurrentPerform(iterations: 3) { run in
        var completed = 0
        let requests = (0..<10).map {
          ScheduledRequest(id: $0, request: HTTPRequest(url: server.url("/run/\(run)/\($0)")))
        }
        transport.run(requests) { request, outcome in
          let body = outcome.response.map { String(decoding: $0.body, as: UTF8.self) }
          if body == "/run/\(run)/\(request.id)" { completed += 1 }
          return []
        }
        counts.append("\(completed)")
      }
      #expect(counts.lines == ["10", "10", "10"])
      #expect(server.requests.count == 30)
    }
  }
}

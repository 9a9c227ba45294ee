import BriefCurl
import BriefKit
import LoopbackServer
import Testing

/// Misbehaving servers end in the right `TransportError`, within the configured limits.
@Suite struct CurlTransportFaultTests {
  @Test func `a trickling server fails as too slow within the low-speed time`() throws {
    var configuration = CurlTransportHarness.configuration(requestTimeout: .seconds(4))
    configuration.lowSpeedLimit = 1000
    configuration.lowSpeedTime = .seconds(1)
    let trickle = LoopbackServer.Reply.trickle(byteCount: 400, interval: .milliseconds(50))
    try withLoopbackServer({ _ in trickle }) { server in
      var outcome: Result<HTTPResponse, TransportError>?
      let elapsed = ContinuousClock().measure {
        outcome = CurlTransportHarness.run(
          HTTPRequest(url: server.url()), configuration: configuration)
      }
      let failure = try #require(outcome?.failure)
      #expect(failure == .tooSlow)
      #expect(elapsed < .seconds(3))
    }
  }

  @Test func `by default only the request timeout bounds a request, with no low-speed check`()
    throws
  {
    #expect(CurlTransport.Configuration().lowSpeedTime == nil)
    // Silent until the answer is ready, as a non-streaming chat server is.
    let silent = LoopbackServer.Reply.json("{}").delayed(by: .milliseconds(1500))
    try withLoopbackServer({ _ in silent }) { server in
      var configuration = CurlTransportHarness.configuration(requestTimeout: .seconds(20))
      configuration.lowSpeedTime = CurlTransport.Configuration().lowSpeedTime
      let outcome = CurlTransportHarness.run(
        HTTPRequest(url: server.url()), configuration: configuration)
      #expect((try? outcome?.get())?.status == 200)
    }
  }

  @Test func `a request's time limit shortens the request timeout`() throws {
    let configuration = CurlTransportHarness.configuration(requestTimeout: .seconds(30))
    try withLoopbackServer({ _ in .hang }) { server in
      var outcomes: [Int: Result<HTTPResponse, TransportError>] = [:]
      let elapsed = ContinuousClock().measure {
        outcomes = CurlTransportHarness.run(
          [
            ScheduledRequest(
              id: 0, request: HTTPRequest(url: server.url()), timeLimit: .milliseconds(300))
          ], configuration: configuration)
      }
      #expect(outcomes[0]?.failure == .timedOut)
      #expect(elapsed < .seconds(10))
    }
  }

  @Test func `a hung server times out within the request timeout`() throws {
    let configuration = CurlTransportHarness.configuration(requestTimeout: .milliseconds(500))
    try withLoopbackServer({ _ in .hang }) { server in
      var outcome: Result<HTTPResponse, TransportError>?
      let elapsed = ContinuousClock().measure {
        outcome = CurlTransportHarness.run(
          HTTPRequest(url: server.url()), configuration: configuration)
      }
      #expect(outcome?.failure == .timedOut)
      #expect(elapsed >= .milliseconds(450))
      #expect(elapsed < .seconds(2))
      #expect(server.requests.count == 1)
    }
  }

  @Test func `a connection reset mid-response is a connection reset`() throws {
    try withLoopbackServer({ _ in .reset }) { server in
      let failure = try #require(CurlTransportHarness.run(HTTPRequest(url: server.url()))?.failure)
      guard case .connectionReset = failure else {
        Issue.record("expected .connectionReset, got \(failure)")
        return
      }
      #expect(failure.isRetryable)
    }
  }

  @Test func `a connection closed without a response is a connection reset`() throws {
    try withLoopbackServer({ _ in .closeWithoutResponse }) { server in
      let failure = try #require(CurlTransportHarness.run(HTTPRequest(url: server.url()))?.failure)
      guard case .connectionReset = failure else {
        Issue.record("expected .connectionReset, got \(failure)")
        return
      }
    }
  }

  @Test func `a closed port is a failed connection`() throws {
    let port = try LoopbackServer.unusedPort()
    let outcome = CurlTransportHarness.run(HTTPRequest(url: "http://127.0.0.1:\(port)/"))
    let failure = try #require(outcome?.failure)
    guard case .connectionFailed = failure else {
      Issue.record("expected .connectionFailed, got \(failure)")
      return
    }
  }

  @Test(arguments: [true, false])
  func `a body larger than maxResponseBytes fails cleanly`(sendsContentLength: Bool) throws {
    var configuration = CurlTransportHarness.configuration()
    configuration.maxResponseBytes = 1024
    try withLoopbackServer({ _ in
      var reply = LoopbackServer.Reply(body: Array(repeating: 0x41, count: 64 * 1024))
      reply.sendsContentLength = sendsContentLength
      return reply
    }) { server in
      let outcome = CurlTransportHarness.run(
        HTTPRequest(url: server.url()), configuration: configuration)
      let failure = try #require(outcome?.failure)
      guard case .other(let code, let message) = failure else {
        Issue.record("expected .other, got \(failure)")
        return
      }
      #expect(code == 63)
      #expect(message.contains("maxResponseBytes"))
    }
  }

  @Test func `a body of exactly maxResponseBytes is accepted`() throws {
    var configuration = CurlTransportHarness.configuration()
    configuration.maxResponseBytes = 1024
    let exact = LoopbackServer.Reply(body: Array(repeating: 0x41, count: 1024))
    try withLoopbackServer({ _ in exact }) { server in
      let outcome = CurlTransportHarness.run(
        HTTPRequest(url: server.url()), configuration: configuration)
      #expect(outcome?.response?.body.count == 1024)
    }
  }
}

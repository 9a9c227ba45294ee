import BriefCurl
import BriefKit
import LoopbackServer
import Testing

/// Responses of every kind arrive intact: bodies, headers, error statuses.
@Suite struct CurlTransportResponseTests {
  @Test func `a JSON POST round-trips body and headers with umlauts intact`() throws {
    let json = #"{"text":["Grüße aus Köln – Straße, Übermaß"],"target_lang":"EN-GB"}"#
    try withLoopbackServer({ request in
      .json(request.text).with(headers: [("X-Echo-Method", request.method)])
    }) { server in
      let request = HTTPRequest(
        url: server.url("/v2/translate"),
        headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("X-Trace", "ä")],
        body: Array(json.utf8))
      let response = try #require(CurlTransportHarness.run(request)?.response)
      #expect(response.status == 200)
      #expect(String(decoding: response.body, as: UTF8.self) == json)
      #expect(response.headers["content-type"] == "application/json")
      #expect(response.headers["x-echo-method"] == "POST")
      let received = try #require(server.requests.first)
      #expect(received.method == "POST")
      #expect(received.path == "/v2/translate")
      #expect(received.text == json)
      #expect(received.header("Content-Type") == "application/json")
      #expect(received.header("X-Trace") == "ä")
    }
  }

  @Test(arguments: [400, 401, 403, 404, 413, 429, 456, 500, 503])
  func `an error status is a response, not a transport error`(status: Int) throws {
    try withLoopbackServer({ _ in
      .json(#"{"message":"no"}"#, status: status).with(headers: [("Retry-After", "7")])
    }) { server in
      let outcome = CurlTransportHarness.run(HTTPRequest(url: server.url()))
      let response = try #require(outcome?.response)
      #expect(response.status == status)
      #expect(response.headers["retry-after"] == "7")
      #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"no"}"#)
    }
  }

  @Test func `an empty error body arrives as an empty body`() throws {
    try withLoopbackServer({ _ in LoopbackServer.Reply(status: 500) }) { server in
      let response = try #require(
        CurlTransportHarness.run(HTTPRequest(url: server.url()))?.response)
      #expect(response.status == 500)
      #expect(response.body.isEmpty)
    }
  }

  @Test func `an HTML error page arrives unchanged`() throws {
    let html = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    try withLoopbackServer({ _ in .text(html, status: 502, contentType: "text/html") }) { server in
      let response = try #require(
        CurlTransportHarness.run(HTTPRequest(url: server.url()))?.response)
      #expect(response.status == 502)
      #expect(response.headers["content-type"] == "text/html")
      #expect(String(decoding: response.body, as: UTF8.self) == html)
    }
  }

  @Test func `after 100 Continue only the final response's headers are kept`() throws {
    let body = Array(repeating: UInt8(ascii: "a"), count: 200_000)
    try withLoopbackServer({ request in .text("\(request.body.count)") }) { server in
      let request = HTTPRequest(
        url: server.url("/upload"), headers: [HTTPHeader("Expect", "100-continue")], body: body)
      let response = try #require(CurlTransportHarness.run(request)?.response)
      #expect(response.status == 200)
      #expect(String(decoding: response.body, as: UTF8.self) == "200000")
      #expect(server.requests.first?.header("Expect") == "100-continue")
      #expect(server.requests.first?.body == body)
      #expect(response.headers["x-interim"] == nil)
      #expect(response.headers["content-type"] == "text/plain; charset=utf-8")
      #expect(response.headers.keys.allSatisfy { $0 == $0.lowercased() })
    }
  }

  @Test func `a GET sends no body and the User-Agent names Brief and libcurl`() throws {
    try withLoopbackServer({ _ in .text("ok") }) { server in
      let request = HTTPRequest(method: "GET", url: server.url("/languages?type=target"))
      let response = try #require(CurlTransportHarness.run(request)?.response)
      #expect(response.status == 200)
      let received = try #require(server.requests.first)
      #expect(received.method == "GET")
      #expect(received.path == "/languages?type=target")
      #expect(received.body.isEmpty)
      let agent = try #require(received.header("User-Agent"))
      #expect(agent.hasPrefix("Brief/"))
      #expect(agent.contains("libcurl/"))
    }
  }

  @Test func `a header value with a line break is rejected before anything is sent`() throws {
    try withLoopbackServer({ _ in .text("ok") }) { server in
      let request = HTTPRequest(
        url: server.url(), headers: [HTTPHeader("X-Evil", "a\r\nX-Injected: 1")])
      let failure = try #require(CurlTransportHarness.run(request)?.failure)
      guard case .other(_, let message) = failure else {
        Issue.record("expected .other, got \(failure)")
        return
      }
      #expect(message.contains("X-Evil"))
      #expect(server.requests.isEmpty)
    }
  }

  @Test func `only http and https URLs are accepted`() throws {
    let failure = try #require(
      CurlTransportHarness.run(HTTPRequest(method: "GET", url: "file:///etc/passwd"))?.failure)
    guard case .other = failure else {
      Issue.record("expected .other, got \(failure)")
      return
    }
  }
}

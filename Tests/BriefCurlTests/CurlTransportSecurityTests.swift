import BriefCurl
import BriefKit
import LoopbackServer
import Testing

/// Credentials stay where they belong: no redirects followed, no secrets in the trace.
@Suite struct CurlTransportSecurityTests {
  @Test(arguments: [301, 307])
  func `a redirect to another port is refused and the other server sees nothing`(status: Int)
    throws
  {
    try withLoopbackServer({ _ in .text("stolen") }) { elsewhere in
      let target = elsewhere.url("/collect")
      try withLoopbackServer({ _ in .redirect(status, to: target) }) { server in
        let request = HTTPRequest(
          url: server.url("/v2/translate"),
          headers: [HTTPHeader("Authorization", "DeepL-Auth-Key key:fx", isSecret: true)])
        let outcome = CurlTransportHarness.run(request)
        #expect(outcome?.failure == .redirectRefused(status: status, location: target))
        #expect(server.requests.count == 1)
        #expect(elsewhere.requests.isEmpty)
        #expect(elsewhere.connectionCount == 0)
      }
    }
  }

  @Test func `secret header values never appear in the verbose trace`() throws {
    let lines = LineCollector()
    var configuration = CurlTransportHarness.configuration()
    configuration.verbose = { lines.append($0) }
    try withLoopbackServer({ request in
      // A careless server echoing the key back must not leak it through the trace either.
      .text("ok").with(headers: [("X-Echo", request.header("X-Api-Key") ?? "")])
    }) { server in
      let request = HTTPRequest(
        url: server.url("/v2/translate"),
        headers: [
          HTTPHeader("Authorization", "DeepL-Auth-Key s3cr3t-key:fx", isSecret: true),
          HTTPHeader("X-Api-Key", "another-secret-value", isSecret: true),
          HTTPHeader("X-Visible", "plain-value"),
        ],
        body: Array(#"{"text":["geheim?"]}"#.utf8))
      let response = try #require(
        CurlTransportHarness.run(request, configuration: configuration)?.response)
      #expect(response.status == 200)
      #expect(server.requests.first?.header("Authorization") == "DeepL-Auth-Key s3cr3t-key:fx")
    }
    let trace = lines.lines
    #expect(!trace.isEmpty)
    #expect(trace.allSatisfy { $0.hasPrefix("#0 ") })
    #expect(!trace.contains { $0.contains("s3cr3t") || $0.contains("another-secret-value") })
    #expect(trace.contains { $0.contains("Authorization: <redacted>") })
    #expect(trace.contains { $0.contains("X-Visible: plain-value") })
    #expect(trace.contains { $0.contains("X-Echo") && $0.contains("<redacted>") })
    #expect(!trace.contains { $0.contains("geheim") })
  }

  @Test func `a credential quoted back in a response header never reaches the trace`() throws {
    let lines = LineCollector()
    var configuration = CurlTransportHarness.configuration()
    configuration.verbose = { lines.append($0) }
    configuration.secrets = ["body-key-0042"]
    try withLoopbackServer({ _ in
      .redirect(
        302, to: "http://127.0.0.1:1/bearer-token-0042/?api_key=body-key-0042&token=other-9")
    }) { server in
      let request = HTTPRequest(
        url: server.url("/v1/chat/completions"),
        headers: [HTTPHeader("Authorization", "Bearer bearer-token-0042", isSecret: true)],
        body: Array(#"{"api_key":"body-key-0042"}"#.utf8))
      let failure = CurlTransportHarness.run(request, configuration: configuration)?.failure
      guard case .redirectRefused(302, _) = failure else {
        Issue.record("expected a refused redirect, got \(String(describing: failure))")
        return
      }
    }
    let trace = lines.lines
    #expect(trace.contains { $0.contains("Location: http://127.0.0.1:1/") })
    #expect(!trace.contains { $0.contains("bearer-token-0042") || $0.contains("body-key-0042") })
    #expect(!trace.contains { $0.contains("other-9") })
  }
}

import BriefKit
internal import CCurl

/// One transfer in flight: the request, its easy handle and header list, and what has arrived.
///
/// libcurl's callbacks reach it through userdata (`Unmanaged`, unretained); the run loop keeps
/// it alive in its table of active transfers until the transfer is done.
final class CurlTransfer {
  /// The request as the caller scheduled it.
  let scheduled: ScheduledRequest
  /// The easy handle performing it (returned to the pool afterwards).
  let easy: CurlEasyHandle
  /// Request headers; must outlive the transfer.
  let headerList: CurlHeaderList
  private let maxResponseBytes: Int
  private let redactor: TraceRedactor
  private let trace: (@Sendable (String) -> Void)?
  /// Headers of the latest response seen, lower-cased names (interim responses discarded).
  private var headers: [String: String] = [:]
  private var body: [UInt8] = []
  private var exceededLimit = false

  /// Configures `easy` (after a reset) for `scheduled` under `configuration`.
  init(
    _ scheduled: ScheduledRequest, easy: CurlEasyHandle,
    configuration: CurlTransport.Configuration
  ) throws(CurlError) {
    self.scheduled = scheduled
    self.easy = easy
    self.headerList = try CurlHeaderList(lines: Self.headerLines(scheduled.request.headers))
    self.maxResponseBytes = max(0, configuration.maxResponseBytes)
    self.redactor = TraceRedactor(
      id: scheduled.id, headers: scheduled.request.headers, secrets: configuration.secrets)
    self.trace = configuration.verbose
    try configure(configuration)
  }

  /// Records one header line; a status line (`HTTP/...`) starts a new response, so only the
  /// final response's headers remain after `100 Continue` and other interim responses.
  func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
    let line = String(decoding: bytes, as: UTF8.self)
    if line.hasPrefix("HTTP/") {
      headers = [:]
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = line[..<colon].trimmingSpaces.lowercased()
    let value = line[line.index(after: colon)...]
      .trimmingCharacters(in: ["\r", "\n", "\r\n"]).trimmingSpaces
    guard !name.isEmpty else { return }
    headers[name] = String(value)
  }

  /// Appends body bytes; false (abort the transfer) once `maxResponseBytes` would be exceeded.
  func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard body.count + bytes.count <= maxResponseBytes else {
      exceededLimit = true
      return false
    }
    body.append(contentsOf: bytes)
    return true
  }

  /// Passes one chunk of libcurl's trace, redacted, to the `verbose` hook.
  func receiveTrace(_ kind: TraceRedactor.Kind, _ bytes: UnsafeRawBufferPointer) {
    guard let trace else { return }
    for line in redactor.lines(kind, bytes) { trace(line) }
  }

  /// The outcome once libcurl reports the transfer done with `code`.
  func result(code: CURLcode) -> Result<HTTPResponse, TransportError> {
    if exceededLimit || code == CURLE_FILESIZE_EXCEEDED {
      let message = "response body exceeds maxResponseBytes (\(maxResponseBytes) bytes)"
      return .failure(CurlError(kind: .tooLarge, code: 0, message: message).transportError)
    }
    guard code == CURLE_OK else {
      return .failure(CurlError(code: code, message: easy.errorMessage).transportError)
    }
    let status: Int
    do {
      status = try easy.responseCode()
    } catch {
      return .failure(error.transportError)
    }
    if (300..<400).contains(status) {
      return .failure(.redirectRefused(status: status, location: headers["location"]))
    }
    return .success(HTTPResponse(status: status, headers: headers, body: body))
  }
}

extension Substring {
  /// The text without the given trailing characters.
  fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
    var result = self
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return result
  }
}

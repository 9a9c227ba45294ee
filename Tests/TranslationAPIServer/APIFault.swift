import Foundation

/// One way a scripted request goes wrong (or slowly right), in the wire format of the API
/// asked.
public enum APIFault: Sendable {
  /// What a 429 says about when to come back.
  public enum RetryAfter: Sendable {
    /// No header at all.
    case none
    /// `Retry-After: <seconds>`.
    case seconds(Int)
    /// `Retry-After: <HTTP-date>`, the date this many seconds after the reply.
    case date(secondsFromNow: Int)
    /// `retry-after-ms: <milliseconds>` (OpenAI's non-standard header).
    case milliseconds(Int)
    /// `retry-after-ms` and `Retry-After` together, the first should win.
    case both(milliseconds: Int, seconds: Int)
  }

  /// The correct answer, after this delay.
  case latency(Duration)
  /// 429 rate limit in the API's error format (LibreTranslate's "Slowdown", OpenAI's
  /// `rate_limit_exceeded`).
  case rateLimited(RetryAfter)
  /// Out of quota: DeepL 456, OpenAI 429 `insufficient_quota`, LibreTranslate 429 with a
  /// quota message.
  case quotaExceeded
  /// This status with the API's JSON error body (500, 503, 400, 404, ...).
  case status(Int)
  /// This status with an HTML page from a proxy in front of the API.
  case htmlError(Int)
  /// This status with an empty body.
  case emptyBody(Int)
  /// 200 with a body that is not JSON.
  case malformedJSON
  /// 200 with the correct body cut in half.
  case truncatedJSON
  /// 200 with `delta` translations more (positive) or fewer (negative) than texts sent.
  case wrongCount(delta: Int)
  /// 413 with nginx's HTML page.
  case tooLarge
  /// Chat: 200 with `finish_reason: "length"` and the content cut off; other APIs: as
  /// `truncatedJSON`.
  case cutOff
  /// The correct answer, one byte per interval.
  case trickle(Duration)
  /// Read the request, never answer.
  case hang
  /// Send half the response, then reset the connection.
  case reset
  /// Close the connection without a response.
  case closeWithoutResponse
  /// A redirect with this status to `location`.
  case redirect(Int, to: String)

  /// True for faults delivered on the correct answer (it still translates).
  var modifiesSuccess: Bool {
    switch self {
    case .latency, .malformedJSON, .truncatedJSON, .wrongCount, .cutOff, .trickle: true
    default: false
    }
  }
}

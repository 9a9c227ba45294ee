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
  /// 200 with every translation replaced by its source text, unchanged (German echoed back).
  case echo
  /// Chat: 200 whose message content has this other shape (the translations are correct).
  case chatContent(ChatContent)

  /// Shapes of a chat answer other than the keyed object the prompt asks for.
  public enum ChatContent: Sendable {
    /// A plain JSON array, in sentence order but without numbers.
    case unnumberedArray
    /// A plain JSON array in reverse sentence order, without numbers.
    case reversedArray
    /// An array of `"N. text"` strings, last sentence first.
    case numberedItemsReversed
    /// The keyed object with its members last sentence first.
    case keyedReversed
    /// A `<think>` block quoting another array, then the keyed object.
    case reasoningFirst
    /// The keyed object, fenced, after a line of prose.
    case fencedAfterProse
    /// Two different keyed objects: the translations reversed, then in order.
    case twoAnswers
    /// The keyed object with sentence 1's number given twice and sentence 2's not at all.
    case repeatedNumber
    /// The keyed object with these texts as the translations of sentences 1, 2, ... (as many
    /// as given).
    case keyedValues([String])
    /// This content, as it is.
    case raw(String)
  }

  /// True for faults delivered on the correct answer (it still translates).
  var modifiesSuccess: Bool {
    switch self {
    case .latency, .malformedJSON, .truncatedJSON, .wrongCount, .cutOff, .trickle, .echo,
      .chatContent:
      true
    default: false
    }
  }
}

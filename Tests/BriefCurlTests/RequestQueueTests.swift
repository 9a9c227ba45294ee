import BriefKit
import Testing

@testable import BriefCurl

/// The pure scheduling pieces behind the run loop: the delay queue and duration rounding.
@Suite struct RequestQueueTests {
  private static func scheduled(_ id: Int, delay: Duration = .zero) -> ScheduledRequest {
    ScheduledRequest(id: id, request: HTTPRequest(url: "http://127.0.0.1/"), delay: delay)
  }

  @Test func `requests leave the queue by due time, ties in hand-over order`() {
    var queue = RequestQueue()
    let now = ContinuousClock.now
    queue.add(Self.scheduled(1, delay: .milliseconds(30)), now: now)
    queue.add(Self.scheduled(2), now: now)
    queue.add(Self.scheduled(3), now: now)
    queue.add(Self.scheduled(4, delay: .milliseconds(10)), now: now)
    #expect(queue.popDue(now: now)?.id == 2)
    #expect(queue.popDue(now: now)?.id == 3)
    #expect(queue.popDue(now: now) == nil)
    #expect(queue.nextDue == now + .milliseconds(10))
    #expect(queue.popDue(now: now + .milliseconds(50))?.id == 4)
    #expect(queue.popFirst()?.id == 1)
    #expect(queue.isEmpty)
  }

  @Test func `a negative delay counts as none`() {
    var queue = RequestQueue()
    let now = ContinuousClock.now
    queue.add(Self.scheduled(1, delay: .milliseconds(-5)), now: now)
    #expect(queue.popDue(now: now)?.id == 1)
  }

  @Test func `durations round up to whole milliseconds and seconds for libcurl`() {
    #expect(Duration.microseconds(1500).roundedUpMilliseconds == 2)
    #expect(Duration.seconds(10).roundedUpMilliseconds == 10_000)
    #expect(Duration.milliseconds(-3).roundedUpMilliseconds == 0)
    #expect(Duration.milliseconds(1).roundedUpSeconds == 1)
    #expect(Duration.milliseconds(1001).roundedUpSeconds == 2)
    #expect(Duration.seconds(15).roundedUpSeconds == 15)
  }
}

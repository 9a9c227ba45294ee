import BriefKit
internal import CCurl

/// The event loop of one `CurlTransport.run` call: one multi handle, a pool of easy handles,
/// a queue of requests waiting for their delay, all on the calling thread.
///
/// Invariants: at most `concurrency` transfers are active; every request handed over (initial
/// or follow-up) reaches `handler` exactly once; `run` returns only when nothing is active or
/// queued. If the multi handle itself fails, every remaining request fails with that error.
struct CurlMultiLoop {
  /// The longest single wait, in milliseconds, so the loop re-checks its state regularly.
  private static let maximumWaitMilliseconds = 1000

  private let configuration: CurlTransport.Configuration
  private let clock = ContinuousClock()
  private var queue = RequestQueue()
  private var idle: [CurlEasyHandle] = []
  private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
  /// Set once the multi handle failed (or could not be made): everything left fails with it.
  private var failure: CurlError?

  /// A loop for one `run` call.
  init(configuration: CurlTransport.Configuration) {
    self.configuration = configuration
  }

  private var concurrency: Int { max(1, configuration.concurrency) }

  /// Runs `initial` and all follow-ups to completion.
  mutating func run(
    _ initial: [ScheduledRequest],
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    enqueue(initial)
    var multi: CurlMultiHandle?
    do {
      try CurlGlobal.ensureInitialized()
      multi = try CurlMultiHandle(maxConnections: concurrency)
    } catch {
      failure = error
    }
    while !queue.isEmpty || !active.isEmpty {
      guard let multi, failure == nil else { break }
      startDueRequests(multi, handler: handler)
      do {
        try multi.perform()
        let completions = multi.completions()
        for completion in completions {
          try finish(completion, multi, handler: handler)
        }
        if completions.isEmpty {
          try multi.poll(milliseconds: try waitMilliseconds(multi))
        }
      } catch {
        failure = error
        abandonActive(multi, handler: handler)
      }
    }
    drainQueue(handler: handler)
  }

  private mutating func enqueue(_ requests: [ScheduledRequest]) {
    let now = clock.now
    for request in requests { queue.add(request, now: now) }
  }

  /// Starts due requests while there is room; one that cannot start fails on its own.
  private mutating func startDueRequests(
    _ multi: CurlMultiHandle,
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    while active.count < concurrency, let next = queue.popDue(now: clock.now) {
      do throws(CurlError) {
        let easy = try acquireHandle()
        do throws(CurlError) {
          let transfer = try CurlTransfer(next, easy: easy, configuration: configuration)
          try multi.add(easy)
          active[easy.raw] = transfer
        } catch {
          idle.append(easy)
          throw error
        }
      } catch {
        enqueue(handler(next, .failure(error.transportError)))
      }
    }
  }

  /// An idle handle from the pool (keeps its connection-cache ties), or a new one.
  private mutating func acquireHandle() throws(CurlError) -> CurlEasyHandle {
    if let reused = idle.popLast() { return reused }
    return try CurlEasyHandle()
  }

  /// Detaches a finished transfer, returns its handle to the pool and reports its outcome.
  private mutating func finish(
    _ completion: CurlMultiHandle.Completion, _ multi: CurlMultiHandle,
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) throws(CurlError) {
    guard let transfer = active.removeValue(forKey: completion.easy) else { return }
    let result = transfer.result(code: completion.code)
    var removalError: CurlError?
    do {
      try multi.remove(transfer.easy)
      idle.append(transfer.easy)
    } catch {
      removalError = error
    }
    enqueue(handler(transfer.scheduled, result))
    if let removalError { throw removalError }
  }

  /// How long to wait: libcurl's own timer, and the next queued request's due time when there
  /// is room to start it; capped at `maximumWaitMilliseconds`.
  private func waitMilliseconds(_ multi: CurlMultiHandle) throws(CurlError) -> Int {
    var wait = Self.maximumWaitMilliseconds
    if let curlTimeout = try multi.timeoutMilliseconds() {
      wait = min(wait, curlTimeout)
    }
    if active.count < concurrency, let due = queue.nextDue {
      wait = min(wait, (due - clock.now).roundedUpMilliseconds)
    }
    return wait
  }

  /// After a multi failure: every active transfer fails with it.
  private mutating func abandonActive(
    _ multi: CurlMultiHandle,
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    let error = failure ?? CurlError(kind: .other, code: -1, message: "multi handle failed")
    let abandoned = active.values.sorted { $0.scheduled.id < $1.scheduled.id }
    active.removeAll()
    for transfer in abandoned {
      // Best effort: the multi handle is already broken, its answer changes nothing here.
      _ = try? multi.remove(transfer.easy)
      enqueue(handler(transfer.scheduled, .failure(error.transportError)))
    }
  }

  /// After a multi failure: every queued request (and follow-up) fails with it, at once.
  private mutating func drainQueue(
    handler: (ScheduledRequest, Result<HTTPResponse, TransportError>) -> [ScheduledRequest]
  ) {
    guard let failure else { return }
    while let next = queue.popFirst() {
      enqueue(handler(next, .failure(failure.transportError)))
    }
  }
}

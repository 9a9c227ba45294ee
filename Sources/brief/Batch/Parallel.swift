import Dispatch

/// Data-parallel helpers for the CPU stages.
enum Parallel {
  /// `items.map(transform)` computed on all cores; keeps order.
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> R
  ) -> [R] {
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    // Each iteration writes only its own slot, so the writes never race.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      slots[index] = transform(items[index])
    }
    return results.compactMap { $0 }
  }
}

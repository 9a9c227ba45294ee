import Foundation
import Testing

@testable import brief

struct FileIOTests {
  static func formatted(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  @Test func `the UTC day by arithmetic is the formatter's day`() {
    var seconds = -86_400.0 * 3
    while seconds < 86_400.0 * 365.25 * 140 {
      for offset in [0.0, 0.5, 43_200, 86_399.75] {
        let date = Date(timeIntervalSince1970: seconds + offset)
        #expect(FileIO.utcDay(of: date) == Self.formatted(date), "\(seconds + offset)")
      }
      seconds += 86_400 * 29 + 3_600 * 7
    }
    for days in [2_932_895.0, 2_932_896, 2_932_897, 2_932_898] {
      let date = Date(timeIntervalSince1970: days * 86_400 + 10)
      #expect(FileIO.utcDay(of: date) == Self.formatted(date), "\(days)")
    }
  }
}

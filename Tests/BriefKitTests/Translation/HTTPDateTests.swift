import Foundation
import Testing

@testable import BriefKit

@Suite struct HTTPDateTests {
  /// RFC 9110's own example instant, 1994-11-06 08:49:37 GMT.
  let example = Date(timeIntervalSince1970: 784_111_777)

  @Test(arguments: [
    "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
    "sun, 06 nov 1994 08:49:37 gmt", "  Sun,   06 Nov 1994 08:49:37 UTC ",
  ])
  func `the three forms of RFC 9110 give the same instant`(text: String) {
    #expect(HTTPDate.parse(text) == example)
  }

  @Test func `leap days, two-digit years and the end of the range`() {
    #expect(
      HTTPDate.parse("Thu, 29 Feb 2024 00:00:00 GMT")
        == Date(timeIntervalSince1970: 1_709_164_800))
    #expect(
      HTTPDate.parse("Thursday, 01-Jan-70 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
    #expect(
      HTTPDate.parse("Tuesday, 01-Jan-69 00:00:00 GMT")
        == Date(timeIntervalSince1970: 3_124_224_000))
    #expect(
      HTTPDate.parse("Fri, 31 Dec 9999 23:59:59 GMT")
        == Date(timeIntervalSince1970: 253_402_300_799))
  }

  @Test(arguments: [
    "", "120", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 29 Feb 2023 08:49:37 GMT",
    "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 6 Nov 1994 08:49:37 GMT",
    "Xyz, 06 Nov 1994 08:49:37 GMT",
    "Sun 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 06 Nov +994 08:49:37 GMT",
    "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov 6 08:49:37 94", "Sun Nov 6 8:49:37 1994",
  ])
  func `anything else is not a date`(text: String) {
    #expect(HTTPDate.parse(text) == nil)
  }
}

import Testing

@testable import BriefKit

struct ByteWordSetTests {
  @Test func `lookups ignore case, also for umlauts`() {
    let set = ByteWordSet(["bzw", "Über", "z.B"])
    #expect(set.contains("BZW"))
    #expect(set.contains("über"))
    #expect(set.contains("ÜBER"))
    #expect(set.contains("Z.b"))
    #expect(!set.contains("bz"))
    #expect(!set.contains(""))
  }

  @Test func `a slice of a larger buffer is looked up without copying`() {
    let set = ByteWordSet(["Nr"])
    let bytes = Array("siehe Nr. 5".utf8)
    #expect(set.contains(bytes, 6..<8))
    #expect(!set.contains(bytes, 6..<9))
  }
}

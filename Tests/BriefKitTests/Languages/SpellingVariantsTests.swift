import Testing

@testable import BriefKit

struct SpellingVariantsTests {
  @Test(arguments: [
    ("lawrow", "lavrov"), ("sergej", "sergey"), ("rjabkow", "riabkow"), ("riad", "riyadh"),
    ("selenskyj", "zelensky"), ("tschernihiw", "chernihiv"), ("schoigu", "shoigu"),
    ("nato", "nato"), ("peskow", "peskov"), ("uschakow", "ushakov"),
  ])
  func `variants of one name fold together`(german: String, english: String) {
    #expect(SpellingVariants.fold(german) == SpellingVariants.fold(english))
  }

  @Test(arguments: [("rubio", "lawrow"), ("moskau", "washington"), ("krieg", "kreml")])
  func `different names stay apart`(a: String, b: String) {
    #expect(SpellingVariants.fold(a) != SpellingVariants.fold(b))
  }
}

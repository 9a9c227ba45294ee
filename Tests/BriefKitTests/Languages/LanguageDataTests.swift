import Testing

@testable import BriefKit

struct LanguageDataTests {
  @Test(arguments: Language.allCases)
  func `every language has tables`(language: Language) {
    let data = LanguageData.forLanguage(language)
    #expect(data.abbreviations.count > 20)
    #expect(data.sentenceStarters.count > 20)
    #expect(data.continuationWords.count > 10)
    #expect(!data.boilerplate.prefixes.isEmpty)
  }

  @Test func `German starters hold articles and pronouns but no month names`() {
    let starters = LanguageData.german.sentenceStarters
    #expect(starters.contains("Die") && starters.contains("Er") && starters.contains("Dort"))
    #expect(!starters.contains("Januar") && !starters.contains("Minute"))
  }

  @Test func `only German writes ordinals with a period`() {
    #expect(LanguageData.german.hasOrdinalPeriod)
    #expect(!LanguageData.english.hasOrdinalPeriod)
  }
}

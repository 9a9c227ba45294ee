import Testing

@testable import BriefKit

/// A number of the sentence must be in its translation with its whole value, in any accepted
/// form.
@Suite struct TranslationNumberCheckTests {
  @Test(arguments: [
    ("Die Inflation stieg auf 3,5 Prozent.", "Inflation rose to 3.5 percent."),
    ("Der Umsatz lag bei 1.234,5 Millionen Euro.", "Turnover was 1,234.5 million euros."),
    ("Am 24.02.2022 begann der Krieg.", "The war began on 24 February 2022."),
    ("Am 24.02.2022 begann der Krieg.", "The war began on February 24, 2022."),
    ("Am 24.02.2022 begann der Krieg.", "The war began on 24/02/2022."),
    ("Das Treffen beginnt um 14.30 Uhr.", "The meeting starts at 2.30 pm."),
    ("Das Treffen beginnt um 14:30 Uhr.", "The meeting starts at 14:30."),
    ("Das Treffen beginnt um 15 Uhr.", "The meeting starts at 3 pm."),
    ("In den 90er-Jahren wuchs die Stadt.", "The city grew in the 1990s."),
    ("Es kamen 3 Gäste.", "Three guests came."),
    ("Es kamen 1.000.000 Menschen.", "A million people came."),
    ("Es kamen 1.000.000 Menschen.", "1 million people came."),
    ("Es kamen 40.000 Menschen.", "40,000 people came."),
    ("Es kamen 40.000 Menschen.", "40 thousand people came."),
    ("Es kamen 1,2 Millionen Menschen.", "1.2 million people came."),
    ("Es kamen 1,2 Millionen Menschen.", "1,200,000 people came."),
    ("Es kamen 2 Millionen Menschen.", "Two million people came."),
    ("Zum 2. Mal fand das Fest statt.", "The festival took place for the second time."),
    ("Bayern gewann 2:1.", "Bayern won 2-1."),
  ])
  func `a number in an accepted form is accounted for`(source: String, translation: String) {
    #expect(TranslationChecks.unaccountedNumbers(source: source, translation: translation) == [])
  }

  @Test(arguments: [
    ("Die Inflation stieg auf 3,5 Prozent.", "Inflation rose to 3 percent.", "3,5"),
    ("Die Inflation stieg auf 3,5 Prozent.", "Inflation rose to 5 percent.", "3,5"),
    ("Die Inflation stieg auf 3,5 Prozent.", "Inflation rose to 35 percent.", "3,5"),
    ("Es kamen 40.000 Menschen.", "40 people came.", "40.000"),
    ("Es kamen 40.000 Menschen.", "4,000 people came.", "40.000"),
    ("Es gibt 1.200 neue Windräder.", "There are 1.2 new wind turbines.", "1.200"),
    ("Am 24.02.2022 begann der Krieg.", "The war began on 2 March 1999.", "24.02.2022"),
    ("Am 24.02.2022 begann der Krieg.", "The war began on 24 March 2022.", "24.02.2022"),
    ("Es kostet 1.234,56 Euro.", "It costs 1 euro.", "1.234,56"),
    ("Es kostet 1.234,56 Euro.", "It costs 56 euros.", "1.234,56"),
    ("Es kamen 17 Menschen.", "5 people came.", "17"),
    ("Das Treffen beginnt um 14.30 Uhr.", "The meeting starts at 2 pm.", "14.30"),
  ])
  func `a number with another value is unaccounted for`(
    source: String, translation: String, number: String
  ) {
    #expect(
      TranslationChecks.unaccountedNumbers(source: source, translation: translation) == [number])
  }

  @Test func `values are compared exactly, not as floating point`() {
    #expect(
      ExactNumber(integer: "1", fraction: "2").scaled(by: 6) == ExactNumber(integer: "1200000"))
    #expect(
      ExactNumber(integer: "0040", fraction: "500") == ExactNumber(integer: "405").scaled(by: -1))
    #expect(ExactNumber(integer: "000") == ExactNumber(integer: "0").scaled(by: 9))
  }
}

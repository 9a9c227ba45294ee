import Testing

@testable import BriefKit

/// The residue of an embedded tweet (its text up to its `pic.twitter.com` or `t.co` link,
/// hashtags and the `— Name (@handle) date` line) is boilerplate, never glued into a sentence.
struct BoilerplateTweetTests {
  @Test func `a tweet flattened into running text is split off as boilerplate`() throws {
    let text = """
      Forscher haben erstmals Heliumplasma erzeugt. Erstes Plasma: Fusionsanlage Wendelstein 7-X \
      in Betrieb gegangen https://t.co/QH1bJFIB6F (js) #W7X pic.twitter.com/ZNXgs0HgKt Es war \
      eine Generalprobe für 2016 folgende Versuche.
      """
    let segments = kinded(text)
    try #require(segments.map(\.0) == [.sentence, .boilerplate, .sentence])
    #expect(
      segments[1].1 == "Erstes Plasma: Fusionsanlage Wendelstein 7-X in Betrieb gegangen "
        + "https://t.co/QH1bJFIB6F (js) #W7X pic.twitter.com/ZNXgs0HgKt")
    #expect(segments[2].1 == "Es war eine Generalprobe für 2016 folgende Versuche.")
  }

  @Test(arguments: [
    // Hashtags after the link belong to the tweet.
    (
      "Boateng reagiert gelassen https://t.co/Gt1mhQHoji #AfD #Boateng",
      "Der Verteidiger betonte das im Interview."
    ),
    // A tweet's own full stop: the link still closes it.
    (
      "Thanks for the messages. pic.twitter.com/SGB8NEssCF",
      "Mittlerweile postete er ein Selfie."
    ),
    // A signature after the link.
    (
      "I cant think of a better choice than Harriet Tubman: https://t.co/YcsZC4ZrKg -H",
      "1849 sollen Araminta und zwei ihrer Brüder verkauft werden."
    ),
    // The embed's attribution line, flattened.
    (
      "Erstes Plasma in Wendelstein 7-X pic.twitter.com/ZNXgs0HgKt — IPP (@IPP_Garching) "
        + "December 10, 2015",
      "Es war eine Generalprobe."
    ),
    (
      "Wir schaffen das pic.twitter.com/abcDEF123 — Regierungssprecher (@RegSprecher) "
        + "10. Dezember 2015",
      "Die Kanzlerin reiste ab."
    ),
  ])
  func `the tweet ends at its link, hashtags, signature or attribution`(
    tweet: String, sentence: String
  ) {
    let segments = kinded("Die Reaktionen kamen rasch. \(tweet) \(sentence)")
    #expect(segments.map(\.1).last == sentence)
    #expect(segments.map(\.0).last == .sentence)
    #expect(segments.map(\.0).dropLast().last == .boilerplate)
    #expect(segments.map(\.1).dropLast().last.map { tweet.hasSuffix($0) } == true)
  }

  @Test func `the sentence before a tweet whose text opens in lower case stays a sentence`() {
    let text = """
      Er hat es in einem Tweet auf den Punkt gebracht. apples 2015 lineup is looking great \
      pic.twitter.com/302S7jstSp So gab es auch Kritik am Design.
      """
    #expect(
      kinded(text).map(\.1) == [
        "Er hat es in einem Tweet auf den Punkt gebracht.",
        "apples 2015 lineup is looking great pic.twitter.com/302S7jstSp",
        "So gab es auch Kritik am Design.",
      ])
    #expect(kinded(text).map(\.0) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: ["#Greece #vouli", "#softwarefail"])
  func `a tweet's hashtags left before a sentence are split off`(tags: String) {
    let segments = kinded("Was geschieht nach dem Referendum? \(tags) Der Ausgang ist ungewiss.")
    #expect(
      segments.map(\.1) == [
        "Was geschieht nach dem Referendum?", tags, "Der Ausgang ist ungewiss.",
      ])
    #expect(segments.map(\.0) == [.sentence, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "#MeToo ist eine Bewegung gegen sexuelle Gewalt.",
    "Unter dem Schlagwort #CheersBDB posteten Feiernde Bilder.",
    "Laut @GOettingerEU wird die Kommission im Dezember entscheiden.",
  ])
  func `a hashtag or handle in a sentence leaves it whole`(sentence: String) {
    #expect(kinded(sentence).map(\.0) == [.sentence])
  }

  @Test func `an embedded tweet on lines of its own is boilerplate, its attribution too`() {
    let text = """
      Forscher haben erstmals Heliumplasma erzeugt.

      Erstes Plasma: Fusionsanlage Wendelstein 7-X in Betrieb gegangen pic.twitter.com/ZNXgs0HgKt
      — IPP (@IPP_Garching) December 10, 2015

      Es war eine Generalprobe.
      """
    #expect(kinded(text).map(\.0) == [.sentence, .boilerplate, .boilerplate, .sentence])
  }

  @Test(arguments: [
    "Der Link https://t.co/QH1bJFIB6F führt zu einem Video der Polizei.",
    "Er schrieb auf twitter.com/merkel am Montag, dass er kommt.",
    "Fotos zeigt pic.twitter.com/ZNXgs0HgKt, wie der Damm bricht.",
  ])
  func `a tweet link inside a sentence leaves it whole`(sentence: String) {
    #expect(kinded(sentence).map(\.0) == [.sentence])
  }
}

@testable import BriefKit

/// Digests built by hand for renderer tests.
enum DigestFixtures {
  /// Two stories: one with two dated events (the first dated by its file alone, the second with
  /// two sources), one undated.
  static func twoStories() -> Digest {
    Digest(
      stories: [
        Digest.Story(
          title: "Rubio trifft Lawrow",
          events: [
            Digest.Event(
              date: "2025-02-15", dateFromFile: true, sources: ["002_call"],
              sentences: [
                .init(
                  text: "Lawrow und Rubio haben am Samstag telefoniert.",
                  translation: "Lavrov and Rubio spoke by phone on Saturday.",
                  sources: ["002_call"])
              ]),
            Digest.Event(
              date: "2025-07-10", sources: ["000_rubio", "001_rubio"],
              sentences: [
                .init(
                  text: "Rubio traf Lawrow in Kuala Lumpur.",
                  translation: "Rubio met Lavrov in Kuala Lumpur.",
                  sources: ["000_rubio", "001_rubio"]),
                .init(
                  text: "Russland präsentierte eine neue Idee.", translation: nil,
                  sources: ["001_rubio"], note: "rejected: it is still German"),
              ]),
          ]),
        Digest.Story(
          title: "Wetter",
          events: [
            Digest.Event(
              date: nil, sources: ["wetter"],
              sentences: [
                .init(text: "In Graz regnete es am Abend.", translation: nil, sources: ["wetter"])
              ])
          ]),
      ],
      articleCount: 3, translationNote: "no translator configured")
  }
}

import BriefKit
import Foundation
import Testing
import TranslationAPIServer

/// Answers that are no translation of their sentence are dropped, whatever the provider; chat
/// answers are cleaned of a model's wrapping and checked against the glossary names.
@Suite(.timeLimit(.minutes(1))) struct AnswerCheckTests {
  /// German sentences with words English has too ("will", "also", "an").
  static let sharedWords = [
    "Die Regierung will neue Windräder bauen.", "Die Firma will in Berlin investieren.",
    "Man will also sparen.", "Er will die Wahl gewinnen.",
  ]

  private func translate(
    _ api: TranslationAPI, _ sentences: [String], fault: APIFault
  ) throws -> TranslationOutcome {
    try withTranslationAPIServer(.init(key: EngineHarness.key, faults: .always(fault))) {
      server in
      try EngineHarness.engine(api, server: server).translate(sentences)
    }
  }

  @Test(arguments: TranslationAPI.allCases)
  func `German sent back with words English has too is rejected`(api: TranslationAPI) throws {
    let outcome = try translate(api, Self.sharedWords, fault: .echo)
    #expect(outcome.translations == [nil, nil, nil, nil])
    #expect(outcome.accounting.failures == 4)
    #expect(
      outcome.errors.allSatisfy {
        if case .translationRejected(_, _, let reason) = $0 {
          reason == "it is the German sentence unchanged"
        } else {
          false
        }
      })
  }

  @Test func `a chat model's preamble, note, emphasis and line breaks are taken off`() throws {
    let sentences = [
      "Der Zug hält heute in Hamburg.", "Lawrow reiste nach Genf.", "Es regnet in Berlin.",
      "Die Firma baut in Kiel.",
    ]
    let values = [
      "The train stops in Hamburg today.\nNote: literal translation.",
      "Here is the translation: Lavrov travelled to Geneva.",
      "It is raining in Berlin. (Note: literal translation)", "**The company builds in Kiel.**",
    ]
    let outcome = try translate(.openAI, sentences, fault: .chatContent(.keyedValues(values)))
    #expect(
      outcome.translations == [
        "The train stops in Hamburg today.", "Lavrov travelled to Geneva.",
        "It is raining in Berlin.", "The company builds in Kiel.",
      ])
    #expect(outcome.degraded == nil)
  }

  @Test func `a chat answer that is only a preamble is asked again, then fails`() throws {
    try withTranslationAPIServer(
      .init(
        key: EngineHarness.key,
        faults: .always(.chatContent(.keyedValues(["Here is the translation:"]))))
    ) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server).translate([
        "Der Zug hält heute in Hamburg."
      ])
      #expect(server.requests.count == 2)
      #expect(outcome.translations == [nil])
      #expect(
        outcome.errors == [
          .invalidResponse(
            provider: "chat model m",
            reason: "a translation is nothing but a preamble or a note")
        ])
    }
  }

  @Test func `a chat answer shifted onto the wrong sentences is asked again, then dropped whole`()
    throws
  {
    let sentences = [
      "Lawrow traf Rubio am Donnerstag.", "Die beiden Minister sprachen lange.",
      "Danach reiste Lawrow nach Genf.", "Am Abend flog Rubio nach Tokio.",
    ]
    // Sentences 1 and 2 merged into answer 1, the rest moved up one, an invented last line.
    let values = [
      "Lavrov met Rubio on Thursday. The two ministers talked for a long time.",
      "Afterwards Lavrov travelled to Geneva.", "In the evening Rubio flew on to Tokyo.",
      "There he was received by the prime minister.",
    ]
    try withTranslationAPIServer(
      .init(key: EngineHarness.key, faults: .always(.chatContent(.keyedValues(values))))
    ) { server in
      let outcome = try EngineHarness.engine(.openAI, server: server).translate(sentences)
      #expect(server.requests.count == 2)
      #expect(outcome.translations == [nil, nil, nil, nil])
      #expect(outcome.accounting.failures == 4)
      #expect(
        outcome.errors == [
          .invalidResponse(
            provider: "chat model m",
            reason: "the answer is out of step with its sentences: the translation of "
              + "\"Die beiden Minister sprachen lange.\" was rejected, it has the name Lavrov, "
              + "which is not in the sentence but in another one")
        ])
    }
  }

  @Test func `a single chat translation without its sentence's name is rejected`() throws {
    let outcome = try translate(
      .openAI, ["Danach reiste Lawrow nach Genf."],
      fault: .chatContent(.keyedValues(["Afterwards Lawrence travelled to Geneva."])))
    #expect(outcome.translations == [nil])
    #expect(
      outcome.errors == [
        .translationRejected(
          provider: "chat model m", sentence: "Danach reiste Lawrow nach Genf.",
          reason: "it lacks the name Lavrov (Lawrow)")
      ])
  }

  @Test func `a chat reply with a key besides the sentence numbers says so`() throws {
    let outcome = try translate(
      .openAI, ["Der Zug hält heute in Hamburg."],
      fault: .chatContent(.raw(#"{"1": "The train stops in Hamburg today.", "note": "x"}"#)))
    #expect(
      outcome.errors == [
        .invalidResponse(
          provider: "chat model m",
          reason: "the answer has the key \"note\" besides the numbered translations")
      ])
  }
}

import Foundation
import Testing

@testable import BriefKit

/// The seed articles in `seeds/`: real, noisy web extractions.
struct SeedTests {
  /// The package root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func seed(_ prefix: String) throws -> String {
    let directory = root.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    let name = try #require(names.sorted().first { $0.hasPrefix(prefix) })
    return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  static func segments(_ prefix: String) throws -> [Segment] {
    Segmenter(language: .german).segments(in: try seed(prefix))
  }

  @Test(arguments: ["000", "001", "002", "003", "004"])
  func `every seed is segmented losslessly`(prefix: String) throws {
    let text = try Self.seed(prefix)
    expectInvariants(Segmenter(language: .german).segments(in: text), of: text)
  }

  /// Lines of the seeds that are headings or furniture.
  static let furnitureLines: Set<String> = [
    "Rubio trifft russischen Außenminister am Donnerstag", "Treffen in Malaysia",
    "Waffenlieferungen an die Ukraine", "Überraschung über Waffensperre", "Russland greift an",
    "Zweites Treffen zwischen Rubio und Lavrov", "Besuchen Sie uns auf: die-nachrichten.at",
    "Mehr News zum Krieg in der Ukraine", "Rubio übermittelt Russland Trumps Unzufriedenheit",
    "Empfehlung der Redaktion", "Moskau strebt Normalisierung bilateraler Beziehung an",
    "Trump wirkt zunehmend verärgert über Wladimir Putin", "Politik", "00:00", "Mehr Infos",
    "Treffen kommende Woche geplant Kreml kündigt weitere Gespräche mit US-Vertretern an",
    "(Foto: picture alliance/dpa/TASS)", "\"Kann die Frage noch nicht beantworten\"",
    "Quelle: ntv.de, jpe/AFP", "Newsletter", "Nicht mehr anzeigen", "Gerade lesen andere",
    "Erneute russische Angriffe", "Lesen Sie auch", "Moskau bleibt hart", "Trump unter Druck",
  ]

  @Test(arguments: ["000", "001", "002", "003", "004"])
  func `no heading or boilerplate line is glued into a sentence`(prefix: String) throws {
    for segment in try Self.segments(prefix) where segment.kind == .sentence {
      for line in segment.text.split(whereSeparator: \.isNewline) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        #expect(!Self.furnitureLines.contains(trimmed), "\(trimmed) inside \(segment.text)")
      }
    }
    for segment in try Self.segments(prefix) where Self.furnitureLines.contains(segment.text) {
      #expect(segment.kind != .sentence, "\(segment.text)")
    }
  }

  @Test func `the sentence wrapped across a blank line in seed 000 is one sentence`() throws {
    let segments = try Self.segments("000")
    let sentence = try #require(
      segments.first { $0.text.hasPrefix("Das Treffen soll in Malaysia") })
    #expect(sentence.kind == .sentence)
    #expect(sentence.text.hasSuffix("Vereinigung Südostasiatischer Nationen (ASEAN) stattfinden."))
  }

  @Test func `seed 000 has its headline, sub-headings and site plug`() throws {
    let segments = try Self.segments("000")
    #expect(
      kind(of: "Rubio trifft russischen Außenminister am Donnerstag", in: segments) == .heading)
    #expect(kind(of: "Treffen in Malaysia", in: segments) == .heading)
    #expect(kind(of: "Russland greift an", in: segments) == .heading)
    #expect(kind(of: "Besuchen Sie uns auf: die-nachrichten.at", in: segments) == .boilerplate)
  }

  @Test func `seed 001 has its teasers and agency credit as boilerplate`() throws {
    let segments = try Self.segments("001")
    #expect(kind(of: "Mehr News zum Krieg in der Ukraine", in: segments) == .boilerplate)
    #expect(kind(of: "Empfehlung der Redaktion", in: segments) == .boilerplate)
    #expect(kind(of: "(dpa/AFP/bearbeitet von ank)", in: segments) == .boilerplate)
    #expect(kind(of: "Rubio übermittelt Russland Trumps Unzufriedenheit", in: segments) == .heading)
  }

  @Test func `seed 002 has its metadata split off the first sentence`() throws {
    let segments = try Self.segments("002")
    #expect(segments.first?.text == "date 2025-02")
    #expect(segments.first?.kind == .boilerplate)
    #expect(segments.dropFirst().first?.text.hasPrefix("Der russische Außenminister") == true)
  }

  @Test func `seed 003 has its furniture as boilerplate and its headings`() throws {
    let segments = try Self.segments("003")
    for text in [
      "Politik", "00:00", "Diese Audioversion wurde künstlich generiert.", "Mehr Infos",
      "(Foto: picture alliance/dpa/TASS)", "Quelle: ntv.de, jpe/AFP", "Newsletter",
      "Nicht mehr anzeigen",
    ] {
      #expect(kind(of: text, in: segments) == .boilerplate, "\(text)")
    }
    let consent = segments.first { $0.text.hasPrefix("Ich möchte gerne Nachrichten") }
    #expect(consent?.kind == .boilerplate)
    let captions = segments.filter {
      $0.text.hasPrefix("\"Wir sind offen für Kontakte mit den Vereinigten Staaten\", sagt")
    }
    #expect(captions.count == 2)
    #expect(captions.allSatisfy { $0.kind == .boilerplate })
    #expect(kind(of: "\"Kann die Frage noch nicht beantworten\"", in: segments) == .heading)
    #expect(
      kind(
        of: "Treffen kommende Woche geplant Kreml kündigt weitere Gespräche mit US-Vertretern an",
        in: segments)
        == .heading)
  }

  @Test func `seed 004 has its teasers, sub-headings and AI disclaimer recognised`() throws {
    let segments = try Self.segments("004")
    #expect(kind(of: "Gerade lesen andere", in: segments) == .boilerplate)
    #expect(segments.filter { $0.text == "Lesen Sie auch" }.allSatisfy { $0.kind == .boilerplate })
    #expect(kind(of: "Erneute russische Angriffe", in: segments) == .heading)
    #expect(kind(of: "Moskau bleibt hart", in: segments) == .heading)
    #expect(segments.last?.kind == .boilerplate)
    #expect(segments.last?.text.hasPrefix("Dieser Artikel wurde von") == true)
  }
}

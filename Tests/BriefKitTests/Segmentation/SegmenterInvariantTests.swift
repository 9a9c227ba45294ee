import Foundation
import Testing

@testable import BriefKit

/// The `Segment` invariants hold on any input, and time stays linear.
struct SegmenterInvariantTests {
  @Test(arguments: [
    "", " ", "\n\n\t  \n", ".", "...", "!?!?", "„“", "(", ")", "•", "1.", "a.", ". . .",
    "Er kam.\r\nSie ging.", "\u{00A0}Er kam.\u{00A0}", "e\u{0301}. Ü. Ä.", "🇩🇪. 👍🏽 Gut.",
    "\"", "[3]", "** **", "date", "date 2025", "(dpa)", "00:00", "1.\n2.\n3.",
  ])
  func `odd inputs keep the invariants`(text: String) {
    for language in Language.allCases {
      expectInvariants(Segmenter(language: language).segments(in: text), of: text)
    }
  }

  @Test func `empty and blank texts give no segments`() {
    #expect(Segmenter(language: .german).segments(in: "").isEmpty)
    #expect(Segmenter(language: .german).segments(in: " \n\t\n").isEmpty)
  }

  @Test func `segments carry their byte ranges`() {
    let text = "Über Nacht. Größe zählt!"
    let segments = Segmenter(language: .german).segments(in: text)
    #expect(segments.map(\.range) == [0..<12, 13..<28])
    expectInvariants(segments, of: text)
  }

  @Test func `a megabyte of abbreviation-like text is segmented without quadratic work`() {
    let text = String(repeating: "a. ", count: 350_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      expectInvariants(Segmenter(language: .german).segments(in: text), of: text)
    }
    #expect(elapsed < .seconds(120), "a guard against quadratic work; speed is benchmarked")
  }

  @Test func `a huge text without a full stop is segmented without quadratic work`() {
    let text = String(repeating: "wort ", count: 200_000) + String(repeating: "x", count: 200_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let segments = Segmenter(language: .german).segments(in: text)
      expectInvariants(segments, of: text)
      // 1.2 MB with neither a full stop nor a line break: cut once, after the last space
      // before 1 MiB (the x run starts at 1,000,000).
      #expect(segments.map(\.range.lowerBound) == [0, 1_000_000])
    }
    #expect(elapsed < .seconds(120), "a guard against quadratic work; speed is benchmarked")
  }

  @Test func `many short lines and sentences keep the invariants`() {
    var text = ""
    for index in 0..<2_000 {
      text += index % 7 == 0 ? "Kurze Zeile \(index)\n" : "Satz \(index) endet hier. Noch einer.\n"
      if index % 5 == 0 { text += "\n" }
    }
    expectInvariants(Segmenter(language: .german).segments(in: text), of: text)
  }

  @Test func `the same input gives the same output`() {
    let text = "Politik\n\nEr kam am 15. Die Behörde schwieg.\n\nLesen Sie auch\nGut."
    #expect(
      Segmenter(language: .german).segments(in: text)
        == Segmenter(language: .german).segments(in: text))
  }

  @Test func `random mixtures of tricky pieces keep the invariants`() {
    let pieces = [
      "Er", "kam", "am", "15", ".", ". ", "!", "?", "…", "...", "„", "“", "\"", "'", "(", ")",
      "[3]", "z. B.", "Dr.", "XIV.", "K.", "\n", "\n\n", " ", "  ", "Die", "der", "•", "- ",
      "1.", "**", "Ü", "ß", "é", "😀", "\u{00A0}", "\u{2028}", "date 2025-02", "(dpa)", ":",
      "Lesen Sie auch", "Mehr Infos", "www.x.de", "3,5", "1:3", "iOS", "\t", "\r\n",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<40 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      for language in Language.allCases {
        expectInvariants(Segmenter(language: language).segments(in: text), of: text)
      }
    }
  }
}

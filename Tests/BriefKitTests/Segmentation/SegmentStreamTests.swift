import Foundation
import Testing

@testable import BriefKit

/// Streaming gives the same segments as the whole text, for any chunking and block size.
struct SegmentStreamTests {
  /// The segments of `text` fed to a stream in chunks of the given sizes (cycled).
  static func streamed(_ text: String, _ segmenter: Segmenter, chunks: [Int]) -> [Segment] {
    var segments: [Segment] = []
    var stream = SegmentStream(segmenter: segmenter)
    func collect(_ kind: SegmentKind, _ range: Range<Int>, _ bytes: ArraySlice<UInt8>) {
      segments.append(
        Segment(text: String(decoding: bytes, as: UTF8.self), range: range, kind: kind))
    }
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var turn = 0
      while start < buffer.count {
        let end = min(buffer.count, start + chunks[turn % chunks.count])
        stream.append(UnsafeBufferPointer(rebasing: buffer[start..<end]), emit: collect)
        start = end
        turn += 1
      }
    }
    stream.finish(emit: collect)
    return segments
  }

  /// A segmenter whose blocks are as small as `blockBytes`.
  static func segmenter(_ language: Language, blockBytes: Int) -> Segmenter {
    var configuration = Segmenter.Configuration()
    configuration.blockBytes = blockBytes
    return Segmenter(language: language, configuration: configuration)
  }

  /// The seeds, the fixture texts and random texts, each with its language.
  static func texts() throws -> [(String, Language)] {
    var texts: [(String, Language)] = []
    for prefix in ["000", "001", "002", "003", "004"] {
      texts.append((try SeedTests.seed(prefix), .german))
    }
    for (fixture, language) in [
      ("pysbd-de", Language.german), ("pragmatic-de", .german), ("english-news", .english),
    ] {
      texts += try fixtureCases(fixture).map { ($0.text, language) }
    }
    texts += randomTexts().map { ($0, .german) }
    return texts
  }

  @Test func `a stream fed in chunks gives the segments of the whole text`() throws {
    for (text, language) in try Self.texts() {
      for blockBytes in [1, 64, 65_536] {
        let segmenter = Self.segmenter(language, blockBytes: blockBytes)
        let whole = segmenter.segments(in: text)
        for chunks in [[1], [3, 7, 1], [4_096]] {
          let same = Self.streamed(text, segmenter, chunks: chunks) == whole
          #expect(same, "\(text.prefix(80))")
        }
      }
    }
  }

  @Test func `cutting at every safe break does not change the segments`() throws {
    for (text, language) in try Self.texts() {
      let blocked = Self.segmenter(language, blockBytes: 1).segments(in: text)
      let unblocked = Self.segmenter(language, blockBytes: .max).segments(in: text)
      let same = blocked == unblocked
      #expect(same, "\(text.prefix(80))")
    }
  }

  @Test func `many articles joined by blank lines are cut into blocks losslessly`() throws {
    var text = ""
    for index in 0..<3_000 {
      text += "Der Minister sprach am \(index % 28 + 1). Mai in Berlin. Er kam \(index) Mal.\n\n"
    }
    let segmenter = Self.segmenter(.german, blockBytes: 4_096)
    let segments = segmenter.segments(in: text)
    expectInvariants(segments, of: text)
    #expect(segments.count == 6_000)
    let unblocked = Self.segmenter(.german, blockBytes: .max).segments(in: text)
    let same = segments == unblocked
    #expect(same)
    #expect(segments.allSatisfy { $0.kind == .sentence })
  }

  @Test func `a text without a safe break is cut before the largest block and stays linear`() {
    let text = String(repeating: "wort ", count: 400_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let segments = Self.streamed(text, Self.segmenter(.german, blockBytes: 1), chunks: [4_096])
      expectInvariants(segments, of: text)
      // 2 MB of words with no full stop: cut once, after the last space before 1 MiB.
      #expect(segments.map(\.range.lowerBound) == [0, 1_048_575])
    }
    #expect(elapsed < .seconds(120), "a guard against quadratic work; speed is benchmarked")
  }

  @Test func `forced cuts fall on blank lines, then line breaks, then spaces`() {
    var configuration = Segmenter.Configuration()
    configuration.blockBytes = 1
    configuration.maximumBlockBytes = 64
    let segmenter = Segmenter(language: .german, configuration: configuration)
    let paragraphs = String(repeating: "ein heading ohne punkt\n\n", count: 8)
    let lines = String(repeating: "eine zeile ohne punkt\n", count: 8)
    let words = String(repeating: "wort ", count: 40)
    let glued = String(repeating: "ü", count: 100)
    for (text, separator) in [(paragraphs, "\n\n"), (lines, "\n"), (words, " "), (glued, "")] {
      let segments = segmenter.segments(in: text)
      expectInvariants(segments, of: text)
      #expect(segments.count > 1)
      let bytes = Array(text.utf8)
      for segment in segments.dropFirst() {
        #expect(bytes[..<segment.range.lowerBound].reversed().starts(with: separator.utf8))
      }
      for chunks in [[1], [3, 7, 1], [50]] {
        let same = Self.streamed(text, segmenter, chunks: chunks) == segments
        #expect(same, "\(text.prefix(30))")
      }
    }
  }

  /// Random mixtures of tricky pieces, with paragraph breaks.
  static func randomTexts() -> [String] {
    let pieces = [
      "Er", "kam", "am", "15", ".", ". ", "!", "?", "…", "\n\n", "\n \n", "„", "“", "\"", "(",
      ")", "z. B.", "Dr.", "XIV.", "K.", "usw.", "\n", " ", "Die", "Das", "der", "•", "- ",
      "1.", "Ü", "ß", "date 2025-02", "(dpa)", "Lesen Sie auch", "iOS", "Politik", "ende.",
      "Wort.", "Haus!", "\u{2028}", "\r\n", "Nr.", "a. M.", "www.x.de",
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var texts: [String] = []
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<60 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
        text += state & 1 == 0 ? " " : ""
      }
      texts.append(text)
    }
    return texts
  }
}

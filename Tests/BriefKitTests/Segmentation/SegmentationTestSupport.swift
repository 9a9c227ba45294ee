import Foundation
import Testing

@testable import BriefKit

/// The segment texts of `text`, in order.
func split(_ text: String, _ language: Language = .german) -> [String] {
  Segmenter(language: language).segments(in: text).map(\.text)
}

/// The segments of `text` as `(kind, text)` pairs.
func kinded(_ text: String, _ language: Language = .german) -> [(SegmentKind, String)] {
  Segmenter(language: language).segments(in: text).map { ($0.kind, $0.text) }
}

/// The kind of the segment whose text is `segmentText`, if there is one.
func kind(of segmentText: String, in segments: [Segment]) -> SegmentKind? {
  segments.first { $0.text == segmentText }?.kind
}

/// `text` without any whitespace.
func squeezed(_ text: some StringProtocol) -> String {
  String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

/// Checks the `Segment` invariants for `segments` of `text`: order, no overlap, text equal to
/// the bytes of the range, trimmed, and lossless (every non-whitespace character once).
func expectInvariants(
  _ segments: [Segment], of text: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let bytes = Array(text.utf8)
  var previousEnd = 0
  for segment in segments {
    #expect(segment.range.lowerBound >= previousEnd, sourceLocation: sourceLocation)
    #expect(segment.range.upperBound <= bytes.count, sourceLocation: sourceLocation)
    #expect(!segment.text.isEmpty, sourceLocation: sourceLocation)
    previousEnd = segment.range.upperBound
    guard segment.range.upperBound <= bytes.count else { return }
    let slice = String(decoding: bytes[segment.range], as: UTF8.self)
    #expect(segment.text == slice, sourceLocation: sourceLocation)
    #expect(
      segment.text.trimmingCharacters(in: .whitespacesAndNewlines) == segment.text,
      sourceLocation: sourceLocation)
  }
  #expect(
    squeezed(segments.map(\.text).joined()) == squeezed(text), sourceLocation: sourceLocation)
}

/// One case of a segmentation fixture file.
struct SegmentationCase: Decodable, Sendable, CustomTestStringConvertible {
  var id: String
  var text: String
  var sentences: [String]
  var testDescription: String { id }
}

/// The cases of `Fixtures/segmentation/<name>.jsonl`.
func fixtureCases(_ name: String) throws -> [SegmentationCase] {
  let url = try #require(
    Bundle.module.url(
      forResource: name, withExtension: "jsonl", subdirectory: "Fixtures/segmentation"))
  let text = try String(contentsOf: url, encoding: .utf8)
  return try text.split(separator: "\n").map {
    try JSONDecoder().decode(SegmentationCase.self, from: Data($0.utf8))
  }
}

/// Boundary offsets (in the whitespace-free text) after every segment but the last.
func boundaryOffsets(_ segments: [String]) -> Set<Int> {
  var offsets = Set<Int>()
  var total = 0
  for segment in segments.dropLast() {
    total += squeezed(segment).count
    offsets.insert(total)
  }
  return offsets
}

/// Boundary F1 of the segmenter for `language` over `cases`.
func boundaryF1(_ cases: [SegmentationCase], _ language: Language = .german) -> Double {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  for testCase in cases {
    let gold = boundaryOffsets(testCase.sentences)
    let predicted = boundaryOffsets(split(testCase.text, language))
    truePositives += gold.intersection(predicted).count
    falsePositives += predicted.subtracting(gold).count
    falseNegatives += gold.subtracting(predicted).count
  }
  let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
  let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
  return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
}

import BriefKit

/// The properties the fuzzer asserts on any input: the `Segment` invariants (document order,
/// no overlap, text equal to the bytes at the range, trimmed, lossless) for both languages;
/// a stream fed in odd chunks with small blocks gives the same segments as the whole text;
/// the chunked lossless normaliser equals the whole-text one; the UTF-8 text check agrees with
/// the standard library and gives the same verdict when done in two parts.
enum SegmenterCheck {
  /// A description of the first property that fails for `input`, or nil.
  static func failure(for input: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: input, as: UTF8.self)
    let bytes = Array(text.utf8)
    let seed = input.first.map(Int.init) ?? 0
    for language in Language.allCases {
      let segments = Segmenter(language: language).segments(in: text)
      if let problem = invariantFailure(segments, of: bytes) { return "\(language): \(problem)" }
      var configuration = Segmenter.Configuration()
      configuration.blockBytes = seed % 48 + 1
      configuration.maximumBlockBytes = seed % 3 == 0 ? seed % 200 + 8 : 1 << 20
      let small = Segmenter(language: language, configuration: configuration)
      let whole = small.segments(in: text)
      if let problem = invariantFailure(whole, of: bytes) {
        return "\(language), blocks of \(configuration.blockBytes): \(problem)"
      }
      if streamed(bytes, small, chunk: seed % 7 + 1) != whole {
        return "\(language): streamed segments differ from the whole text's"
      }
    }
    if StreamingTextCheck.isWellFormed(input) != (String(validating: input, as: UTF8.self) != nil) {
      return "the UTF-8 check differs from String(validating:)"
    }
    if let problem = textCheckFailure(input, seed: seed) { return problem }
    if LosslessNormalizer.normalized(bytes, chunkSize: seed % 5 + 1)
      != Array(TextNormalizer.normalize(text, form: .lossless).utf8)
    {
      return "the chunked lossless normaliser differs from the whole-text one"
    }
    return nil
  }

  /// Whether checking `input` in two parts (cut at a character boundary near a point chosen
  /// by `seed`) and absorbing the second into the first judges it as one check does.
  static func textCheckFailure(_ input: UnsafeBufferPointer<UInt8>, seed: Int) -> String? {
    var whole = StreamingTextCheck()
    whole.check(input)
    var cut = input.isEmpty ? 0 : seed % input.count
    while cut < input.count && input[cut] & 0xC0 == 0x80 { cut += 1 }
    var first = StreamingTextCheck()
    first.check(UnsafeBufferPointer(rebasing: input[..<cut]))
    var second = StreamingTextCheck()
    second.check(UnsafeBufferPointer(rebasing: input[cut...]))
    first.absorb(second)
    return first.isPlainText == whole.isPlainText ? nil : "a text check in two parts differs"
  }

  /// The segments of `bytes` fed to a stream `chunk` bytes at a time.
  static func streamed(_ bytes: [UInt8], _ segmenter: Segmenter, chunk: Int) -> [Segment] {
    var segments: [Segment] = []
    var stream = SegmentStream(segmenter: segmenter)
    func collect(_ kind: SegmentKind, _ range: Range<Int>, _ slice: ArraySlice<UInt8>) {
      segments.append(
        Segment(text: String(decoding: slice, as: UTF8.self), range: range, kind: kind))
    }
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        let end = min(buffer.count, start + chunk)
        stream.append(UnsafeBufferPointer(rebasing: buffer[start..<end]), emit: collect)
        start = end
      }
    }
    stream.finish(emit: collect)
    return segments
  }

  /// What is wrong with `segments` of `bytes`, or nil.
  static func invariantFailure(_ segments: [Segment], of bytes: [UInt8]) -> String? {
    var previousEnd = 0
    var kept: [Unicode.Scalar] = []
    for segment in segments {
      let range = segment.range
      guard range.lowerBound >= previousEnd, range.upperBound <= bytes.count, !range.isEmpty
      else { return "segment \(range) out of order, overlapping or empty" }
      previousEnd = range.upperBound
      let slice = String(decoding: bytes[range], as: UTF8.self)
      guard slice == segment.text else { return "text differs from the bytes at \(range)" }
      let scalars = Array(slice.unicodeScalars)
      if let first = scalars.first, let last = scalars.last,
        first.properties.isWhitespace || last.properties.isWhitespace
      {
        return "segment \(range) not trimmed"
      }
      kept += scalars.filter { !$0.properties.isWhitespace }
    }
    let all = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter {
      !$0.properties.isWhitespace
    }
    return kept == Array(all) ? nil : "not lossless"
  }
}

/// The segmentation of one block of text: lines first, then sentences inside running text.
extension Segmenter {
  /// Segments `bytes`, one block of a document, calling `emit` with each segment's kind and
  /// byte range (relative to `bytes`) in document order.
  ///
  /// `firstLineIndex` is the number of non-blank lines in earlier blocks.
  func segmentBlock(
    _ bytes: [UInt8], firstLineIndex: Int, emit: (SegmentKind, Range<Int>) -> Void
  ) {
    guard !bytes.isEmpty else { return }
    let recognizer = BoilerplateRecognizer(
      bytes: bytes, patterns: data.boilerplate, configuration: configuration)
    let classifier = LineClassifier(
      bytes: bytes, data: data, configuration: configuration, recognizer: recognizer,
      firstLineIndex: firstLineIndex)
    let lines = classifier.lines()
    let splitter = classifier.splitter
    func trimmedEmit(_ range: Range<Int>, _ kind: SegmentKind) {
      let trimmed = UTF8Scan.trimmed(bytes, range)
      if !trimmed.isEmpty { emit(kind, trimmed) }
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      var start = line.range.lowerBound
      if let end = line.metadataEnd {
        trimmedEmit(start..<end, .boilerplate)
        start = end
      }
      switch line.role {
      case .heading:
        trimmedEmit(start..<line.range.upperBound, .heading)
      case .boilerplate:
        for piece in splitter.sentences(in: start..<line.range.upperBound) {
          trimmedEmit(piece, .boilerplate)
        }
      case .listItem, .body:
        var last = index
        while line.role == .body, lines[last].joinsNext, last + 1 < lines.count {
          last += 1
        }
        for (number, piece) in splitter.sentences(in: start..<lines[last].range.upperBound)
          .enumerated()
        {
          // A press release's dateline opens its first paragraph: `Freiburg, 14.03.2025.`
          let isDateline = number == 0 && classifier.isDateLine(UTF8Scan.trimmed(bytes, piece))
          trimmedEmit(
            piece, isDateline || recognizer.isFurniture(piece) ? .boilerplate : .sentence)
        }
        index = last
      }
      index += 1
    }
  }
}

/// Backslash escapes, code spans and emphasis delimiters.
extension MarkupStripper {
  /// Removes escaping backslashes, code-span backticks and emphasis delimiters that form
  /// clear pairs; every other character is kept in order.
  static func withoutDelimiters(_ characters: [Character]) -> [Character] {
    var removed = [Bool](repeating: false, count: characters.count)
    // Characters that are text, not markup: escaped ones and code span contents.
    var literal = [Bool](repeating: false, count: characters.count)
    for index in characters.indices.dropLast() where characters[index] == "\\" && !literal[index] {
      let next = characters[index + 1]
      if next.isASCII && next.isPunctuation || next.isASCII && next.isSymbol {
        removed[index] = true
        literal[index + 1] = true
      }
    }
    markCodeSpans(characters, removed: &removed, literal: &literal)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      guard (character == "*" || character == "_") && !literal[index] && !removed[index] else {
        index += 1
        continue
      }
      let length = runLength(characters, at: index, literal: literal)
      if length <= 3 && opens(characters, at: index, length: length),
        let closer = closer(
          characters, after: index, length: length, literal: literal,
          removed: removed)
      {
        for offset in 0..<length {
          removed[index + offset] = true
          removed[closer + offset] = true
        }
      }
      index += length
    }
    removeUnpairedEdges(characters, removed: &removed, literal: literal)
    return characters.indices.filter { !removed[$0] }.map { characters[$0] }
  }

  /// Removes an emphasis run left unpaired at the very start or end of the segment: the
  /// halves of emphasis over several sentences (`**Die Regierung hat beschlossen.` |
  /// `Millionen sind betroffen.**`), which the sentence boundary cut apart.
  private static func removeUnpairedEdges(
    _ characters: [Character], removed: inout [Bool], literal: [Bool]
  ) {
    func isDelimiter(_ index: Int) -> Bool {
      (characters[index] == "*" || characters[index] == "_") && !literal[index]
        && !removed[index]
    }
    if let first = characters.indices.first, isDelimiter(first) {
      let length = runLength(characters, at: first, literal: literal)
      if length <= 3 && opens(characters, at: first, length: length) {
        for offset in 0..<length { removed[first + offset] = true }
      }
    }
    if let last = characters.indices.last, isDelimiter(last) {
      var start = last
      while start > 0 && characters[start - 1] == characters[last] && !literal[start - 1] {
        start -= 1
      }
      let length = last - start + 1
      if length <= 3 && start > 0 && !characters[start - 1].isWhitespace
        && (start..<last + 1).allSatisfy({ !removed[$0] })
      {
        for index in start...last { removed[index] = true }
      }
    }
  }

  /// Removes the backticks of `` `code` `` spans and marks their content literal.
  private static func markCodeSpans(
    _ characters: [Character], removed: inout [Bool], literal: inout [Bool]
  ) {
    var index = 0
    while index < characters.count {
      guard characters[index] == "`" && !literal[index] else {
        index += 1
        continue
      }
      let length = runLength(characters, at: index, literal: literal)
      var search = index + length
      var closing: Int?
      while search < min(characters.count, index + maximumSpanLength) {
        let run =
          characters[search] == "`" ? runLength(characters, at: search, literal: literal) : 0
        if run == length {
          closing = search
          break
        }
        search += max(run, 1)
      }
      guard let closing else {
        index += length
        continue
      }
      for offset in 0..<length {
        removed[index + offset] = true
        removed[closing + offset] = true
      }
      for inner in (index + length)..<closing { literal[inner] = true }
      index = closing + length
    }
  }

  /// The number of equal, non-literal delimiter characters starting at `index`.
  private static func runLength(_ characters: [Character], at index: Int, literal: [Bool]) -> Int {
    var end = index
    while end < characters.count && characters[end] == characters[index] && !literal[end] {
      end += 1
    }
    return end - index
  }

  /// True when text is neither a letter nor a digit (or there is no character at all).
  private static func isBoundary(_ characters: [Character], _ index: Int) -> Bool {
    guard characters.indices.contains(index) else { return true }
    let character = characters[index]
    return !(character.isLetter || character.isNumber)
  }

  /// An opener follows a boundary and precedes a non-space.
  private static func opens(_ characters: [Character], at index: Int, length: Int) -> Bool {
    let next = index + length
    return isBoundary(characters, index - 1) && next < characters.count
      && !characters[next].isWhitespace
  }

  /// The start of a run of exactly `length` equal delimiters after a non-space and before a
  /// boundary, within `maximumSpanLength`.
  private static func closer(
    _ characters: [Character], after opener: Int, length: Int, literal: [Bool], removed: [Bool]
  ) -> Int? {
    let delimiter = characters[opener]
    var index = opener + length
    let limit = min(characters.count, opener + maximumSpanLength)
    while index < limit {
      guard characters[index] == delimiter && !literal[index] && !removed[index] else {
        index += 1
        continue
      }
      let run = runLength(characters, at: index, literal: literal)
      if run == length && !characters[index - 1].isWhitespace
        && isBoundary(characters, index + run)
      {
        return index
      }
      index += run
    }
    return nil
  }
}

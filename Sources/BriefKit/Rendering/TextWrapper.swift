/// Greedy word wrapping for plain-text output.
///
/// Widths count Characters (grapheme clusters). Words longer than a line stand on a line of
/// their own, unbroken; whitespace runs become single spaces; control characters are dropped.
struct TextWrapper: Sendable {
  /// The longest line, in characters, including the indent.
  ///
  /// Default 78.
  var width: Int = 78

  /// `text` wrapped: the first line starts with `firstPrefix`, later lines with `indent`.
  func wrap(_ text: String, firstPrefix: String, indent: String) -> [String] {
    var lines: [String] = []
    var current = firstPrefix
    var currentWidth = firstPrefix.count
    var lineHasWord = false
    for word in ControlCharacters.replaced(in: text).split(whereSeparator: \.isWhitespace) {
      let wordWidth = word.count
      if lineHasWord && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = indent
        currentWidth = indent.count
        lineHasWord = false
      }
      if lineHasWord {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      lineHasWord = true
    }
    lines.append(current)
    return lines.map { line in
      var trimmed = line
      while trimmed.last == " " { trimmed.removeLast() }
      return trimmed
    }
  }
}

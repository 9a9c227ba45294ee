/// Phrases matched case-insensitively (see `ByteWordSet.fold`) at positions of UTF-8 text,
/// indexed by their first bytes so that a position is tried against only the few phrases
/// that can start there.
public struct FoldedPhrases: Sendable {
  /// The phrases, case-folded, in the order given.
  public private(set) var phrases: [[UInt8]] = []
  /// The folded bytes of all phrases, grouped by first byte (flat, so that a lookup
  /// allocates and retains nothing).
  private var storage: [UInt8] = []
  /// The ranges in `storage` of the phrases, grouped by first byte.
  private var ranges: [Range<Int>] = []
  /// For each folded first byte `b`, the phrases starting with it are
  /// `ranges[groupStarts[b]..<groupStarts[b + 1]]`.
  private var groupStarts = [Int](repeating: 0, count: 257)
  /// The bytes of a search window: the length of the shortest phrase, at most 255.
  private var window = 0
  /// Wu–Manber shifts, 4,096 entries so that they stay in the cache.
  ///
  /// For the hash of the three bytes (`slot(_:_:_:)`) ending a window of `window` bytes:
  /// how far the window can move on before a phrase can start in it.
  private var shifts: [UInt8] = []

  /// The phrases `phrases`, case-folded.
  public init(_ phrases: [String]) {
    self.phrases = phrases.filter { !$0.isEmpty }.map { ByteWordSet.folded(Array($0.utf8)) }
    for first in 0..<256 {
      groupStarts[first] = ranges.count
      for phrase in self.phrases where phrase[0] == first {
        ranges.append(storage.count..<storage.count + phrase.count)
        storage += phrase
      }
    }
    groupStarts[256] = ranges.count
    window = min(self.phrases.map(\.count).min() ?? 0, Int(UInt8.max))
    shifts = [UInt8](repeating: UInt8(max(window - 2, 0)), count: 1 << 12)
    for phrase in self.phrases where window >= 3 {
      for end in 2..<window {
        let slot = Self.slot(phrase[end - 2], phrase[end - 1], phrase[end])
        shifts[slot] = min(shifts[slot], UInt8(window - 1 - end))
      }
    }
  }

  /// The shift-table entry of three bytes: a hash of them with bit 0x20 set in each, so
  /// that ASCII and Latin-1 capitals (`C3 9C` for `Ü`) fall on the same entry as their small
  /// letters (as `ByteWordSet.fold` makes them equal).
  @inline(__always)
  private static func slot(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    let triple = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third) | 0x20_2020
    return Int((triple &* 0x9E37_79B1) >> 20)
  }

  /// Whether there are no phrases.
  public var isEmpty: Bool { phrases.isEmpty }

  /// Whether `bytes[range]` begins with one of the phrases (case-insensitively); with
  /// `wholeWord`, only where no letter follows the phrase (`Copyright` is not
  /// `Copyrightbeschwerden`).
  func startsWithPhrase(_ bytes: [UInt8], _ range: Range<Int>, wholeWord: Bool = false) -> Bool {
    guard !range.isEmpty else { return false }
    let first = Int(ByteWordSet.fold(bytes, range.lowerBound))
    for phrase in ranges[groupStarts[first]..<groupStarts[first + 1]]
    where phrase.count <= range.count
      && ByteWordSet.matchesFolded(bytes, at: range.lowerBound, storage, phrase)
    {
      let after = range.lowerBound + phrase.count
      if !wholeWord || after >= range.upperBound || !UTF8Scan.isLetter(bytes, after) {
        return true
      }
    }
    return false
  }

  /// Whether a word of `bytes[range]` begins with one of the phrases: at the start of
  /// `range`, or after a character that is not a letter or digit.
  ///
  /// Wu–Manber search: a window of `window` bytes slides over the text by the shift its last
  /// three bytes allow (often nearly the whole window), and phrases are compared only where
  /// the shift is zero.
  func occurs(in bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard window > 0, range.count >= window else { return false }
    if window < 3 {
      return range.contains {
        isWordStart(bytes, $0, in: range) && startsWithPhrase(bytes, $0..<range.upperBound)
      }
    }
    // Two windows slide at once, over the first and the second half of the starts, so that
    // their chains of dependent loads overlap.
    let middle = range.lowerBound + range.count / 2
    let firstEnd = min(middle + window - 1, range.upperBound)
    var first = range.lowerBound + window - 1
    var second = firstEnd
    return bytes.withUnsafeBufferPointer { text in
      shifts.withUnsafeBufferPointer { shifts in
        func shift(_ windowEnd: Int) -> Int {
          Int(shifts[Self.slot(text[windowEnd - 2], text[windowEnd - 1], text[windowEnd])])
        }
        func matches(_ windowEnd: Int) -> Bool {
          let start = windowEnd - window + 1
          return isWordStart(bytes, start, in: range)
            && startsWithPhrase(bytes, start..<range.upperBound)
        }
        while first < firstEnd || second < range.upperBound {
          if first < firstEnd {
            let step = shift(first)
            if step == 0 && matches(first) { return true }
            first += max(step, 1)
          }
          if second < range.upperBound {
            let step = shift(second)
            if step == 0 && matches(second) { return true }
            second += max(step, 1)
          }
        }
        return false
      }
    }
  }

  /// Whether `index` starts a word: it is the start of `range`, or the character before it
  /// is not a letter or digit.
  private func isWordStart(_ bytes: [UInt8], _ index: Int, in range: Range<Int>) -> Bool {
    guard index > range.lowerBound else { return true }
    let previous = UTF8Scan.previousStart(bytes, index)
    return !UTF8Scan.isLetter(bytes, previous) && !UTF8Scan.isDigit(bytes, previous)
  }
}

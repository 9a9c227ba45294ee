/// A set of words or short phrases, looked up by a slice of UTF-8 bytes without allocating.
///
/// Lookups are case-insensitive for ASCII and for the Latin-1 letters (`Ä`/`ä`, `Ö`/`ö`,
/// `Ü`/`ü`, `É`/`é` ...): both the stored words and the probed bytes are folded to lower
/// case byte by byte. Probing hashes the folded bytes (FNV-1a) into an open-addressing table
/// and compares only words with the same hash, so a lookup costs O(length of the probe) and
/// neither allocates nor retains.
public struct ByteWordSet: Sendable {
  /// The folded bytes of all words, one after another.
  private var storage: [UInt8] = []
  /// Each word's range in `storage`.
  private var ranges: [Range<Int>] = []
  /// Each word's hash (`hash(_:_:)`).
  private var hashes: [UInt64] = []
  /// Linear-probing table of 1 + an index into `ranges`, or 0 for an empty slot; its size
  /// is a power of two at least twice the number of words.
  private var slots: [Int32] = [0, 0]
  /// The number of distinct words in the set.
  public var count: Int { ranges.count }
  /// The length in bytes of the longest word; longer probes are rejected at once.
  public private(set) var maximumLength = 0

  /// A set holding `words` (case-folded).
  public init(_ words: [String]) {
    for word in words { insert(word) }
  }

  /// Adds `word` (case-folded) to the set.
  public mutating func insert(_ word: String) {
    let folded = ByteWordSet.folded(Array(word.utf8))
    let hash = ByteWordSet.hash(folded, 0..<folded.count)
    if contains(folded, 0..<folded.count, hash: hash) { return }
    ranges.append(storage.count..<storage.count + folded.count)
    storage += folded
    hashes.append(hash)
    maximumLength = max(maximumLength, folded.count)
    if 2 * ranges.count > slots.count {
      slots = [Int32](repeating: 0, count: 2 * slots.count)
      for word in ranges.indices { place(word) }
    } else {
      place(ranges.count - 1)
    }
  }

  /// Puts word number `word` into the first free slot from its hash on.
  private mutating func place(_ word: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[word]) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(word + 1)
  }

  /// Whether the bytes `bytes[range]` spell a word of the set (case-insensitively).
  public func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= maximumLength else { return false }
    return contains(bytes, range, hash: ByteWordSet.hash(bytes, range))
  }

  /// `contains(_:_:)` with the hash of the probe already computed.
  private func contains(_ bytes: [UInt8], _ range: Range<Int>, hash: UInt64) -> Bool {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let word = Int(slots[slot]) - 1
      if hashes[word] == hash && ranges[word].count == range.count
        && ByteWordSet.matchesFolded(bytes, at: range.lowerBound, storage, ranges[word])
      {
        return true
      }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// Whether `word` is in the set (convenience for tests and tables).
  public func contains(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    return contains(bytes, 0..<bytes.count)
  }

  /// The byte at `index` folded to lower case: ASCII `A`-`Z`, and the second byte of a
  /// Latin-1 capital (`C3 80`-`C3 9E`, except `×`), which differs from its small letter by 0x20.
  @inline(__always)
  static func fold(_ bytes: [UInt8], _ index: Int) -> UInt8 {
    fold(bytes[index], after: index > 0 ? bytes[index - 1] : 0)
  }

  /// `byte` folded to lower case when `previous` is the byte before it (see `fold(_:_:)`).
  @inline(__always)
  static func fold(_ byte: UInt8, after previous: UInt8) -> UInt8 {
    if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
    if byte >= 0x80 && byte <= 0x9E && byte != 0x97 && previous == 0xC3 { return byte + 0x20 }
    return byte
  }

  /// Whether the bytes of `bytes` from `start` on, folded (see `fold`), equal
  /// `folded[foldedRange]`; the caller makes sure `bytes` holds that many bytes from `start`.
  @inline(__always)
  static func matchesFolded(
    _ bytes: [UInt8], at start: Int, _ folded: [UInt8], _ foldedRange: Range<Int>
  ) -> Bool {
    var index = start
    for offset in foldedRange {
      if fold(bytes, index) != folded[offset] { return false }
      index += 1
    }
    return true
  }

  /// `bytes` folded to lower case (see `fold`).
  static func folded(_ bytes: [UInt8]) -> [UInt8] {
    (0..<bytes.count).map { fold(bytes, $0) }
  }

  /// FNV-1a over the folded bytes of `bytes[range]`.
  static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      value ^= UInt64(fold(bytes, index))
      value = value &* 0x100_0000_01b3
    }
    return value
  }
}

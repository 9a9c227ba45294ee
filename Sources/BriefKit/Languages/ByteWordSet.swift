/// A set of words or short phrases, looked up by a slice of UTF-8 bytes without allocating.
///
/// Lookups are case-insensitive for ASCII and for the Latin-1 letters (`Ä`/`ä`, `Ö`/`ö`,
/// `Ü`/`ü`, `É`/`é` ...): both the stored words and the probed bytes are folded to lower
/// case byte by byte. Probing hashes the folded bytes (FNV-1a) and compares only the few
/// words in the same bucket, so a lookup costs O(length of the probe).
public struct ByteWordSet: Sendable {
  private var buckets: [UInt64: [[UInt8]]] = [:]
  /// The number of distinct words in the set.
  public private(set) var count = 0
  /// The length in bytes of the longest word; longer probes are rejected at once.
  public private(set) var maximumLength = 0

  /// A set holding `words` (case-folded).
  public init(_ words: [String]) {
    for word in words { insert(word) }
  }

  /// Adds `word` (case-folded) to the set.
  public mutating func insert(_ word: String) {
    let folded = ByteWordSet.folded(Array(word.utf8))
    let key = ByteWordSet.hash(folded, 0..<folded.count)
    if buckets[key, default: []].contains(folded) { return }
    buckets[key, default: []].append(folded)
    count += 1
    maximumLength = max(maximumLength, folded.count)
  }

  /// Whether the bytes `bytes[range]` spell a word of the set (case-insensitively).
  public func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= maximumLength else { return false }
    guard let candidates = buckets[ByteWordSet.hash(bytes, range)] else { return false }
    for candidate in candidates where candidate.count == range.count {
      var equal = true
      var offset = 0
      for index in range {
        if ByteWordSet.fold(bytes, index) != candidate[offset] {
          equal = false
          break
        }
        offset += 1
      }
      if equal { return true }
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

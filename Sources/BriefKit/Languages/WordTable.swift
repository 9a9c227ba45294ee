/// A map from words (short byte strings) to integers, for interning the words of a text
/// without making a `String` for each occurrence.
///
/// Open addressing with linear probing over a power-of-two slot array, FNV-1a hashes; the
/// keys are copied into one byte arena. Lookups cost O(length of the word) and allocate
/// nothing; an insertion copies the word once.
struct WordTable: Sendable {
  /// One stored word: where its bytes are in the arena, its hash and its value.
  private struct Entry {
    var start: Int
    var count: Int
    var hash: UInt64
    var value: Int
  }

  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  /// Entry index + 1 per slot; 0 marks an empty slot.
  private var slots: [Int32]
  private var mask: Int

  /// An empty table with room for about `capacity` words before it grows.
  init(capacity: Int = 256) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    entries.reserveCapacity(capacity)
    arena.reserveCapacity(capacity * 8)
  }

  /// The number of words stored.
  var count: Int { entries.count }

  /// The value stored for `word`, or nil.
  func value(for word: UnsafeBufferPointer<UInt8>) -> Int? {
    let (slot, _) = find(word)
    let stored = Int(slots[slot])
    return stored == 0 ? nil : entries[stored - 1].value
  }

  /// The value stored for `word`; when there is none, `make()` is called once, its result
  /// stored for `word` and returned.
  mutating func value(for word: UnsafeBufferPointer<UInt8>, orInsert make: () -> Int) -> Int {
    let (slot, hash) = find(word)
    let stored = Int(slots[slot])
    if stored != 0 { return entries[stored - 1].value }
    let value = make()
    insert(word, value: value, hash: hash, slot: slot)
    return value
  }

  /// Stores `value` for `word` (which must not be stored yet).
  mutating func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int) {
    let (slot, hash) = find(word)
    insert(word, value: value, hash: hash, slot: slot)
  }

  private mutating func insert(
    _ word: UnsafeBufferPointer<UInt8>, value: Int, hash: UInt64, slot: Int
  ) {
    entries.append(Entry(start: arena.count, count: word.count, hash: hash, value: value))
    arena.append(contentsOf: word)
    slots[slot] = Int32(entries.count)
    if entries.count * 2 > slots.count { grow() }
  }

  /// The slot holding `word`, or the empty slot where it would go; and the word's hash.
  @inline(__always)
  private func find(_ word: UnsafeBufferPointer<UInt8>) -> (slot: Int, hash: UInt64) {
    let hash = Self.hash(word)
    var slot = Self.slot(hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { return (slot, hash) }
      let entry = entries[stored - 1]
      if entry.hash == hash, entry.count == word.count, matches(entry, word) {
        return (slot, hash)
      }
      slot = (slot + 1) & mask
    }
  }

  private func matches(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { arena in
      for offset in 0..<word.count where arena[entry.start + offset] != word[offset] {
        return false
      }
      return true
    }
  }

  /// Doubles the slot array and places every entry again.
  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    for (index, entry) in entries.enumerated() {
      var slot = Self.slot(entry.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// A slot number from a hash: high bits folded into the low ones that the mask keeps.
  @inline(__always)
  private static func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  /// FNV-1a over the bytes of `word`.
  @inline(__always)
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    return value
  }
}

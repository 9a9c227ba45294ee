import Foundation

/// The bytes under which a word is interned, so that byte-keyed tables agree with `String`
/// equality (canonical equivalence): the word's own UTF-8 bytes when no other spelling of it
/// is canonically equivalent, else the UTF-8 bytes of its NFC form.
enum CanonicalWordKey {
  /// Calls `body` with the key of the UTF-8 `word`.
  ///
  /// A word whose scalars are all below U+0300 (lead bytes below `0xCC`) is already in NFC:
  /// such scalars are starters and none is a canonical singleton, so the word is its own key.
  @inline(__always)
  static func withKey<R>(
    _ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    guard word.contains(where: { $0 >= 0xCC }) else { return body(word) }
    let text = String(decoding: word, as: UTF8.self).precomposedStringWithCanonicalMapping
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// A table of `words` under their keys, each with the value 1: a set that a word's key
  /// finds exactly when `Set<String>` would find the word.
  static func table(of words: some Sequence<String>) -> WordTable {
    var table = WordTable()
    for word in words {
      var bytes = Array(word.utf8)
      bytes.withUnsafeMutableBufferPointer { bytes in
        withKey(UnsafeBufferPointer(bytes)) { key in _ = table.value(for: key) { 1 } }
      }
    }
    return table
  }
}

/// The content terms of one article, each with an id (0, 1, 2 in order of first use).
///
/// Terms are found by their bytes (NFC where it matters, see `CanonicalWordKey`), so lookups
/// agree with `String` equality without hashing `String`s.
struct TermVocabulary {
  private var ids = WordTable()
  /// The terms, each at the index of its id.
  private(set) var names: [String] = []

  /// An empty vocabulary with room for about `capacity` terms before it grows.
  init(capacity: Int = 256) {
    ids = WordTable(capacity: capacity)
    names.reserveCapacity(capacity)
  }

  /// The number of terms.
  var count: Int { names.count }

  /// The id of `term`, given the next id when it is new.
  mutating func id(of term: String) -> Int {
    var bytes = term
    return bytes.withUTF8 { bytes in
      CanonicalWordKey.withKey(bytes) { key in
        ids.value(for: key) {
          names.append(term)
          return names.count - 1
        }
      }
    }
  }

  /// The id of `term`, or nil when it is not in the vocabulary.
  subscript(term: String) -> Int? {
    var bytes = term
    return bytes.withUTF8 { bytes in
      CanonicalWordKey.withKey(bytes) { ids.value(for: $0) }
    }
  }

  /// The terms and their ids as a dictionary.
  var dictionary: [String: Int] {
    Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
  }
}

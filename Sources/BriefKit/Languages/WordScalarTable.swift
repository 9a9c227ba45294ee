/// What the tokenizers need to know about a scalar, looked up in a table instead of asking
/// `Unicode.Scalar.Properties` for every letter of every word.
///
/// The table covers the scalars most text is made of (U+0000-U+07FF: Latin, Greek, Cyrillic,
/// Hebrew, Arabic; U+2000-U+20FF: general punctuation such as `„“–…`) and is computed once
/// from the same properties the tokenizer used to ask, so lookups agree with them by
/// construction. Other scalars go to the properties directly.
struct WordScalarTable: Sendable {
  /// The word-relevant properties of one scalar.
  struct Entry: Sendable, Equatable {
    /// Alphabetic or a decimal digit: part of a word.
    var isWordScalar: Bool
    /// `Unicode.Scalar.Properties.isAlphabetic`.
    var isAlphabetic: Bool
    /// `Unicode.Scalar.Properties.isUppercase`.
    var isUppercase: Bool
    /// `Unicode.Scalar.Properties.isWhitespace`.
    var isWhitespace: Bool
    /// The scalar's lower-case mapping as UTF-8 (the scalar itself when not upper case); at
    /// most four bytes, packed little-endian.
    var lowercase: UInt32
    /// Number of bytes in `lowercase`.
    var lowercaseCount: UInt8
  }

  /// The first scalar block in the table: U+0000 to U+07FF (every one- and two-byte scalar).
  static let lowBlock: Range<UInt32> = 0..<0x800
  /// The second block: U+2000 to U+20FF.
  static let punctuationBlock: Range<UInt32> = 0x2000..<0x2100

  /// The shared table.
  static let shared = WordScalarTable()

  private let low: [Entry]
  private let punctuation: [Entry]

  private init() {
    low = Self.lowBlock.map { Self.entry(for: $0) }
    punctuation = Self.punctuationBlock.map { Self.entry(for: $0) }
  }

  /// The entry for a scalar value, from the table when it covers the value, else computed.
  @inline(__always)
  func entry(_ value: UInt32) -> Entry {
    if value < Self.lowBlock.upperBound { return low[Int(value)] }
    if Self.punctuationBlock.contains(value) {
      return punctuation[Int(value - Self.punctuationBlock.lowerBound)]
    }
    return Self.entry(for: value)
  }

  /// The entry for `value` computed from `Unicode.Scalar.Properties`; a value that is no
  /// scalar (a surrogate) is no word scalar.
  static func entry(for value: UInt32) -> Entry {
    guard let scalar = Unicode.Scalar(value) else {
      return Entry(
        isWordScalar: false, isAlphabetic: false, isUppercase: false, isWhitespace: false,
        lowercase: 0, lowercaseCount: 0)
    }
    let properties = scalar.properties
    let isAlphabetic = properties.isAlphabetic
    let isUppercase = properties.isUppercase
    var packed: UInt32 = 0
    var count = 0
    func pack(_ byte: UInt8) {
      if count < 4 { packed |= UInt32(byte) << (8 * UInt32(count)) }
      count += 1
    }
    if isUppercase {
      for byte in properties.lowercaseMapping.utf8 { pack(byte) }
    } else {
      UTF8.encode(scalar, into: pack)
    }
    // A longer mapping (none exists in Unicode 16) would be cut: mark it for the slow path.
    return Entry(
      isWordScalar: isAlphabetic || properties.generalCategory == .decimalNumber,
      isAlphabetic: isAlphabetic, isUppercase: isUppercase,
      isWhitespace: properties.isWhitespace, lowercase: packed,
      lowercaseCount: count <= 4 ? UInt8(count) : 0)
  }
}

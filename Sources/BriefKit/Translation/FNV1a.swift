/// FNV-1a hashes (64- and 128-bit), for stable version stamps and cache-key digests.
///
/// Not cryptographic: used only where a stable, dependency-free fingerprint of text is needed
/// (Foundation on Linux has no SHA-256 without swift-crypto).
public enum FNV1a {
  /// The 64-bit hash of the UTF-8 bytes of `text`, as 16 lower-case hex digits.
  public static func hash64(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hex(hash, digits: 16)
  }

  /// The 128-bit hash of the UTF-8 bytes of `text`, as 32 lower-case hex digits.
  public static func hash128(_ text: String) -> String {
    var hash: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013b
    for byte in text.utf8 {
      hash ^= UInt128(byte)
      hash = hash &* prime
    }
    return hex(hash, digits: 32)
  }

  private static func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}

/// The Unicode bidirectional formatting characters: embeddings and overrides (U+202A–U+202E),
/// isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
///
/// Invisible, and an override or embedding left open turns the direction of whatever follows
/// it on the same line: in a digest page, the citation after a sentence (Trojan Source,
/// CVE-2021-42574). Briefs drop them (`TextNormalizer`), and so does every human-readable
/// rendering (`ControlCharacters`).
enum BidiControls {
  /// Whether the scalar value `value` is a bidi formatting character.
  @inline(__always)
  static func contains(_ value: UInt32) -> Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

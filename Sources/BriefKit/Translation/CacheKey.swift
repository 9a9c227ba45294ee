/// The identity of one translation: every setting that changes the output plus the normalised
/// sentence.
///
/// Equal keys may share a cached translation.
///
/// Components: the provider's `cacheIdentity` (kind, endpoint, languages, model, prompt
/// version...; a URL's password masked), the glossary version, the context's hash when the sentence was translated with
/// one, then the sentence. `rawValue` joins them with the unit
/// separator U+001F (which `TranslationNormalizer` removes from sentences, so keys cannot
/// collide); `digest` is its FNV-1a 128-bit hash for compact storage.
public struct CacheKey: Sendable, Hashable {
  /// The components joined; unambiguous.
  public let rawValue: String
  /// FNV-1a 128 of `rawValue`, 32 hex digits.
  public let digest: String

  /// The key for `sentence` (already normalised) under the given settings and `context`
  /// (nil: none; the key is then what it was before contexts existed).
  public init(
    providerIdentity: [String], glossaryVersion: String, sentence: String, context: String? = nil
  ) {
    let contextPart = context.map { ["context=" + FNV1a.hash128($0)] } ?? []
    // A URL's password is not part of what it translates, and the file must not hold it.
    let identity = providerIdentity.map(Redactor.redactingUserInfo)
    let parts = identity + ["glossary=\(glossaryVersion)"] + contextPart + [sentence]
    rawValue = parts.map { $0.replacingUnitSeparators() }.joined(separator: "\u{1F}")
    digest = FNV1a.hash128(rawValue)
  }
}

extension String {
  /// The string with U+001F replaced by a space, so it can be a key component.
  fileprivate func replacingUnitSeparators() -> String {
    guard utf8.contains(0x1F) else { return self }
    return String(unicodeScalars.map { $0 == "\u{1F}" ? " " : Character($0) })
  }
}

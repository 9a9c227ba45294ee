/// How much one request may carry.
///
/// A batch closes when the next text would break any limit; a single text over a limit is sent
/// alone.
public struct BatchLimits: Sendable, Equatable {
  /// Texts per request (DeepL documents 50).
  public var maxTexts: Int
  /// Bytes of the encoded request body, JSON escaping included; nil for no byte limit.
  public var maxBodyBytes: Int?
  /// Characters (grapheme clusters) of the texts summed; nil for no character limit.
  public var maxCharacters: Int?

  public init(maxTexts: Int, maxBodyBytes: Int? = nil, maxCharacters: Int? = nil) {
    self.maxTexts = max(1, maxTexts)
    self.maxBodyBytes = maxBodyBytes
    self.maxCharacters = maxCharacters
  }
}

/// Packs texts into batches that respect a provider's `BatchLimits`.
///
/// Greedy and order-preserving: texts are taken in the order given and a batch closes when
/// the next text would break a limit. A text that breaks a limit on its own goes alone. The
/// byte count is exact for the providers' JSON bodies: the empty body's size plus each text's
/// encoded size (quotes and escapes included) plus one comma between texts.
public struct TranslationBatcher: Sendable, Equatable {
  /// The limits per batch.
  public var limits: BatchLimits
  /// Encoded bytes of the request body without any text.
  public var bodyOverhead: Int

  public init(limits: BatchLimits, bodyOverhead: Int = 0) {
    self.limits = limits
    self.bodyOverhead = bodyOverhead
  }

  /// The batcher for `provider`: its limits and its empty body size, with `context` when the
  /// batches carry one.
  public init(provider: any TranslationProvider, context: String? = nil) {
    self.init(limits: provider.limits, bodyOverhead: provider.emptyBodySize(context: context))
  }

  /// The batches as indices into `texts`; every index appears exactly once, in order.
  public func batches(_ texts: [String]) -> [[Int]] {
    var batches: [[Int]] = []
    var current: [Int] = []
    var bytes = bodyOverhead
    var characters = 0
    for (index, text) in texts.enumerated() {
      let textBytes = JSONValue.encodedByteCount(of: text)
      let textCharacters = text.count
      let fits =
        current.count < limits.maxTexts
        && limits.maxBodyBytes.map { bytes + textBytes + (current.isEmpty ? 0 : 1) <= $0 } ?? true
        && limits.maxCharacters.map { characters + textCharacters <= $0 } ?? true
      if !fits, !current.isEmpty {
        batches.append(current)
        current = []
        bytes = bodyOverhead
        characters = 0
      }
      bytes += textBytes + (current.isEmpty ? 0 : 1)
      characters += textCharacters
      current.append(index)
    }
    if !current.isEmpty { batches.append(current) }
    return batches
  }
}

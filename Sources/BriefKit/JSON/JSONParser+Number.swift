import Foundation

/// Numbers: the value `JSONSerialization` gives a number's text, as `JSONValue` keeps it.
extension JSONParser {
  /// Largest magnitude below which every whole `Double` is exact (2^53).
  static let exactWholeLimit = 9_007_199_254_740_992.0

  /// Significant characters past which Foundation reads a number as a `Decimal`.
  static let doubleCharacters = 17

  /// Exponents Foundation reads as a `Decimal`.
  static let decimalExponents = -128...127

  /// The value of a JSON number's `text`, as Foundation reads it.
  ///
  /// Without a `.` or an `e` (lower case only), an integer when it fits `Int64` or `UInt64` (then
  /// `.number` past `Int.max`); else a `Decimal` when over `doubleCharacters` characters come
  /// before the `e` and the exponent is in `decimalExponents`; else a `Double`, nil when infinite.
  /// A whole `Double` below 2^53 in magnitude and a whole `Decimal` that fits `Int` become
  /// `.integer`, every other value `.number(_, decimals: exactDecimals)`.
  static func number(_ text: String) -> JSONValue? {
    let exponent = text.firstIndex(of: "e")
    if exponent == nil, !text.contains(".") {
      if text.hasPrefix("-") {
        if text.utf8.count <= 19, let integer = Int64(text) { return .integer(Int(integer)) }
      } else if text.utf8.count <= 20, let integer = UInt64(text) {
        return Int(exactly: integer).map { .integer($0) } ?? .number(Double(integer))
      }
    }
    let power = exponent.flatMap { Int(text[text.index(after: $0)...]) } ?? 0
    let significant = text[..<(exponent ?? text.endIndex)].count
    if significant > doubleCharacters, decimalExponents.contains(power),
      let decimal = Decimal(string: text), decimal.isFinite
    {
      // Decimal numbers keep more digits than `doubleValue` passes on: read their text.
      let number = NSDecimalNumber(decimal: decimal)
      let written = number.stringValue
      if let integer = Int(written) { return .integer(integer) }
      return .number(Double(written) ?? number.doubleValue)
    }
    guard let double = Double(text), double.isFinite else { return nil }
    if double.rounded() == double, abs(double) < exactWholeLimit { return .integer(Int(double)) }
    return .number(double)
  }
}

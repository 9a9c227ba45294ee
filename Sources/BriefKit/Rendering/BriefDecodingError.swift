/// Why a JSON document could not be read back as a brief.
public enum BriefDecodingError: Error, Equatable, CustomStringConvertible {
  /// The text is not valid JSON.
  case notJSON
  /// The document is JSON but not a brief: not an object, or its `schema` is not `"brief"`.
  case notABrief
  /// A brief of a schema version this build does not read.
  case unsupportedVersion(Int)
  /// A required member is missing; the path names it (`id`, `items[2].kind`).
  case missing(String)
  /// A member holds the wrong type or an impossible value; the path names it, `expected` says
  /// what it should hold.
  case invalid(String, expected: String)

  public var description: String {
    switch self {
    case .notJSON: "not valid JSON"
    case .notABrief: "not a brief (no \"schema\": \"brief\")"
    case .unsupportedVersion(let version): "brief schema version \(version) is not supported"
    case .missing(let path): "missing \"\(path)\""
    case .invalid(let path, let expected): "\"\(path)\" is not \(expected)"
    }
  }
}

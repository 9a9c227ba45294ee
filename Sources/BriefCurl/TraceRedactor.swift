import BriefKit

/// Turns libcurl's trace output into lines safe to show: secret header values redacted,
/// credentials scrubbed wherever they appear (a response header may quote them, for example a
/// redirect's `Location` query), bodies reduced to byte counts, each line prefixed with the
/// request id.
///
/// Pure: no C types, so the rules can be read (and tested) apart from libcurl.
struct TraceRedactor {
  /// What a chunk of trace output is.
  enum Kind {
    /// libcurl's informational text.
    case text
    /// Response header lines.
    case headerIn
    /// Request header lines (the whole block at once).
    case headerOut
    /// Response body bytes.
    case dataIn
    /// Request body bytes.
    case dataOut
  }

  /// Header names whose values are redacted even when not marked secret.
  static let alwaysSecretNames: Set<String> = [
    "authorization", "proxy-authorization", "cookie", "set-cookie",
  ]

  /// What replaces a secret.
  static let placeholder = "<redacted>"

  private let prefix: String
  private let secretNames: Set<String>
  private let secretValues: [String]
  /// Scrubs the bare credentials and credential-like query parameters from any line.
  private let credentials: Redactor

  /// A redactor for the request with `id` and `headers`; `isSecret` values are never shown,
  /// nor the credential after their scheme (`Bearer`, `DeepL-Auth-Key`), nor any of
  /// `secrets` (credentials sent elsewhere, such as in the body).
  init(id: Int, headers: [HTTPHeader], secrets: [String] = []) {
    prefix = "#\(id) "
    let secretHeaders = headers.filter(\.isSecret)
    secretNames = Self.alwaysSecretNames.union(secretHeaders.map { $0.name.lowercased() })
    secretValues = secretHeaders.map(\.value).filter { !$0.isEmpty }
    let schemeless = secretValues.compactMap { $0.split(separator: " ").last.map(String.init) }
    credentials = Redactor(secrets: secrets + schemeless)
  }

  /// The lines to emit for one chunk of trace output (possibly none).
  func lines(_ kind: Kind, _ bytes: UnsafeRawBufferPointer) -> [String] {
    switch kind {
    case .dataIn: return ["\(prefix)< [\(bytes.count) bytes of body]"]
    case .dataOut: return ["\(prefix)> [\(bytes.count) bytes of body]"]
    case .text, .headerIn, .headerOut:
      let marker = kind == .text ? "*" : (kind == .headerIn ? "<" : ">")
      let text = String(decoding: bytes, as: UTF8.self)
      return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        .map { "\(prefix)\(marker) \(redact(String($0)))" }
    }
  }

  /// `line` with a secret header's value replaced, and any secret value scrubbed anywhere.
  func redact(_ line: String) -> String {
    var result = line
    if let colon = line.firstIndex(of: ":") {
      let name = line[..<colon].trimmingSpaces.lowercased()
      if secretNames.contains(name) {
        result = "\(line[..<colon]): \(Self.placeholder)"
      }
    }
    for value in secretValues {
      result = result.replacing(value, with: Self.placeholder)
    }
    return credentials.redact(result)
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return self[start...end]
  }
}

import Foundation

/// A path as the file system spells it: bytes, which need not be UTF-8.
///
/// Files are opened by these bytes, so a name that is not UTF-8 (`good\xE9.txt` from a Latin-1
/// system) is opened under its own name; messages show `description`, the name with such bytes
/// and control characters escaped.
struct RawPath: Hashable, Sendable, CustomStringConvertible {
  /// The path's bytes, without a terminating NUL.
  var bytes: [UInt8]

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// The path spelt by `string` in UTF-8.
  init(_ string: String) { bytes = Array(string.utf8) }

  /// The path as printed: see `Printable.name(_:)`.
  var description: String { Printable.name(bytes) }

  /// This folder's entry `name`.
  func appending(_ name: [UInt8]) -> RawPath {
    RawPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [0x2F] + name)
  }

  /// The last component's bytes.
  var lastComponent: [UInt8] {
    var end = bytes.endIndex
    while end > bytes.startIndex + 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
    let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
    return Array(bytes[start..<end])
  }

  /// The last component's extension (after its last `.`, which is not its first character),
  /// or "" when it has none.
  var pathExtension: String {
    let name = lastComponent
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
    return String(decoding: name[(dot + 1)...], as: UTF8.self)
  }

  /// The last component without its extension, bytes that are not UTF-8 read as U+FFFD: the
  /// article id a file gives (made safe later).
  var baseName: String { String(decoding: baseNameBytes, as: UTF8.self) }

  /// The last component without its extension, as the file system spells it.
  var baseNameBytes: [UInt8] {
    let name = lastComponent
    let end = name.lastIndex(of: UInt8(ascii: ".")).flatMap { $0 > 0 ? $0 : nil } ?? name.count
    return Array(name[..<end])
  }

  /// Calls `body` with the path as a NUL-terminated C string.
  func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
    try (bytes + [0]).withUnsafeBufferPointer { buffer in
      try buffer.withMemoryRebound(to: CChar.self) { characters in
        // A buffer made from a non-empty array always has a base address.
        guard let base = characters.baseAddress else { return try body("") }
        return try body(base)
      }
    }
  }
}

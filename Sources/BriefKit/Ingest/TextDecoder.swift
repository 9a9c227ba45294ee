/// Decodes raw bytes into text. STUB: replaced by the ingest stage.
public enum TextDecoder {
  /// The encoding the bytes were read in.
  public enum Encoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1252 = "windows-1252"
  }

  /// Decoded text with the encoding found and any warnings.
  public struct Result: Sendable, Equatable {
    public var text: String
    public var encoding: Encoding
    public var warnings: [IngestWarning]
  }

  /// Decodes `bytes`: UTF-8 (BOM optional), UTF-16 with BOM, else Windows-1252 with a warning.
  public static func decode(_ bytes: [UInt8]) throws(IngestError) -> Result {
    Result(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, warnings: [])
  }
}

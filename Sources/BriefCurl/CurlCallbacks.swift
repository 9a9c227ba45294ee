internal import CCurl

/// The C callbacks libcurl calls during a transfer.
///
/// Capture-free: each finds its `CurlTransfer` through the userdata pointer (`Unmanaged`, unretained; the run loop keeps the
/// transfer alive until libcurl reports it done).
enum CurlCallbacks {
  /// `CURLOPT_WRITEFUNCTION`: body bytes.
  ///
  /// Returning less than given aborts the transfer.
  static let write: curl_write_callback = { data, size, count, userdata in
    let length = size * count
    guard let userdata, let data else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let accepted = transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length))
    return accepted ? length : 0
  }

  /// `CURLOPT_HEADERFUNCTION`: one complete header line (status line and blank line included).
  static let header: curl_write_callback = { data, size, count, userdata in
    let length = size * count
    guard let userdata, let data else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    return length
  }

  /// `CURLOPT_DEBUGFUNCTION`: trace text, headers and data; TLS records are skipped.
  static let debug: curl_debug_callback = { _, type, data, size, userdata in
    guard let userdata, let data else { return 0 }
    let kind: TraceRedactor.Kind
    switch type {
    case CURLINFO_TEXT: kind = .text
    case CURLINFO_HEADER_IN: kind = .headerIn
    case CURLINFO_HEADER_OUT: kind = .headerOut
    case CURLINFO_DATA_IN: kind = .dataIn
    case CURLINFO_DATA_OUT: kind = .dataOut
    default: return 0
    }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    transfer.receiveTrace(kind, UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }
}

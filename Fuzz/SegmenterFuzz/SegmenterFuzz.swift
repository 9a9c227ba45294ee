#if FUZZING
  import Glibc

  /// The libFuzzer entry point: checks one input and aborts on a failed property.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func segmenterFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    if let failure = SegmenterCheck.failure(for: input) {
      print("segmenter-fuzz: \(failure)")
      abort()
    }
    return 0
  }

  /// libFuzzer's driver, run from our own entry point.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The entry point SwiftPM links an executable target to (`main` is defined as this
  /// symbol), handing over to libFuzzer.
  @_cdecl("segmenter_fuzz_main")
  public func segmenterFuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, segmenterFuzzTestOneInput)
  }
#else
  import Foundation

  /// Replays inputs (fuzzer reproducers, corpus files) through the fuzzer's checks.
  ///
  /// `segmenter-fuzz FILE...`: exit status 1 when a property fails for some file.
  @main
  struct SegmenterFuzzReplay {
    static func main() {
      var failed = false
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("\(path): cannot be read")
          failed = true
          continue
        }
        let bytes = [UInt8](data)
        if let failure = bytes.withUnsafeBufferPointer(SegmenterCheck.failure(for:)) {
          print("\(path): \(failure)")
          failed = true
        }
      }
      exit(failed ? 1 : 0)
    }
  }
#endif

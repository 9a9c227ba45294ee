import BriefKit

/// What one fuzzer run checks: the splitter, the article-to-digest pipeline, or the reading of
/// translation servers' replies.
///
/// `brief-fuzz CHECK ...` names it first.
enum FuzzCheck: String, CaseIterable {
  case segmenter
  case pipeline
  case translation

  /// A description of the first property that fails for `input`, or nil.
  func failure(for input: UnsafeBufferPointer<UInt8>) -> String? {
    switch self {
    case .segmenter: SegmenterCheck.failure(for: input)
    case .pipeline: PipelineCheck.failure(for: input)
    case .translation: TranslationCheck.failure(for: input)
    }
  }

  /// The check named by `argument`, or nil after printing the usage.
  static func named(_ argument: String?) -> FuzzCheck? {
    if let check = argument.flatMap(FuzzCheck.init(rawValue:)) { return check }
    let names = allCases.map(\.rawValue).joined(separator: "|")
    print("usage: brief-fuzz \(names) [libFuzzer options or files to replay]")
    return nil
  }
}

#if FUZZING
  import Glibc

  /// The check this process runs; set once from the command line before fuzzing starts.
  nonisolated(unsafe) var selectedCheck = FuzzCheck.segmenter

  /// The libFuzzer entry point: checks one input and aborts on a failed property.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func briefFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    if let failure = selectedCheck.failure(for: input) {
      print("brief-fuzz \(selectedCheck.rawValue): \(failure)")
      fflush(nil)  // the reason must be out before abort() ends the process
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
  /// symbol): takes the check's name off the arguments and hands the rest to libFuzzer.
  @_cdecl("brief_fuzz_main")
  public func briefFuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    guard let argv, argc >= 2, let check = FuzzCheck.named(argv[1].map { String(cString: $0) })
    else {
      _ = FuzzCheck.named(nil)
      return 2
    }
    selectedCheck = check
    // libFuzzer sees the program name followed by everything after the check's name.
    argv[1] = argv[0]
    var count = argc - 1
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv + 1
    return runFuzzerDriver(&count, &arguments, briefFuzzTestOneInput)
  }
#else
  import Foundation

  /// Replays inputs (fuzzer reproducers, corpus files) through one of the fuzzer's checks.
  ///
  /// `brief-fuzz CHECK FILE...`: exit status 1 when a property fails for some file, 2 for an
  /// unknown check.
  @main
  struct BriefFuzzReplay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let check = FuzzCheck.named(arguments.first) else { exit(2) }
      var failed = false
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("\(path): cannot be read")
          failed = true
          continue
        }
        let bytes = [UInt8](data)
        if let failure = bytes.withUnsafeBufferPointer(check.failure(for:)) {
          print("\(path): \(failure)")
          failed = true
        }
      }
      exit(failed ? 1 : 0)
    }
  }
#endif

import Foundation

/// Finds the editable files shipped with Brief (`prompts/`).
///
/// They are looked for in the working folder, next to the executable, in `../share/brief`
/// beside it, or in the package checkout the executable was built in. Without one,
/// `ShippedFiles` has the copies built into Brief.
enum ProductFiles {
  /// The file at `relativePath` in the first folder that has it, or nil.
  ///
  /// `relativePath` is like `prompts/glossary-de-en.tsv`; the folders are the working folder,
  /// the executable's folder, `../share/brief` beside it, or the checkout above
  /// `.build/<triple>/<configuration>/`. The executable is the running file itself (on Linux
  /// `/proc/self/exe`), also when it was started through `PATH` or a symbolic link.
  static func locate(_ relativePath: String) -> String? {
    let manager = FileManager.default
    let executable =
      (Bundle.main.executableURL
      ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    let folder = executable.deletingLastPathComponent()
    let roots = [
      URL(fileURLWithPath: manager.currentDirectoryPath),
      folder,
      folder.deletingLastPathComponent().appendingPathComponent("share/brief"),
      folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent(),
    ]
    return roots.map { $0.appendingPathComponent(relativePath).path }
      .first { manager.fileExists(atPath: $0) }
  }
}

import Foundation

/// Finds the editable files shipped with Brief (`prompts/`): next to the working folder, next
/// to the executable, or in the package checkout the executable was built in.
enum ProductFiles {
  /// The file at `relativePath` in the first folder that has it.
  ///
  /// `relativePath` is like `prompts/glossary-de-en.tsv`; the folders are the working folder, the executable's folder, `../share/brief` beside it, or the
  /// checkout above `.build/<triple>/<configuration>/`.
  static func locate(_ relativePath: String) -> String? {
    let manager = FileManager.default
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
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

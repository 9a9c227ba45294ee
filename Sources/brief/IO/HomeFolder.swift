import Foundation

/// The user's home folder as a shell sees it, and the folders Brief keeps its files in.
///
/// `$HOME` when it is set and not empty, else the home the password database gives the user:
/// so `HOME=/srv/brief brief ...` (a service account, a container, a test) finds its key file,
/// config and cache under `/srv/brief`, as `~` typed in a shell would.
enum HomeFolder {
  /// The home folder; nil when `HOME` is unset or empty and the user has no home in the
  /// password database.
  static func home(environment: [String: String]) -> String? {
    if let home = environment["HOME"], !home.isEmpty { return home }
    guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
    let home = String(cString: directory)
    return home.isEmpty ? nil : home
  }

  /// `path` with a leading `~` (alone or before `/`) replaced by the home folder; `~user` by
  /// that user's home from the password database; any other path unchanged.
  static func expanding(
    _ path: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    guard path.hasPrefix("~") else { return path }
    if path == "~" || path.hasPrefix("~/"), let folder = home(environment: environment) {
      return folder + path.dropFirst()
    }
    return NSString(string: path).expandingTildeInPath
  }

  /// Brief's folder below `variable` (an `XDG_*_HOME`), else below `fallback` in the home.
  ///
  /// `variable` counts only when it is an absolute path (the XDG Base Directory rule: a
  /// relative one is ignored); `fallback` is such as `.cache`. Nil when there is neither.
  static func briefFolder(
    variable: String, fallback: String, environment: [String: String]
  ) -> String? {
    if let base = environment[variable], base.hasPrefix("/") { return base + "/brief" }
    return home(environment: environment).map { $0 + "/" + fallback + "/brief" }
  }
}

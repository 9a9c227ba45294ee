/// `count` and `word` as a reader should see them: "1 story", "2 stories".
///
/// The plural is `plural`, else `word` + "s"; it is used unless there is exactly one.
package func counted(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? word : plural ?? word + "s")"
}

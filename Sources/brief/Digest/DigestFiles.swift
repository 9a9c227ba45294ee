import BriefKit

/// The files a digest is written to, the same for `brief batch` and `brief digest`:
/// `digest.{md,html,json}` (bilingual; JSON holds both languages) and the English edition for
/// readers who read no German, `digest.en.{md,html}`.
enum DigestFiles {
  /// The documents of `digest`, each with its file name, in writing order.
  static func documents(of digest: Digest) -> [(name: String, text: String)] {
    let bilingual = [OutputFormat.markdown, .html, .json].map { format in
      ("digest." + format.fileExtension, BriefRenderer(format: format).render(digest))
    }
    let english = [OutputFormat.markdown, .html].map { format in
      (
        "digest.en." + format.fileExtension,
        BriefRenderer(format: format).render(digest, edition: .english)
      )
    }
    return bilingual + english
  }

  /// The file names in `folder`, as a summary line shows them.
  static func summary(in folder: String) -> String {
    "\(folder)/digest.{md,html,json} and \(folder)/digest.en.{md,html}"
  }
}

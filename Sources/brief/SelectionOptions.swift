import ArgumentParser
import BriefKit

/// Options that decide what goes into a brief, shared by `summarize` and `batch`.
struct SelectionOptions: ParsableArguments {
  @Option(
    name: .customLong("k"),
    help: "Sentences per brief (default 3 unless --ratio or --max-chars is given).")
  var sentenceCount: Int?

  @Option(
    help: ArgumentHelp(
      "Fraction of the article's sentences per brief, e.g. 0.2 (rounded, at least 1).",
      valueName: "fraction"))
  var ratio: Double?

  @Option(
    name: .customLong("max-chars"),
    help: ArgumentHelp(
      "Most characters of selected sentences per brief: greedy by score, never cutting one.",
      valueName: "n"))
  var maxCharacters: Int?

  @Option(help: "Language of the articles: de or en (default: detected per article).")
  var lang: Language?

  func validate() throws {
    if let sentenceCount, sentenceCount < 1 {
      throw ValidationError("--k must be at least 1.")
    }
    if sentenceCount != nil, ratio != nil {
      throw ValidationError("--k and --ratio cannot be used together.")
    }
    if let ratio, !(ratio > 0 && ratio <= 1) {
      throw ValidationError("--ratio must be greater than 0 and at most 1.")
    }
    if let maxCharacters, maxCharacters < 1 {
      throw ValidationError("--max-chars must be at least 1.")
    }
  }

  /// The pipeline configured by these options: `--k` (default 3), or `--ratio`, or only
  /// `--max-chars`; `--max-chars` also caps the other two.
  var pipeline: BriefPipeline {
    let count = sentenceCount ?? (ratio == nil && maxCharacters == nil ? 3 : nil)
    return BriefPipeline(
      configuration: .init(sentenceCount: count, ratio: ratio, maxCharacters: maxCharacters))
  }

  /// `article` with the language forced when `--lang` was given.
  func apply(to article: Article) -> Article {
    var article = article
    if let lang { article.language = lang }
    return article
  }
}

extension OutputFormat: ExpressibleByArgument {}

import ArgumentParser
import BriefKit

/// Options that decide what goes into a brief, shared by `summarize` and `batch`.
struct SelectionOptions: ParsableArguments {
  @Option(name: .customLong("k"), help: "Sentences per brief.")
  var sentenceCount = 3

  @Option(help: "Language of the articles: de or en (default: detected per article).")
  var lang: Language?

  func validate() throws {
    guard sentenceCount >= 1 else { throw ValidationError("--k must be at least 1.") }
  }

  /// The pipeline configured by these options.
  var pipeline: BriefPipeline {
    BriefPipeline(configuration: .init(sentenceCount: sentenceCount))
  }

  /// `article` with the language forced when `--lang` was given.
  func apply(to article: Article) -> Article {
    var article = article
    if let lang { article.language = lang }
    return article
  }
}

extension OutputFormat: ExpressibleByArgument {}

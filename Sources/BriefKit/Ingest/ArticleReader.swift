/// Turns raw input into articles: decode, extract text from HTML, normalise.
///
/// The date comes from the input where it gives one, else from a metadata line near the
/// start of the text (`ArticleDateFinder`).
public enum ArticleReader {
  /// One article from the bytes of a text, Markdown or HTML document.
  ///
  /// Text and Markdown keep their text as decoded (then normalised), less a metadata block at
  /// the start (YAML front matter, a Jina Reader header: `MetadataHeader`), whose title, URL,
  /// date and language the article takes; HTML is reduced to its readable text, its first
  /// `<h1>` (else `<title>`) becomes the title, its `<meta>` or `<time>` publication date
  /// the date and its canonical (or `og:url`) address the URL.
  /// `form` is how far the text is normalised: `.full` for briefs, `.lossless` to show it as
  /// it is (`brief split`).
  /// - Throws: `IngestError.empty` or `.binary(offset:)`.
  public static func article(
    from bytes: [UInt8], id: String, source: String, format: ArticleFormat,
    form: TextNormalizer.Form = .full
  ) throws(IngestError) -> (article: Article, warnings: [IngestWarning]) {
    let decoded = try TextDecoder.decode(bytes)
    var header = MetadataHeader()
    var text = decoded.text
    if format == .html {
      let extracted = HTMLTextExtractor.extract(TextNormalizer.normalize(text, form: form))
      text = extracted.text
      header.title = extracted.title.map { TextNormalizer.normalize($0) }
      header.date = extracted.date
      header.url = extracted.url
    }
    text = TextNormalizer.normalize(text, form: form)
    // `brief split` shows the block as it is (`.lossless`); a brief reads it and drops it.
    if format != .html, form == .full, let (found, _, body) = MetadataHeader.split(text) {
      header = found
      text = String(body)
    }
    guard !TextDecoder.isBlank(text) else { throw .empty }
    let article = Article(
      id: id, text: text, title: header.title,
      date: header.date ?? ArticleDateFinder.date(in: text), url: header.url,
      language: header.language, source: source)
    return (article, decoded.warnings)
  }

  /// One article from one JSONL line (`{"id","text"}` plus optional `title`, `date`, `url`,
  /// `lang`, `k`); `lineNumber` is 1-based and used in errors and in `source`.
  ///
  /// - `id`: a string or a number; `text`: a string, normalised, read as HTML when it starts
  ///   with markup, refused as binary like a file's text; `date`: ISO 8601 date or date-time,
  ///   kept as given (the basic form `20250214` as `2025-02-14`; anything else is left out
  ///   with a warning); `lang`: `de`/`en` or a tag starting with one (`de-DE`); `k`: a positive
  ///   integer, the sentence count.
  /// - A line that is not valid UTF-8 is read as Windows-1252, with a warning.
  /// - `source` becomes `"SOURCE:LINE"`.
  /// - `form`: as for documents; `.lossless` shows the text as it is (`brief split`).
  /// - Throws: `IngestError.invalidJSONLine` with a short reason such as `missing "text"`.
  public static func article(
    fromJSONLine line: [UInt8], lineNumber: Int, source: String,
    form: TextNormalizer.Form = .full
  ) throws(IngestError) -> (article: Article, warnings: [IngestWarning]) {
    do throws(JSONLineReader.Failure) {
      return try JSONLineReader.article(
        from: line, source: "\(source):\(lineNumber)", form: form)
    } catch {
      throw .invalidJSONLine(line: lineNumber, reason: error.reason)
    }
  }
}

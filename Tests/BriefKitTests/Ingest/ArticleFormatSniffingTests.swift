import Testing

@testable import BriefKit

struct ArticleFormatSniffingTests {
  @Test(arguments: [
    "<!DOCTYPE html><html><body><p>Hallo.</p></body></html>", "\u{FEFF}  \n<html lang=\"de\">",
    "<div class=\"article\"><p>Text.</p></div>", "<p>Ein Absatz.</p>",
  ])
  func `markup at the start is read as HTML`(text: String) {
    #expect(ArticleFormat.sniffed(Array(text.utf8)) == .html)
  }

  @Test(arguments: ["Die Regierung beriet <b>nicht</b>.", "<3 Grüße", "", "   "])
  func `text that does not open with a document tag is plain text`(text: String) {
    #expect(ArticleFormat.sniffed(Array(text.utf8)) == .text)
  }
}

import Testing

@testable import BriefKit

@Test(arguments: [
  ("Der **Außenminister** kam.", "Der Außenminister kam."),
  ("Der __Außenminister__ kam.", "Der Außenminister kam."),
  ("Ein *kursives* und _betontes_ Wort.", "Ein kursives und betontes Wort."),
  ("Wie **CNN berichtete**.", "Wie CNN berichtete."),
  ("***beides***", "beides"),
  ("Bürger*innen und Lehrer*innen", "Bürger*innen und Lehrer*innen"),
  ("snake_case und my_var_name", "snake_case und my_var_name"),
  ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
  ("Siehe [den Bericht](https://example.org/x) hier.", "Siehe den Bericht hier."),
  ("Bild ![Alt-Text](bild.png) da.", "Bild Alt-Text da."),
  ("[1](Quelle: dpa) bleibt", "[1](Quelle: dpa) bleibt"),
  ("Der Befehl `brief split` teilt.", "Der Befehl brief split teilt."),
  ("Code `a*b*c` bleibt", "Code a*b*c bleibt"),
  ("Ein \\*Stern\\*", "Ein *Stern*"),
  ("## Treffen in Malaysia", "Treffen in Malaysia"),
  ("> - Zitat im Punkt", "Zitat im Punkt"),
  ("  Zeile\n  umbrochen\t mit   Lücken  ", "Zeile umbrochen mit Lücken"),
  ("Ein **nicht geschlossen", "Ein **nicht geschlossen"),
  ("Ein nicht geöffnet** Wort", "Ein nicht geöffnet** Wort"),
  // Emphasis over several sentences, cut apart at a sentence boundary.
  ("**Die Regierung hat beschlossen.", "Die Regierung hat beschlossen."),
  ("Millionen Rentner sind betroffen.**", "Millionen Rentner sind betroffen."),
  ("_Minister Heil im Bundestag.", "Minister Heil im Bundestag."),
  ("2 * 3 = 6 *", "2 * 3 = 6 *"),
])
func `markup is stripped and words are kept`(input: String, expected: String) {
  #expect(MarkupStripper.plainText(input) == expected)
}

@Test(arguments: [
  (
    "[Friedrich Merz](https://de.wikipedia.org/wiki/Merz_(Politiker)) sprach.",
    "Friedrich Merz sprach."
  ),
  ("Laut [Bericht](https://example.org/a_(b)) stieg der Preis.", "Laut Bericht stieg der Preis."),
  ("[hier klicken](javascript:alert(1)) bitte", "hier klicken bitte"),
  ("[a](x_((y))z) und [b](u\\)v) Ende", "a und b Ende"),
  ("[offen](https://example.org/a_(b) bleibt", "[offen](https://example.org/a_(b) bleibt"),
])
func `parentheses in a link's url are balanced, leaving no stray parenthesis`(
  input: String, expected: String
) {
  #expect(MarkupStripper.plainText(input) == expected)
}

@Test func `a long run of opening parentheses in a link is stripped in linear time`() {
  let input = "[a](" + String(repeating: "(", count: 200_000) + " Ende"
  #expect(MarkupStripper.plainText(input).hasSuffix("Ende"))
}

@Test func `stripping never drops a word`() {
  let inputs = [
    "a *b c", "_x_y_z_", "**a** **b**", "[a](b c)", "`unclosed", "*_*_", "# #", "-> Pfeil",
  ]
  for input in inputs {
    let kept = MarkupStripper.plainText(input).filter { $0.isLetter }
    #expect(kept == input.filter { $0.isLetter })
  }
}

@Test func `text without markup is collapsed from bytes as the character passes do`() {
  var inputs = [
    "  Zeile\n  umbrochen\t mit   Lücken  ", "„Zitat“ – 3,5 € über Österreich…",
    "a\u{A0}b\u{2009}c",
    "x\u{85}y\u{2028}z\u{202F}w\u{205F}v", "- Punkt", "+ Punkt", "# Titel", "> Zitat", "-",
    "Text - mit Strich", "", " ", "e\u{301}", "😀 Emoji", "a\r\nb", "a\u{200D}b", "日本",
  ]
  for value in UInt32(0)...0x2FF {
    if let scalar = Unicode.Scalar(value) { inputs.append("A\(scalar)b \(scalar) c\(scalar)") }
  }
  for value in UInt32(0x2000)...0x20CF {
    if let scalar = Unicode.Scalar(value) { inputs.append("A\(scalar)b \(scalar) c\(scalar)") }
  }
  for input in inputs {
    if let fast = MarkupStripper.collapsedWithoutMarkup(input) {
      #expect(
        fast == MarkupStripper.plainTextByCharacters(input), "\(input.unicodeScalars.map(\.value))")
    }
  }
  #expect(
    MarkupStripper.collapsedWithoutMarkup("Ein ganz  normaler Satz.") == "Ein ganz normaler Satz.")
  #expect(MarkupStripper.collapsedWithoutMarkup("Der **Satz**") == nil)
  #expect(MarkupStripper.collapsedWithoutMarkup("e\u{301}") == nil)
}

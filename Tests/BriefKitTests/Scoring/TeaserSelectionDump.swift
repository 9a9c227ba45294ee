// Tuning harness, disabled unless BRIEF_TUNE_GRID names a JSON file {"name": {"key": value}}
// of Configuration overrides: for each entry, selects 3 sentences of every article of
// /work/shared/data/summarization/gnad-teaser-dev.jsonl (split by `naiveSentences`, the rule
// scripts/rouge-eval.py uses for Lead-3, until the real segmenter lands) and writes
// /tmp/brief-tune/NAME.jsonl for `scripts/rouge-eval.py --predictions`.
import Foundation
import Testing

@testable import BriefKit

/// Splits a paragraph into sentences by the tuning rule (the same as scripts/rouge-eval.py).
///
/// A sentence ends after `.`, `!` or `?` (plus closing quotes) when whitespace and an upper-case
/// letter, digit or opening quote follow; not after a 1-2 digit number, a single letter or an
/// abbreviation.
func naiveSentences(_ text: String) -> [Segment] {
  let scalars = Array(text.unicodeScalars)
  var offsets = [0]
  for s in scalars { offsets.append(offsets[offsets.count - 1] + String(s).utf8.count) }
  let closers = Set("\"'“”»«)]".unicodeScalars)
  let openers = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789„\"»«(".unicodeScalars)
  let abbreviations: Set<String> = [
    "dr", "nr", "bzw", "ca", "st", "prof", "vgl", "mag", "ing", "abs", "art", "jh", "usw",
    "etc", "co", "fr", "hr", "str", "univ", "inkl", "evtl", "ggf", "sog", "zb", "dipl",
  ]
  var segments: [Segment] = []
  func emit(_ a: Int, _ b: Int) {
    var a = a
    var b = b
    while a < b, scalars[a].properties.isWhitespace { a += 1 }
    while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
    guard a < b else { return }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[a..<b])
    segments.append(Segment(text: String(view), range: offsets[a]..<offsets[b], kind: .sentence))
  }
  func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil
  }
  var start = 0
  var i = 0
  while i < scalars.count {
    if ".!?".unicodeScalars.contains(scalars[i]) {
      var j = i + 1
      while j < scalars.count, closers.contains(scalars[j]) { j += 1 }
      var k = j
      while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
      if k > j, k < scalars.count, openers.contains(scalars[k]) {
        var w = i
        while w > 0, isWordScalar(scalars[w - 1]) { w -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[w..<i])
        let word = String(view)
        let isDigits = !word.isEmpty && word.allSatisfy(\.isNumber)
        let skip =
          scalars[i] == "."
          && ((isDigits && word.count <= 2) || (word.count == 1 && word.first?.isLetter == true)
            || abbreviations.contains(word.lowercased()))
        if !skip {
          emit(start, j)
          start = k
        }
        i = k
        continue
      }
    }
    i += 1
  }
  emit(start, scalars.count)
  return segments
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_TUNE_GRID"] != nil))
func `dump selections for tuning`() throws {
  let env = ProcessInfo.processInfo.environment
  let gridPath = try #require(env["BRIEF_TUNE_GRID"])
  let grid = try #require(
    try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: gridPath)))
      as? [String: [String: Double]])
  let data = try String(
    contentsOfFile: "/work/shared/data/summarization/gnad-teaser-dev.jsonl", encoding: .utf8)
  let articles = data.split(separator: "\n").compactMap {
    try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
  }
  let split = articles.map { naiveSentences($0["text"] as? String ?? "") }
  let out = URL(fileURLWithPath: "/tmp/brief-tune")
  try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
  for (name, values) in grid.sorted(by: { $0.key < $1.key }) {
    var c = SentenceSelector.Configuration()
    for (key, v) in values {
      switch key {
      case "lengthAllowance": c.lengthAllowance = v
      case "leadWindow": c.leadWindow = Int(v)
      case "quoteFactor": c.quoteFactor = v
      case "duplicateCosine": c.duplicateCosine = v
      case "duplicateContainment": c.duplicateContainment = v
      default: Issue.record("unknown key \(key)")
      }
    }
    let selector = SentenceSelector(language: .german, configuration: c)
    var lines = ""
    for (article, segments) in zip(articles, split) {
      let chosen = selector.select(from: segments, title: nil, count: 3).map(\.segment.text)
      let object: [String: Any] = ["id": article["id"] as? String ?? "", "sentences": chosen]
      let json = try JSONSerialization.data(withJSONObject: object)
      lines += String(decoding: json, as: UTF8.self) + "\n"
    }
    try lines.write(
      to: out.appendingPathComponent("\(name).jsonl"), atomically: true, encoding: .utf8)
  }
}

// Feature dump for training the selector's term model, disabled unless BRIEF_FEATURE_DUMP names
// an output file: one JSON line per article of the teaser set (or of the JSONL file named by
// BRIEF_FEATURE_INPUT), split by the real `Segmenter`: {"id", "sentences": [text], "words",
// "pronoun": [opener strength], "quote": [quoted share], "termNames", "termFeatures": [[value
// per term feature]] by term id, "termLabels": [term in the reference], "sentenceTerms": [[term
// id]], "termStrings": [term by id]}; read by scripts/train-selector.py.
@Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_FEATURE_DUMP"] != nil))
func `dump sentence features for training`() throws {
  let environment = ProcessInfo.processInfo.environment
  let output = try #require(environment["BRIEF_FEATURE_DUMP"])
  let input =
    environment["BRIEF_FEATURE_INPUT"] ?? "/work/shared/data/summarization/gnad-teaser-dev.jsonl"
  let data = try String(contentsOfFile: input, encoding: .utf8)
  let selector = SentenceSelector(language: .german)
  var lines = ""
  for line in data.split(separator: "\n") {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let text = object["text"] as? String ?? ""
    let segments = Segmenter(language: .german).segments(in: text)
    let sentences = segments.filter { $0.kind == .sentence }.map(\.text)
    let table = selector.termTable(
      from: segments, reference: object["reference"] as? String ?? "")
    let result: [String: Any] = [
      "id": object["id"] as? String ?? "", "sentences": sentences,
      "words": sentences.map { Tokenizer.tokens(in: $0).count },
      "pronoun": selector.openerStrengths(from: segments).map { $0 },
      "quote": sentences.map { SentenceShape.quoteShare(of: $0) },
      "termNames": TermSalience.featureNames, "termFeatures": table.features,
      "termLabels": table.labels, "sentenceTerms": table.sentenceTerms,
      "termStrings": table.strings,
    ]
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    lines += String(decoding: json, as: UTF8.self) + "\n"
  }
  try lines.write(toFile: output, atomically: true, encoding: .utf8)
}

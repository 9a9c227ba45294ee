import Foundation

/// A dated JSONL feed with several stories for the distributed tests: the seed texts with
/// their publication dates, plus generated articles on three other subjects over a few days.
enum DistributedFeed {
  /// One subject: sentences its articles share, and the days they appear on.
  struct Subject {
    var name: String
    var sentences: [String]
    var days: [String]
  }

  static let subjects = [
    Subject(
      name: "hochwasser",
      sentences: [
        "Das Hochwasser an der Donau hat in Niederösterreich weitere Gemeinden erreicht.",
        "Die Feuerwehr errichtete in Krems und Melk mobile Schutzwände gegen das Hochwasser.",
        "Der Pegel der Donau stieg in der Nacht auf über acht Meter.",
        "Hunderte Helfer des Bundesheeres füllten in Krems Sandsäcke.",
        "Die Landesregierung in Niederösterreich sagte den Gemeinden rasche Hilfe zu.",
        "Meteorologen erwarten für die Donau erst am Wochenende eine Entspannung.",
      ],
      days: ["2025-03-03", "2025-03-04", "2025-03-12"]),
    Subject(
      name: "bahnstreik",
      sentences: [
        "Die Gewerkschaft vida hat für Montag einen Streik bei den Bundesbahnen angekündigt.",
        "Im Streik stehen Fernverkehr und Nahverkehr der Bundesbahnen österreichweit still.",
        "Die Gewerkschaft fordert für die Eisenbahner eine Lohnerhöhung von zehn Prozent.",
        "Die Bundesbahnen nannten die Forderung der Gewerkschaft überzogen.",
        "Pendler sollen während des Streiks auf Busse und Fahrgemeinschaften ausweichen.",
        "Die Verhandlungen über den Kollektivvertrag der Eisenbahner gehen am Freitag weiter.",
      ],
      days: ["2025-05-05", "2025-05-06"]),
    Subject(
      name: "grazwahl",
      sentences: [
        "Bei der Gemeinderatswahl in Graz hat die KPÖ deutlich an Stimmen gewonnen.",
        "Die Bürgermeisterin von Graz kündigte Gespräche mit allen Fraktionen im Gemeinderat an.",
        "Die Wahlbeteiligung in Graz lag mit knapp sechzig Prozent unter dem letzten Wert.",
        "Die ÖVP verlor in Graz fast ein Drittel ihrer Stimmen im Gemeinderat.",
        "Wahlforscher führen das Ergebnis in Graz auf die Debatte um die Mieten zurück.",
        "Die Grünen wollen in Graz weiter mit der KPÖ im Gemeinderat zusammenarbeiten.",
      ],
      days: ["2025-09-28", "2025-09-29", "2025-10-02"]),
  ]

  /// One JSON line `{"date","id","text"}` (keys sorted).
  static func line(id: String, text: String, date: String) throws -> String {
    let object = ["id": id, "text": text, "date": date]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// The generated articles: each a rotation of its subject's sentences and a line of its own.
  static func generatedLines() throws -> [String] {
    var lines: [String] = []
    for subject in subjects {
      for (number, day) in subject.days.enumerated() {
        let count = subject.sentences.count
        let rotated = (0..<count).map { subject.sentences[($0 + number) % count] }
        let own = "Die Lage am \(day) beschäftigte auch die Zeitung Nummer \(number + 1)."
        let text = (rotated + [own]).joined(separator: " ")
        lines.append(try line(id: "\(subject.name)-\(number + 1)", text: text, date: day))
      }
    }
    return lines
  }

  /// The seeds with their dates (ids prefixed `dated-`) and the generated articles.
  static func feed() throws -> Data {
    var lines: [String] = []
    for file in try BriefProcess.seedFiles() {
      let id = file.deletingPathExtension().lastPathComponent
      let text = try String(contentsOf: file, encoding: .utf8)
      let date = DigestBatchTests.dates[String(id.prefix(3))] ?? ""
      lines.append(try line(id: "dated-" + id, text: text, date: date))
    }
    lines += try generatedLines()
    return Data((lines.joined(separator: "\n") + "\n").utf8)
  }
}

/// Folds the spelling variants of names across outlets and transliterations onto one form, for
/// similarity only (never for display): `Lawrow`/`Lavrov`, `Sergej`/`Sergey`,
/// `Rjabkow`/`Riabkow`, `Riad`/`Riyadh`, `Selenskyj`/`Zelensky`, `Tschernihiw`/`Chernihiv`,
/// `NATO`/`Nato`.
///
/// Rules, applied to a lower-cased word in order: `ß` -> `ss`, umlauts and accents dropped;
/// `tsch` -> `ch`, `sch` -> `sh`; `w` -> `v`, `j` and `y` -> `i`, `z` -> `s`, `c` -> `k`,
/// `ph` -> `f`; an `h` after a consonant dropped; runs of one letter collapsed. Deliberately
/// lossy: two different words rarely fold together, while one name's variants usually do.
public enum SpellingVariants {
  /// The folded form of a lower-cased word.
  public static func fold(_ word: String) -> String {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.unicodeScalars.count)
    for scalar in word.unicodeScalars {
      switch scalar {
      case "ß": letters += ["s", "s"]
      case "ä", "à", "á", "â", "ã", "å": letters.append("a")
      case "ö", "ò", "ó", "ô", "õ", "ø": letters.append("o")
      case "ü", "ù", "ú", "û": letters.append("u")
      case "é", "è", "ê", "ë": letters.append("e")
      case "í", "ì", "î", "ï": letters.append("i")
      case "ç", "č", "ć": letters.append("c")
      case "š", "ś": letters += ["s", "h"]
      case "ž", "ź", "ż": letters.append("z")
      default: letters.append(scalar)
      }
    }
    var folded: [Unicode.Scalar] = []
    folded.reserveCapacity(letters.count)
    var index = 0
    while index < letters.count {
      let rest = letters[index...]
      if rest.starts(with: ["t", "s", "c", "h"] as [Unicode.Scalar]) {
        folded += ["c", "h"]
        index += 4
        continue
      }
      if rest.starts(with: ["s", "c", "h"] as [Unicode.Scalar]) {
        folded += ["s", "h"]
        index += 3
        continue
      }
      if rest.starts(with: ["p", "h"] as [Unicode.Scalar]) {
        folded.append("f")
        index += 2
        continue
      }
      folded.append(letters[index])
      index += 1
    }
    var result = String.UnicodeScalarView()
    for scalar in folded {
      let mapped: Unicode.Scalar
      switch scalar {
      case "w": mapped = "v"
      case "j", "y": mapped = "i"
      case "z": mapped = "s"
      case "c": mapped = "k"
      default: mapped = scalar
      }
      if mapped == "h", let previous = result.last, isConsonant(previous) { continue }
      if let previous = result.last, previous == mapped, mapped.properties.isAlphabetic {
        continue
      }
      result.append(mapped)
    }
    return String(result)
  }

  private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic && !"aeiou".unicodeScalars.contains(scalar)
  }
}

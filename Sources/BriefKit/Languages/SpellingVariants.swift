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
    fold(Array(word.unicodeScalars))
  }

  /// The folded form of a lower-cased word given as scalars.
  ///
  /// One pass rewrites letters, a second one digraphs; the second pass writes UTF-8 through
  /// `Output`, which applies the one-letter mappings and drops and collapses as it goes.
  static func fold(_ word: [Unicode.Scalar]) -> String {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.count + 4)
    for scalar in word {
      switch scalar {
      case "ß":
        letters.append("s")
        letters.append("s")
      case "ä", "à", "á", "â", "ã", "å": letters.append("a")
      case "ö", "ò", "ó", "ô", "õ", "ø": letters.append("o")
      case "ü", "ù", "ú", "û": letters.append("u")
      case "é", "è", "ê", "ë": letters.append("e")
      case "í", "ì", "î", "ï": letters.append("i")
      case "ç", "č", "ć": letters.append("c")
      case "š", "ś":
        letters.append("s")
        letters.append("h")
      case "ž", "ź", "ż": letters.append("z")
      default: letters.append(scalar)
      }
    }
    var output = Output(capacity: letters.count)
    var index = 0
    let count = letters.count
    while index < count {
      let scalar = letters[index]
      if scalar == "t", index + 3 < count, letters[index + 1] == "s", letters[index + 2] == "c",
        letters[index + 3] == "h"
      {
        output.append("c")
        output.append("h")
        index += 4
      } else if scalar == "s", index + 2 < count, letters[index + 1] == "c",
        letters[index + 2] == "h"
      {
        output.append("s")
        output.append("h")
        index += 3
      } else if scalar == "p", index + 1 < count, letters[index + 1] == "h" {
        output.append("f")
        index += 2
      } else {
        output.append(scalar)
        index += 1
      }
    }
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// The folded word as it grows: maps `w` -> `v`, `j`/`y` -> `i`, `z` -> `s`, `c` -> `k`,
  /// drops an `h` after a consonant and a letter repeating the one before it.
  private struct Output {
    var bytes: [UInt8] = []
    /// The scalar appended last.
    var last: Unicode.Scalar?

    init(capacity: Int) {
      bytes.reserveCapacity(capacity + 4)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
      let mapped: Unicode.Scalar
      switch scalar {
      case "w": mapped = "v"
      case "j", "y": mapped = "i"
      case "z": mapped = "s"
      case "c": mapped = "k"
      default: mapped = scalar
      }
      if let last {
        if mapped == "h", isConsonant(last) { return }
        if last == mapped, isAlphabetic(mapped) { return }
      }
      if mapped.isASCII {
        bytes.append(UInt8(truncatingIfNeeded: mapped.value))
      } else {
        UTF8.encode(mapped) { bytes.append($0) }
      }
      last = mapped
    }
  }

  @inline(__always)
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value | 0x20
      return v >= 0x61 && v <= 0x7A
    }
    return scalar.properties.isAlphabetic
  }

  private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a", "e", "i", "o", "u": false
    default: isAlphabetic(scalar)
    }
  }
}

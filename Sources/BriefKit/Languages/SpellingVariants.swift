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
    var scalars = Array(word.unicodeScalars)
    return fold(&scalars)
  }

  /// The folded form of a lower-cased word given as scalars, which serve as scratch space.
  ///
  /// One pass rewrites letters (in place unless `ß`, `š` or `ś` widen the word), a second one
  /// digraphs; the second pass writes UTF-8 straight into the result through `Output`, which
  /// applies the one-letter mappings and drops and collapses as it goes.
  static func fold(_ word: inout [Unicode.Scalar]) -> String {
    if word.contains(where: { $0 == "ß" || $0 == "š" || $0 == "ś" }) {
      word = widened(word)
    } else {
      for index in word.indices { word[index] = letter(word[index]) }
    }
    let letters = word
    return String(unsafeUninitializedCapacity: letters.count * 4) { buffer in
      var output = Output(buffer)
      var index = 0
      let count = letters.count
      while index < count {
        let scalar = letters[index]
        if scalar == "t", index + 3 < count, letters[index + 1] == "s",
          letters[index + 2] == "c", letters[index + 3] == "h"
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
      return output.count
    }
  }

  /// A letter with its umlaut or accent dropped (`ß`, `š` and `ś` aside, see `widened`).
  @inline(__always)
  private static func letter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "ä", "à", "á", "â", "ã", "å": "a"
    case "ö", "ò", "ó", "ô", "õ", "ø": "o"
    case "ü", "ù", "ú", "û": "u"
    case "é", "è", "ê", "ë": "e"
    case "í", "ì", "î", "ï": "i"
    case "ç", "č", "ć": "c"
    case "ž", "ź", "ż": "z"
    default: scalar
    }
  }

  /// `word` with `ß` as `ss`, `š` and `ś` as `sh`, and every other letter as `letter` gives it.
  private static func widened(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.count + 4)
    for scalar in word {
      switch scalar {
      case "ß":
        letters.append("s")
        letters.append("s")
      case "š", "ś":
        letters.append("s")
        letters.append("h")
      default: letters.append(letter(scalar))
      }
    }
    return letters
  }

  /// The folded word as it is written: maps `w` -> `v`, `j`/`y` -> `i`, `z` -> `s`, `c` -> `k`,
  /// drops an `h` after a consonant and a letter repeating the one before it.
  private struct Output {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    var count = 0
    /// The scalar appended last.
    var last: Unicode.Scalar?

    init(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
      self.bytes = bytes
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
        bytes[count] = UInt8(truncatingIfNeeded: mapped.value)
        count += 1
      } else {
        UTF8.encode(mapped) { byte in
          bytes[count] = byte
          count += 1
        }
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
    return WordScalarTable.shared.entry(scalar.value).isAlphabetic
  }

  private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a", "e", "i", "o", "u": false
    default: isAlphabetic(scalar)
    }
  }
}

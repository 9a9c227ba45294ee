/// Named HTML character references: the 252 entities of HTML 4 (Latin-1, symbols, special
/// characters) plus common HTML5 additions (`&apos;`, punctuation names, spaces).
///
/// Data only; `HTMLTextExtractor` decodes with it.
enum HTMLEntities {
  /// The Latin-1 entities in code point order, starting at U+00A0.
  static let latin1: [String] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
    "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
    "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
    "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
    "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
    "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
    "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
  ]

  /// Greek letters in code point order: capitals from U+0391, small letters from U+03B1.
  static let greek: [String] = [
    "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
    "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi",
    "Chi", "Psi", "Omega",
  ]

  /// Every other entity with its code point.
  static let others: [String: UInt32] = [
    // HTML 4 special characters.
    "quot": 34, "amp": 38, "lt": 60, "gt": 62, "OElig": 338, "oelig": 339, "Scaron": 352,
    "scaron": 353, "Yuml": 376, "circ": 710, "tilde": 732, "ensp": 8194, "emsp": 8195,
    "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207, "ndash": 8211,
    "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221,
    "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "permil": 8240, "lsaquo": 8249,
    "rsaquo": 8250, "euro": 8364,
    // HTML 4 symbols.
    "fnof": 402, "thetasym": 977, "upsih": 978, "piv": 982, "bull": 8226, "hellip": 8230,
    "prime": 8242, "Prime": 8243, "oline": 8254, "frasl": 8260, "weierp": 8472,
    "image": 8465, "real": 8476, "trade": 8482, "alefsym": 8501, "larr": 8592, "uarr": 8593,
    "rarr": 8594, "darr": 8595, "harr": 8596, "crarr": 8629, "lArr": 8656, "uArr": 8657,
    "rArr": 8658, "dArr": 8659, "hArr": 8660, "forall": 8704, "part": 8706, "exist": 8707,
    "empty": 8709, "nabla": 8711, "isin": 8712, "notin": 8713, "ni": 8715, "prod": 8719,
    "sum": 8721, "minus": 8722, "lowast": 8727, "radic": 8730, "prop": 8733, "infin": 8734,
    "ang": 8736, "and": 8743, "or": 8744, "cap": 8745, "cup": 8746, "int": 8747,
    "there4": 8756, "sim": 8764, "cong": 8773, "asymp": 8776, "ne": 8800, "equiv": 8801,
    "le": 8804, "ge": 8805, "sub": 8834, "sup": 8835, "nsub": 8836, "sube": 8838,
    "supe": 8839, "oplus": 8853, "otimes": 8855, "perp": 8869, "sdot": 8901, "lceil": 8968,
    "rceil": 8969, "lfloor": 8970, "rfloor": 8971, "lang": 9001, "rang": 9002, "loz": 9674,
    "spades": 9824, "clubs": 9827, "hearts": 9829, "diams": 9830,
    // Common HTML5 names.
    "apos": 39, "excl": 33, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40, "rpar": 41,
    "ast": 42, "plus": 43, "comma": 44, "period": 46, "sol": 47, "colon": 58, "semi": 59,
    "equals": 61, "quest": 63, "commat": 64, "lsqb": 91, "bsol": 92, "rsqb": 93,
    "lowbar": 95, "grave": 96, "lcub": 123, "verbar": 124, "rcub": 125, "Tab": 9,
    "NewLine": 10, "hyphen": 8208, "dash": 8208, "horbar": 8213, "numsp": 8199,
    "puncsp": 8200, "hairsp": 8202, "ZeroWidthSpace": 8203, "NoBreak": 8288,
    "NonBreakingSpace": 160, "lsquor": 8218, "ldquor": 8222, "rsquor": 8217,
    "rdquor": 8221, "half": 189, "check": 10003, "star": 9734, "starf": 9733,
    "sigmaf": 962, "QUOT": 34, "AMP": 38, "LT": 60, "GT": 62, "COPY": 169, "REG": 174,
  ]

  /// All entities by name (case-sensitive, without `&` and `;`).
  static let table: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [:]
    for (offset, name) in latin1.enumerated() {
      table[name] = Unicode.Scalar(UInt8(0xA0 + offset))
    }
    for (offset, name) in greek.enumerated() where !name.isEmpty {
      table[name] = Unicode.Scalar(UInt32(0x391 + offset))
      table[name.lowercased()] = Unicode.Scalar(UInt32(0x3B1 + offset))
    }
    for (name, value) in others {
      table[name] = Unicode.Scalar(value)
    }
    return table
  }()

  /// Longest entity name, to bound the scan for `;`.
  static let longestName = 32

  /// The scalar for a numeric reference, as browsers decode it: 0x80–0x9F as Windows-1252,
  /// NUL, surrogates and out-of-range values as U+FFFD.
  static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
    if (0x80...0x9F).contains(value) {
      return Unicode.Scalar(Windows1252.scalarValue(forByte: UInt8(value))) ?? "\u{FFFD}"
    }
    if value == 0 { return "\u{FFFD}" }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}

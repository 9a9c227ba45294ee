extension Segmenter {
  /// Tunable limits of the segmenter.
  ///
  /// Every property has a documented default and unit.
  public struct Configuration: Sendable, Equatable {
    /// The most words a line without final punctuation may have to count as a heading.
    ///
    /// Default 16 words; longer such lines are sentences without punctuation.
    public var maximumHeadingWords = 16
    /// The most bytes (UTF-8) a heading line may have.
    ///
    /// Default 200 bytes.
    public var maximumHeadingBytes = 200
    /// The most words of a question standing alone as a paragraph read as a sub-heading.
    ///
    /// For example `Was bedeutet das für Mieter?`. Default 10 words.
    public var maximumQuestionHeadingWords = 10
    /// How far (bytes) the boundary rules look back or ahead for the token around a period.
    ///
    /// Bounds the work per period, keeping segmentation linear. Default 64 bytes.
    public var maximumTokenLength = 64
    /// The most digits of a number read as an ordinal (`am 15.`).
    ///
    /// Longer numbers with a period end a sentence like any word (`im Jahr 2015.`).
    /// Default 3 digits.
    public var maximumOrdinalDigits = 3
    /// The longest segment or line (bytes) searched for contained boilerplate phrases.
    ///
    /// Phrases like `per E-Mail erhalten`; longer text is never furniture by content.
    /// Default 240 bytes.
    public var maximumBoilerplateBytes = 240
    /// The longest line (bytes) that is furniture as a whole.
    ///
    /// A longer line is running text even when it starts like furniture; its sentences are
    /// judged one by one. Default 300 bytes.
    public var maximumFurnitureLineBytes = 300
    /// The longest parenthesis (bytes) read as a credit (`(dpa/AFP/bearbeitet von ank)`).
    ///
    /// Default 100 bytes.
    public var maximumCreditBytes = 100
    /// The shortest line (bytes) that counts as furniture when printed twice.
    ///
    /// A repeated photo caption, say. Default 20 bytes.
    public var minimumRepeatedLineBytes = 20
    /// The longest line (bytes) read as a date line (`14. Februar 2025, 14:32 Uhr`).
    ///
    /// Default 80 bytes.
    public var maximumDateLineBytes = 80
    /// The most words before the photo credit of a paragraph that is a photo caption
    /// (`Feuerwehrleute sichern einen Damm. Foto: dpa`).
    ///
    /// Default 30 words.
    public var maximumCaptionWords = 30
    /// The most words of a call to action (`Jetzt für 1 Euro testen und weiterlesen.`).
    ///
    /// Default 8 words; a longer segment is never furniture by its first and last word.
    public var maximumCallToActionWords = 8
    /// The most words of a subscription label (`F.A.Z. PLUS`, `SZ Plus`).
    ///
    /// Default 3 words.
    public var maximumPremiumLabelWords = 3
    /// The most words of a label that opens a block of furniture lines (`Lesen Sie mehr zum
    /// Thema`, `Pressekontakt:`).
    ///
    /// Default 6 words; a longer line starting like one holds its own link title.
    public var maximumBlockLabelWords = 6
    /// The most words of a navigation label that links on to a topic or place (`Mehr zu
    /// Olympia 2026`, `More from BBC Sport`).
    ///
    /// Default 4 words; a longer line starting `Mehr aus` is a headline.
    public var maximumNavigationLabelWords = 4
    /// How many non-blank lines at the top may be section labels (`Politik`).
    ///
    /// Default 3 lines.
    public var sectionLabelLines = 3
    /// The most words after a byline word (`Von`, `By`) for a line to be a byline.
    ///
    /// Default 6 words.
    public var maximumBylineWords = 6
    /// How many bytes the segmenter gathers before it cuts the text into a block at the next
    /// safe paragraph break (see `SegmentStream`).
    ///
    /// Blocks are segmented one by one, which bounds memory when streaming; a line printed
    /// twice is recognised within one block. A text without a safe break is one block.
    /// Default 65,536 bytes.
    public var blockBytes = 65_536
    /// The most bytes a block may gather while no safe paragraph break comes.
    ///
    /// A text without one (no full stops, or a single line) is then cut anyway: at the last
    /// blank line before the limit, else the last line break, else the last space, else
    /// between two characters (in the block's second half). This bounds memory for any input;
    /// segments at such a cut may differ from those of a text cut nowhere, but not with how
    /// the text arrives. Default 1,048,576 bytes.
    public var maximumBlockBytes = 1 << 20

    /// The defaults.
    public init() {}
  }
}

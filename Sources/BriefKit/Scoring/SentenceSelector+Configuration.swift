extension SentenceSelector {
  /// The selector's weights and thresholds. Defaults are the values tuned on the first 220
  /// articles (by id) of the German teaser set (see `scripts/rouge-eval.py`).
  ///
  /// The score of a sentence is the weighted mean of four features in [0, 1] (centrality,
  /// position, headline overlap, entity overlap), multiplied by the length and opener factors.
  public struct Configuration: Sendable, Equatable, Codable {
    /// Weight of LexRank centrality. Default 0.2.
    public var centralityWeight: Double
    /// Weight of the lead-position prior `1 / (1 + i)^positionExponent`. Default 1.0.
    public var positionWeight: Double
    /// Weight of the share of headline terms the sentence contains (ignored when there is no
    /// headline). Default 0.2.
    public var titleWeight: Double
    /// Weight of recurring named entities (capitalised words in several sentences). Default 0.1.
    public var entityWeight: Double
    /// Exponent α of the position prior; larger favours the lead more. Default 1.0.
    public var positionExponent: Double
    /// LexRank: cosine similarity (TF-IDF) above which two sentences are linked. Default 0.1.
    public var similarityThreshold: Double
    /// LexRank damping factor d (probability of following a link). Default 0.85.
    public var damping: Double
    /// LexRank: maximum power iterations. Default 100.
    public var maxIterations: Int
    /// LexRank: stop when the L1 change of the scores is below this. Default 1e-6.
    public var tolerance: Double
    /// Sentences with fewer words are too short to stand alone. Default 6 words.
    public var minWords: Int
    /// Sentences with more words are hard to read in a brief. Default 45 words.
    public var maxWords: Int
    /// Score factor for sentences shorter than `minWords`. Default 0.5.
    public var shortFactor: Double
    /// Score factor for sentences longer than `maxWords`. Default 0.8.
    public var longFactor: Double
    /// Score factor for a sentence opening with a pronoun subject (`Er`, `They`). Default 0.7.
    public var pronounFactor: Double
    /// Score factor for weak anaphoric openers (`Es`, `Dabei`, `Diese Entscheidung`).
    /// Default 0.9.
    public var weakOpenerFactor: Double
    /// MMR: penalty per unit of similarity to an already selected sentence. Default 0.2.
    public var redundancyWeight: Double
    /// Two sentences whose term sets have at least this cosine are near-duplicates and never
    /// both selected. Default 0.6.
    public var duplicateCosine: Double
    /// Two sentences are also near-duplicates when this share of the smaller one's terms
    /// (at least 2) is in the other. Default 0.8.
    public var duplicateContainment: Double
    /// Only the first this-many sentences are scored by LexRank (cost is quadratic); later
    /// ones get centrality 0. Default 200 sentences.
    public var maxSentences: Int

    public init(
      centralityWeight: Double = 0.2, positionWeight: Double = 1.0, titleWeight: Double = 0.2,
      entityWeight: Double = 0.1, positionExponent: Double = 1.0,
      similarityThreshold: Double = 0.1, damping: Double = 0.85, maxIterations: Int = 100,
      tolerance: Double = 1e-6, minWords: Int = 6, maxWords: Int = 45, shortFactor: Double = 0.5,
      longFactor: Double = 0.8, pronounFactor: Double = 0.7, weakOpenerFactor: Double = 0.9,
      redundancyWeight: Double = 0.2, duplicateCosine: Double = 0.6,
      duplicateContainment: Double = 0.8, maxSentences: Int = 200
    ) {
      self.centralityWeight = centralityWeight
      self.positionWeight = positionWeight
      self.titleWeight = titleWeight
      self.entityWeight = entityWeight
      self.positionExponent = positionExponent
      self.similarityThreshold = similarityThreshold
      self.damping = damping
      self.maxIterations = maxIterations
      self.tolerance = tolerance
      self.minWords = minWords
      self.maxWords = maxWords
      self.shortFactor = shortFactor
      self.longFactor = longFactor
      self.pronounFactor = pronounFactor
      self.weakOpenerFactor = weakOpenerFactor
      self.redundancyWeight = redundancyWeight
      self.duplicateCosine = duplicateCosine
      self.duplicateContainment = duplicateContainment
      self.maxSentences = maxSentences
    }
  }
}

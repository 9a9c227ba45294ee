extension SentenceSelector {
  /// The selector's term model and thresholds.
  ///
  /// The term model and `lengthAllowance` were fitted by `scripts/train-selector.py` on its
  /// training data: the first 220 articles by id of the German teaser set
  /// `gnad-teaser-dev.jsonl` plus 325 corpus articles that are not in that set. The last 110 of
  /// the set were never used for a choice (see `scripts/rouge-eval.py`).
  public struct Configuration: Sendable, Equatable, Codable {
    /// How likely each term is to be in a summary of the article.
    public var termModel: TermModel
    /// Words added to the brief's length when weighing salience per word: the larger, the less
    /// short sentences are favoured.
    ///
    /// Default 2, the best in cross-validation on the training data (`scripts/train-selector.py`:
    /// R1 / R2 +0.88 / +0.15 over Lead-3; 3 +0.82 / +0.11, 5 +0.81 / +0.11, 10 to 24 0.4 to 0.6
    /// R1 less). The seed briefs are the same at 2 and at 5.
    public var lengthAllowance: Double
    /// Only the first this-many sentences are candidates while enough of them are left.
    ///
    /// Default 12.
    public var leadWindow: Int
    /// Factor on the salience of a sentence made only of a direct quote, scaled down linearly
    /// with its quoted share (direct quotes rarely make a good brief line).
    ///
    /// Default 0.7 (not tuned: the teaser set has its quotation marks stripped).
    public var quoteFactor: Double
    /// Factor for a sentence that opens with a pronoun subject (`Er`, `They`, `Das gab …`).
    ///
    /// When the sentence before it is not chosen, its cost in words is divided by it, so it is
    /// chosen alone only for much more salience per word; right after its antecedent it costs
    /// its words.
    ///
    /// Default 0.4. In cross-validation any factor from 0.3 to 0.55 scores the same; a brief line
    /// whose subject the reader cannot resolve is a worse line. (Applied whatever the sentence
    /// before, the cost lost about 0.2 R1 and 0.25 R2, as lead sentences often open with `Er`.)
    public var pronounFactor: Double
    /// The same for a weak anaphoric opener (`Es`, `Dabei`, `Zudem`, `Man`, `Diese Entscheidung`).
    ///
    /// Default 0.6 (0.8 scores 0.02 more in cross-validation: noise).
    public var weakOpenerFactor: Double
    /// Two sentences whose term sets have at least this cosine are near-duplicates and never both
    /// selected.
    ///
    /// Default 0.6.
    public var duplicateCosine: Double
    /// Two sentences are also near-duplicates when this share of the smaller one's terms (at least
    /// 2) is in the other.
    ///
    /// Default 0.8.
    public var duplicateContainment: Double
    /// Two German sentences that end in the same verb (`… verschoben.`) are near-duplicates when
    /// they share at least this many other content terms; nil turns the rule off.
    ///
    /// Default 1. In the briefs of the 1,028 corpus articles (teaser and body) it fired on 15 of
    /// 3,054 selected pairs, every one a teaser restated by the body (`Microsoft hat eine neue
    /// Insider Preview-Version veröffentlicht.` / `Microsoft hat eine neue Vorschauversion von
    /// Windows 10 für Smartphones veröffentlicht.`).
    public var duplicateFinalVerbTerms: Int?
    /// A sentence of fewer words than this (`Ja.`, `Otto: Nein.`, `Regensburg.`) is chosen
    /// only when the other sentences cannot fill the brief; so is one that ends in a colon or
    /// question mark (`So schützen Sie sich:`, `Hat Sie das überrascht?`) or without final
    /// punctuation (a table row: `Dax 23.108,45 +1,80 %`).
    ///
    /// Default 3. Salience per word favours short sentences, and a brief must hold a given
    /// number of them: without this rule an article's last slot often went to its shortest
    /// line.
    public var minimumWords: Int
    /// A sentence of fewer words than this, and at least `minimumWords`, is chosen only right
    /// after the sentence before it, where it reads as in the article (`Der Hubschrauber wurde
    /// beschossen. 18 Menschen verschleppt.`), or when the others cannot fill the brief.
    ///
    /// Default 4. In cross-validation on the training data (`scripts/train-selector.py`) the
    /// two rules score +0.91 / +0.16 over Lead-3 against +0.94 / +0.19 without them; barring
    /// every sentence under 4 words even after its predecessor scored +0.85 / +0.10.
    public var minimumWordsAlone: Int

    public init(
      termModel: TermModel = TermModel(), lengthAllowance: Double = 2, leadWindow: Int = 12,
      quoteFactor: Double = 0.7, pronounFactor: Double = 0.4, weakOpenerFactor: Double = 0.6,
      duplicateCosine: Double = 0.6,
      duplicateContainment: Double = 0.8, duplicateFinalVerbTerms: Int? = 1, minimumWords: Int = 3,
      minimumWordsAlone: Int = 4
    ) {
      self.minimumWords = minimumWords
      self.minimumWordsAlone = minimumWordsAlone
      self.termModel = termModel
      self.lengthAllowance = lengthAllowance
      self.leadWindow = leadWindow
      self.quoteFactor = quoteFactor
      self.pronounFactor = pronounFactor
      self.weakOpenerFactor = weakOpenerFactor
      self.duplicateCosine = duplicateCosine
      self.duplicateContainment = duplicateContainment
      self.duplicateFinalVerbTerms = duplicateFinalVerbTerms
    }
  }

  /// The weights of `TermSalience`'s logistic model: how likely a term of an article is to appear
  /// in a short summary of it.
  ///
  /// Defaults were fitted by `scripts/train-selector.py` (L2-regularised logistic regression;
  /// label: the term occurs in the editor's teaser) on the training data `Configuration` names.
  public struct TermModel: Sendable, Equatable, Codable {
    /// One weight per feature, in `TermSalience.featureNames` order.
    public var weights: [Double]
    /// Added to the logit of a term of the headline.
    ///
    /// Default 2 (not tuned: the teaser set has no headlines).
    public var titleTermWeight: Double

    public init(weights: [Double] = TermModel.fitted, titleTermWeight: Double = 2) {
      self.weights = weights
      self.titleTermWeight = titleTermWeight
    }

    /// The weights printed by `scripts/train-selector.py`.
    public static let fitted: [Double] = [
      -4.88, 1.96, 0.176, 0.93, 4.85, -2.23, 0.337, 1.04, -0.862, 0.721, 0.508, 0.39, -0.0803,
      -0.6, -0.192, -0.425,
    ]
  }
}

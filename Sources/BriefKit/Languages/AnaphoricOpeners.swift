/// Words that, opening a sentence, usually make it point back to an earlier one ("Er sagte",
/// "Dies geschah"): such a sentence reads badly out of context.
enum AnaphoricOpeners {
  /// How strongly an opener marks a sentence as dependent.
  enum Strength: Sendable {
    /// Always a pronoun subject (`Er`, `She`).
    case pronoun
    /// A pronoun before a lower-case word (`Diese sind`); before a capitalised word a
    /// determiner (`Diese Entscheidung`), which still points back: weak evidence then.
    case demonstrative
    /// An article that is a pronoun only before a lower-case word (`Das ist` vs `Das Treffen`).
    case article
    /// Often an expletive rather than a reference (`Es gibt`, `It is`): weak evidence.
    case weak
  }

  /// The openers of `language`.
  static func table(for language: Language) -> [String: Strength] {
    language == .german ? german : english
  }

  /// German openers, matched case-sensitively on the sentence's first word.
  ///
  /// Personal pronouns are `pronoun` (first person too: in news it is a quoted speaker the line
  /// does not name); possessives, `Man` and connectives that continue an earlier sentence
  /// (`Zudem`, `Dort`, `Doch`) are `weak`.
  static let german: [String: Strength] = [
    "Er": .pronoun, "Sie": .pronoun, "Ihm": .pronoun, "Ihn": .pronoun, "Ihr": .pronoun,
    "Ihnen": .pronoun, "Ich": .pronoun, "Wir": .pronoun, "Dies": .pronoun,
    "Dieser": .demonstrative, "Diese": .demonstrative, "Dieses": .demonstrative,
    "Diesen": .demonstrative, "Diesem": .demonstrative, "Das": .article,
    "Sein": .weak, "Seine": .weak, "Seinen": .weak, "Seinem": .weak, "Seiner": .weak,
    "Ihre": .weak, "Ihren": .weak, "Ihrem": .weak, "Man": .weak, "Es": .weak,
    "Dabei": .weak, "Damit": .weak, "Daher": .weak, "Deshalb": .weak, "Dafür": .weak,
    "Deswegen": .weak, "Dazu": .weak, "Darauf": .weak, "Daraufhin": .weak, "Dagegen": .weak,
    "Dadurch": .weak, "Danach": .weak, "Davor": .weak, "Zuvor": .weak, "Dort": .weak,
    "Damals": .weak, "Zudem": .weak, "Außerdem": .weak, "Auch": .weak, "Allerdings": .weak,
    "Trotzdem": .weak, "Dennoch": .weak, "Doch": .weak, "Aber": .weak, "Demnach": .weak,
    "Somit": .weak, "Stattdessen": .weak, "Ebenfalls": .weak, "Denn": .weak, "Zugleich": .weak,
    "Gleichzeitig": .weak, "Jedoch": .weak, "Ebenso": .weak, "Darüber": .weak,
  ]

  /// English openers, matched case-sensitively on the sentence's first word.
  static let english: [String: Strength] = [
    "He": .pronoun, "She": .pronoun, "They": .pronoun, "His": .pronoun, "Her": .pronoun,
    "Their": .pronoun, "This": .demonstrative, "These": .demonstrative,
    "Those": .demonstrative, "That": .demonstrative, "It": .weak,
  ]
}

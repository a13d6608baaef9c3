namespace CrossCheck.Text;

/// <summary>A coarse word class, as guessed by <see cref="WordClassGuesser"/>.</summary>
internal enum WordClass
{
    Unknown,
    Noun,
    ProperNoun,
    Verb,
    Adjective,
    Adverb,
    Number,
    Determiner,
    Pronoun,
    Preposition,
    CoordinatingConjunction,
    Subordinator,
    Auxiliary,
    Modal,
    Negation,
    Punctuation,
}

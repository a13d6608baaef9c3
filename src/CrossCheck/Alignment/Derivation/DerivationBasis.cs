namespace CrossCheck.Alignment.Derivation;

/// <summary>Why an article is taken to derive from another.</summary>
internal enum DerivationBasis
{
    /// <summary>A copy of the other's text, whole or in part, with at most light edits (the copy index, or every
    /// aligned sentence nearly the same).</summary>
    Copy,

    /// <summary>A rewrite: its sentences align, mostly in order, with most of the other's as paraphrases or edits
    /// (sentences merged or split included).</summary>
    Rewrite,

    /// <summary>It credits the other's outlet ("according to AP" while AP's report is in the story).</summary>
    Credit,
}

/// <summary>One article of a story derived from another of the same story.</summary>
internal sealed record DerivationLink(string ArticleId, string SourceId, DerivationBasis Basis);

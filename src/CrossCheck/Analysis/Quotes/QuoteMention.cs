namespace CrossCheck.Analysis.Quotes;

/// <summary>How a quote's speaker was found.</summary>
internal enum SpeakerResolution
{
    /// <summary>Subject of a speech verb next to the quote ("X said", "said X", "X warned it could lead to ...").</summary>
    CueVerb,

    /// <summary>A pronoun or description ("he", "the minister") resolved to the last compatible person.</summary>
    Coreference,

    /// <summary>The nearest speaker in the surrounding sentences.</summary>
    Context,
}

/// <summary>The speaker as the text names it: the mention, its offsets in the article, and how it was found.
/// <see cref="Channel"/> is the news agency or broadcaster the speaker spoke to ("told AFP", "said X to
/// Reuters"), when the attribution names one.</summary>
internal sealed record SpeakerReference(string Text, int Start, int End, SpeakerResolution Resolution, string? Channel = null);

/// <summary>A direct quote (offsets exclude the quote marks). <see cref="IsPartial"/> is true for a
/// fragment quoted inside a sentence of reported speech ("could cause "major unrest"").</summary>
internal sealed record QuoteMention(
    string Text,
    int Start,
    int End,
    bool IsPartial,
    int SentenceIndex,
    SpeakerReference? Speaker);

namespace CrossCheck.Text;

/// <summary>The four open word classes WordNet describes (adjective satellites count as adjectives).</summary>
internal enum PartOfSpeech : byte
{
    Noun = 1,
    Verb = 2,
    Adjective = 3,
    Adverb = 4,
}

/// <summary>A set of <see cref="PartOfSpeech"/> values, e.g. the classes a word form can belong to.</summary>
[Flags]
internal enum PartOfSpeechSet : byte
{
    None = 0,
    Noun = 1 << 0,
    Verb = 1 << 1,
    Adjective = 1 << 2,
    Adverb = 1 << 3,
}

internal static class PartOfSpeechExtensions
{
    public static PartOfSpeechSet AsSet(this PartOfSpeech pos) => (PartOfSpeechSet)(1 << ((int)pos - 1));

    public static bool Contains(this PartOfSpeechSet set, PartOfSpeech pos) => (set & pos.AsSet()) != 0;

    /// <summary>The four parts of speech in WordNet's order (noun, verb, adjective, adverb).</summary>
    public static ReadOnlySpan<PartOfSpeech> All => [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];
}

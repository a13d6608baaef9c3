using CrossCheck.Alignment;

namespace CrossCheck.Tests.Alignment;

/// <summary>A tiny lexicon for unit tests: crude English lemmas (plural -s, -ed, -ing) and given synonym sets,
/// so the aligner is tested apart from the WordNet data.</summary>
internal sealed class FakeLexicon(params string[][] synonymSets) : IWordRelatedness
{
    public static FakeLexicon Empty { get; } = new();

    public string Lemma(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }

    public bool IsStopWord(string word) => false;

    public double Relatedness(string lemmaA, string lemmaB) =>
        string.Equals(lemmaA, lemmaB, StringComparison.Ordinal)
        || synonymSets.Any(set => set.Contains(lemmaA, StringComparer.Ordinal) && set.Contains(lemmaB, StringComparer.Ordinal))
            ? 1.0
            : 0.0;
}

using CrossCheck.Clustering;

namespace CrossCheck.Alignment.Derivation;

/// <summary>What <see cref="StoryDerivations.Find"/> found: each derived report's one source (<see cref="Links"/>, the
/// chain the dossier shows) and the other reports it also rewrites (<see cref="Also"/>: sources that qualified but
/// were not the closest; the report confirms none of them either).</summary>
internal sealed record StoryDerivationSet(IReadOnlyList<DerivationLink> Links, IReadOnlyList<DerivationLink> Also)
{
    /// <summary>The story with <see cref="Story.DerivedFrom"/> and <see cref="Story.AlsoDerivedFrom"/> replaced by these.</summary>
    public Story Apply(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story with
        {
            DerivedFrom = Links.ToDictionary(l => l.ArticleId, l => l.SourceId, StringComparer.Ordinal),
            AlsoDerivedFrom = Also
                .GroupBy(l => l.ArticleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(l => l.SourceId)], StringComparer.Ordinal),
        };
    }
}

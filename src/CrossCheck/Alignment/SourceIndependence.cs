using CrossCheck.Analysis;
using CrossCheck.Clustering;
using CrossCheck.Outlets;

namespace CrossCheck.Alignment;

/// <summary>Which articles of a story may confirm each other. Two articles are not independent when they
/// descend from the same original through <see cref="Story.DerivedFrom"/> (the chain is walked, so a copy of a
/// copy counts once), when they come from the same outlet, or when one credits the other's outlet
/// ("according to AP" while AP's own report is in the story).</summary>
internal sealed class SourceIndependence
{
    private readonly Dictionary<string, string> _root = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _outlet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _credited = new(StringComparer.Ordinal);

    // Each claim asks about every other article of the story; outlet names are compared once per pair.
    private readonly Dictionary<(string, string), bool> _independent = [];

    public SourceIndependence(Story story, IReadOnlyList<AnalysedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var analysed in articles)
        {
            var id = analysed.Article.Id;
            _root[id] = Root(id, story.DerivedFrom);
            _outlet[id] = OutletNames.Normalise(analysed.Article.Outlet);
            _credited[id] = analysed.Claims
                .Select(c => OutletNames.Normalise(c.Attribution))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    public bool AreIndependent(string articleA, string articleB)
    {
        var pair = string.CompareOrdinal(articleA, articleB) <= 0 ? (articleA, articleB) : (articleB, articleA);
        if (!_independent.TryGetValue(pair, out var independent))
        {
            independent = Decide(pair.Item1, pair.Item2);
            _independent[pair] = independent;
        }

        return independent;
    }

    private bool Decide(string articleA, string articleB)
    {
        if (string.Equals(articleA, articleB, StringComparison.Ordinal)
            || string.Equals(RootOf(articleA), RootOf(articleB), StringComparison.Ordinal))
        {
            return false;
        }

        var outletA = _outlet.GetValueOrDefault(articleA);
        var outletB = _outlet.GetValueOrDefault(articleB);
        if (outletA is not null && outletB is not null && OutletNames.Same(outletA, outletB))
        {
            return false;
        }

        return !Credits(articleA, outletB) && !Credits(articleB, outletA);
    }

    private string RootOf(string articleId) => _root.GetValueOrDefault(articleId) ?? articleId;

    private bool Credits(string articleId, string? outlet) =>
        outlet is not null && _credited.TryGetValue(articleId, out var credited) && credited.Any(c => OutletNames.Same(c, outlet));

    private static string Root(string articleId, IReadOnlyDictionary<string, string> derivedFrom)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { articleId };
        var current = articleId;
        while (derivedFrom.TryGetValue(current, out var parent) && seen.Add(parent))
        {
            current = parent;
        }

        return current;
    }
}

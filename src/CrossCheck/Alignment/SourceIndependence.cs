using CrossCheck.Analysis;
using CrossCheck.Clustering;
using CrossCheck.Outlets;

namespace CrossCheck.Alignment;

/// <summary>Which articles of a story may confirm each other. Two articles are not independent when they share an
/// ancestor through <see cref="Story.DerivedFrom"/> and <see cref="Story.AlsoDerivedFrom"/> (one is a copy, rewrite or
/// crediting report of the other, of a copy of it, or both derive from one report: the links are walked, so a copy of
/// a copy counts once), when they come from the same outlet, or when one credits the other's outlet ("according to
/// AP" while AP's own report is in the story; when that report is the earlier one the credit is already a link).</summary>
internal sealed class SourceIndependence
{
    private readonly Dictionary<string, HashSet<string>> _ancestors = new(StringComparer.Ordinal);
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
            _ancestors[id] = Ancestors(id, story);
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
        if (string.Equals(articleA, articleB, StringComparison.Ordinal) || ShareAnAncestor(articleA, articleB))
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

    private bool ShareAnAncestor(string articleA, string articleB) =>
        _ancestors.TryGetValue(articleA, out var a) && _ancestors.TryGetValue(articleB, out var b)
            ? a.Overlaps(b)
            : string.Equals(articleA, articleB, StringComparison.Ordinal);

    private bool Credits(string articleId, string? outlet) =>
        outlet is not null && _credited.TryGetValue(articleId, out var credited) && credited.Any(c => OutletNames.Same(c, outlet));

    /// <summary>The article and every report it derives from, directly or through others.</summary>
    private static HashSet<string> Ancestors(string articleId, Story story)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { articleId };
        var pending = new Stack<string>();
        pending.Push(articleId);
        while (pending.TryPop(out var current))
        {
            if (story.DerivedFrom.TryGetValue(current, out var parent) && seen.Add(parent))
            {
                pending.Push(parent);
            }

            foreach (var other in story.AlsoDerivedFrom.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(other))
                {
                    pending.Push(other);
                }
            }
        }

        return seen;
    }
}

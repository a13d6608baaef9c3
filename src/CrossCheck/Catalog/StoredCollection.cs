using CrossCheck.Clustering;
using CrossCheck.Extraction;
using CrossCheck.Storage;

namespace CrossCheck.Catalog;

/// <summary>The stored articles as the catalog groups them: fed to an <see cref="ArrivalOrderGrouper"/> in the
/// order they were first stored (first-seen time, then document id), so a restart replays exactly the decisions
/// made while the articles were added one batch at a time.</summary>
internal sealed class StoredCollection
{
    private readonly ArrivalOrderGrouper _grouper = new();
    private readonly Dictionary<string, (Article Article, string ContentHash)> _members = new(StringComparer.Ordinal);
    private (DateTimeOffset FirstSeen, string DocumentId)? _last;

    private StoredCollection()
    {
    }

    public int Count => _members.Count;

    /// <summary>Groups every stored article (current revisions) in arrival order.</summary>
    public static StoredCollection Load(IReadOnlyList<StoredArticle> stored)
    {
        var collection = new StoredCollection();
        collection.Feed(stored.OrderBy(s => s.FirstSeen).ThenBy(s => s.DocumentId, StringComparer.Ordinal));
        return collection;
    }

    /// <summary>Adds newly stored articles; false (nothing added) when one is already known or would sort before an
    /// article already fed, since then only a replay from the start gives what a restart would give.</summary>
    public bool TryAppend(IReadOnlyList<StoredArticle> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var ordered = added.OrderBy(s => s.FirstSeen).ThenBy(s => s.DocumentId, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return true;
        }

        if (ordered.Exists(s => _members.ContainsKey(s.DocumentId))
            || (_last is { } last && Compare((ordered[0].FirstSeen, ordered[0].DocumentId), last) <= 0))
        {
            return false;
        }

        Feed(ordered);
        return true;
    }

    public IReadOnlyList<Story> Stories() => _grouper.Stories();

    public IReadOnlyDictionary<string, string> MergedIds() => _grouper.MergedIds();

    public (Article Article, string ContentHash) Member(string documentId) => _members[documentId];

    private void Feed(IEnumerable<StoredArticle> ordered)
    {
        foreach (var stored in ordered)
        {
            var article = stored.Article with { Id = stored.DocumentId };
            _members[stored.DocumentId] = (article, stored.ContentHash);
            _grouper.Add(article);
            _last = (stored.FirstSeen, stored.DocumentId);
        }
    }

    private static int Compare((DateTimeOffset FirstSeen, string DocumentId) a, (DateTimeOffset FirstSeen, string DocumentId) b)
    {
        var byTime = a.FirstSeen.CompareTo(b.FirstSeen);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.DocumentId, b.DocumentId);
    }
}

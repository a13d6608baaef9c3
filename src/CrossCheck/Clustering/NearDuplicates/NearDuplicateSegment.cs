namespace CrossCheck.Clustering.NearDuplicates;

/// <summary>One time slice of the copy index. The index is a list of segments so that expiring old articles
/// is dropping whole segments: no per-entry deletion, and memory stays bounded.</summary>
internal sealed class NearDuplicateSegment
{
    public const int MaxPostings = 128;

    public Dictionary<ulong, NearDuplicateEntry> Exact { get; } = [];

    public Dictionary<ulong, List<NearDuplicateEntry>> Bands { get; } = [];

    public Dictionary<ulong, List<NearDuplicateEntry>> Samples { get; } = [];

    public int Count { get; private set; }

    public DateOnly? LastPublished { get; private set; }

    public void Add(NearDuplicateEntry entry, ulong contentHash, ulong[] bandKeys, IEnumerable<ulong> samples)
    {
        Count++;
        if (entry.Published is { } p && (LastPublished is null || p > LastPublished))
        {
            LastPublished = p;
        }

        Exact.TryAdd(contentHash, entry);
        foreach (var key in bandKeys)
        {
            Post(Bands, key, entry);
        }

        foreach (var key in samples)
        {
            Post(Samples, key, entry);
        }
    }

    /// <summary>A key shared by very many articles is boilerplate (or a flood of copies already caught as exact):
    /// its list stops growing, which keeps lookups and memory bounded.</summary>
    private static void Post(Dictionary<ulong, List<NearDuplicateEntry>> index, ulong key, NearDuplicateEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<NearDuplicateEntry>(2);
        }

        if (list.Count < MaxPostings)
        {
            list.Add(entry);
        }
    }
}

namespace CrossCheck.Clustering.NearDuplicates;

/// <summary>An indexed article: what copy detection needs to compare and order it.</summary>
internal sealed class NearDuplicateEntry(string articleId, long sequence, DateOnly? published, ulong[] signature, int sampleCount)
{
    public string ArticleId { get; } = articleId;

    public long Sequence { get; } = sequence;

    public DateOnly? Published { get; } = published;

    public ulong[] Signature { get; } = signature;

    /// <summary>How many of its shingles fell into the containment sample.</summary>
    public int SampleCount { get; } = sampleCount;

    /// <summary>The story holding the article (set by the clusterer).</summary>
    public int StorySlot { get; set; } = -1;

}

/// <summary>An earlier article the new one copies or rewrites: resemblance (Jaccard estimate) and overlap
/// (shared share of the smaller text: a short rewrite inside a long article has a high overlap).</summary>
internal sealed record NearDuplicateMatch(NearDuplicateEntry Entry, double Resemblance, double Overlap, bool Exact);

using CrossCheck.Clustering.NearDuplicates;

namespace CrossCheck.Tests.Clustering.NearDuplicates;

public sealed class NearDuplicateSegmentTests
{
    private static NearDuplicateSegment SegmentSharing(ulong band, ulong sample, int articles)
    {
        var segment = new NearDuplicateSegment();
        for (var i = 0; i < articles; i++)
        {
            segment.Add(new NearDuplicateEntry($"a{i}", i, null, [], 1), (ulong)(1000 + i), [band], [sample]);
        }

        return segment;
    }

    [Fact]
    public void Only_the_oldest_articles_of_a_long_sample_chain_are_read()
    {
        var segment = SegmentSharing(band: 1, sample: 2, articles: 30);
        var seen = new List<string>();

        segment.Query([], [2], (entry, shared, banded) => seen.Add(entry.ArticleId));

        Assert.Equal(Enumerable.Range(0, NearDuplicateSegment.ReadCap).Select(i => $"a{i}"), seen);
    }

    [Fact]
    public void Only_the_oldest_articles_of_a_long_band_chain_are_read()
    {
        var segment = SegmentSharing(band: 1, sample: 2, articles: 30);
        var seen = new List<(string Id, bool Banded)>();

        segment.Query([1], [], (entry, shared, banded) => seen.Add((entry.ArticleId, banded)));

        Assert.Equal(Enumerable.Range(0, NearDuplicateSegment.ReadCap).Select(i => ($"a{i}", true)), seen);
    }

    [Fact]
    public void A_sample_held_by_as_many_articles_as_the_posting_cap_is_boilerplate_and_not_read()
    {
        var segment = SegmentSharing(band: 1, sample: 2, articles: NearDuplicateSegment.MaxPostings);
        var seen = 0;

        segment.Query([], [2], (_, _, _) => seen++);

        Assert.Equal(0, seen);
    }
}

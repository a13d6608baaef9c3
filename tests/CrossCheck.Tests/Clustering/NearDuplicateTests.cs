using CrossCheck.Clustering;
using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.NearDuplicates;
using static CrossCheck.Tests.Clustering.ClusteringFixtures;

namespace CrossCheck.Tests.Clustering;

public sealed class NearDuplicateTests
{
    [Fact]
    public void MinHash_resemblance_estimates_the_jaccard_index_of_shingle_sets()
    {
        var hasher = new MinHasher(256);
        var a = Enumerable.Range(0, 1000).Select(i => (ulong)i * 7919).ToList();
        var b = Enumerable.Range(500, 1000).Select(i => (ulong)i * 7919).ToList(); // 500 shared of 1500: J = 1/3

        var estimate = MinHasher.Resemblance(hasher.Signature(a), hasher.Signature(b));

        Assert.InRange(estimate, 0.26, 0.41);
        Assert.Equal(1.0, MinHasher.Resemblance(hasher.Signature(a), hasher.Signature(a)));
    }

    [Fact]
    public void Index_finds_copies_and_contained_rewrites_but_not_other_reports_of_the_event()
    {
        var options = ClusteringOptions.Default;
        var index = new NearDuplicateIndex(options);
        var wire = ProfileBuilder.Build(Make("wire", "t", QuakeVeldmarkWire, 4), 0);
        index.Add(wire, index.SketchOf(wire));

        var edited = ProfileBuilder.Build(Make("edited", "t", QuakeVeldmarkWire.Replace("14", "fourteen", StringComparison.Ordinal), 4), 1);
        var inside = ProfileBuilder.Build(Make("inside", "t", "Breaking. " + QuakeVeldmarkWire + " More to follow. " + QuakeSelburyReport + " " + QuakeSelburyFollowUp + " " + TrialReport, 4), 2);
        var own = ProfileBuilder.Build(Make("own", "t", QuakeVeldmarkOwnReport, 5), 3);

        var editedMatch = Assert.Single(index.Find(edited, index.SketchOf(edited)));
        Assert.True(editedMatch.Resemblance > 0.6, $"resemblance {editedMatch.Resemblance}");
        var insideMatch = Assert.Single(index.Find(inside, index.SketchOf(inside)));
        Assert.True(insideMatch.Overlap >= 0.9 && insideMatch.Overlap > insideMatch.Resemblance + 0.3, $"overlap {insideMatch.Overlap} resemblance {insideMatch.Resemblance}");
        Assert.Empty(index.Find(own, index.SketchOf(own)));
    }
}

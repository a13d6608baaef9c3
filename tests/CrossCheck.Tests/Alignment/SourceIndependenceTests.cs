using CrossCheck.Alignment;
using CrossCheck.Clustering;

namespace CrossCheck.Tests.Alignment;

public sealed class SourceIndependenceTests
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e"];

    private static SourceIndependence Of(Dictionary<string, string> derivedFrom, Dictionary<string, IReadOnlyList<string>>? also = null)
    {
        var articles = Ids.Select((id, i) => new ArticleBuilder(id, $"Report number {i} says something of its own.", $"Outlet {id}").Build()).ToList();
        var story = new Story("s", "Story", Ids, derivedFrom) { AlsoDerivedFrom = also ?? [] };
        return new SourceIndependence(story, articles);
    }

    [Fact]
    public void Reports_that_share_an_original_through_the_links_are_not_independent()
    {
        // a ← b ← c (a copy of a rewrite); d and e are on their own.
        var independence = Of(new() { ["b"] = "a", ["c"] = "b" });

        Assert.False(independence.AreIndependent("a", "b"));
        Assert.False(independence.AreIndependent("a", "c"));
        Assert.False(independence.AreIndependent("c", "b"));
        Assert.True(independence.AreIndependent("a", "d"));
        Assert.True(independence.AreIndependent("d", "e"));
    }

    [Fact]
    public void A_report_that_rewrites_two_reports_confirms_neither_while_the_two_stay_independent()
    {
        // c rewrites a (its shown source) and also b; e copies c.
        var derivedFrom = new Dictionary<string, string> { ["c"] = "a", ["e"] = "c" };
        var withAlso = Of(derivedFrom, new() { ["c"] = ["b"] });
        var without = Of(derivedFrom);

        Assert.True(without.AreIndependent("c", "b"));
        Assert.False(withAlso.AreIndependent("c", "b"));
        Assert.False(withAlso.AreIndependent("e", "b"));
        Assert.True(withAlso.AreIndependent("a", "b"));
        Assert.True(withAlso.AreIndependent("d", "c"));
    }
}

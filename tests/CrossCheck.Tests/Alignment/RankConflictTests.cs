using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

public sealed class RankConflictTests
{
    [Fact]
    public void Two_places_in_one_ranking_contradict_however_the_ranking_is_named()
    {
        var a = new ArticleBuilder("a", "After the defeat Vellport United sit 17th in the league.")
            .Entity("Vellport United", "vellport").Quantity("17th", 17, QuantityQualifier.Exact, null, RankReader.Unit);
        var b = new ArticleBuilder("b", "After the defeat Vellport United are 18th in the table.")
            .Entity("Vellport United", "vellport").Quantity("18th", 18, QuantityQualifier.Exact, null, RankReader.Unit);
        var (story, analysed, entities) = StoryFixture.Build(null, [a, b]);

        var claims = ClaimAligner.Align(story, analysed, entities, new FakeLexicon(), AlignmentThresholds.Default);

        var claim = claims.Single(c => c.ArticleId == "a");
        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        Assert.Contains("17 rank vs 18 rank", Assert.Single(claim.Evidence).Conflicts);
    }
}

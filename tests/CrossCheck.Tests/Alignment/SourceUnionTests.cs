using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

/// <summary>A source may give a claim's figures in one sentence and the rest in another: the figure rule is
/// about the source, not each sentence.</summary>
public sealed class SourceUnionTests
{
    [Fact]
    public void Figures_in_one_sentence_and_the_event_in_another_together_confirm_the_claim()
    {
        var a = new ArticleBuilder("a", "Vellport United sacked head coach Aron Maes after a run of six defeats in seven games.")
            .Entity("Vellport United", "vellport").Entity("Aron Maes", "maes")
            .Quantity("six", 6, QuantityQualifier.Exact, "defeats").Quantity("seven", 7, QuantityQualifier.Exact, "games");
        var b = new ArticleBuilder("b", "Aron Maes was dismissed as Vellport United head coach. Vellport United suffered six defeats in their last seven games.")
            .Entity("Vellport United", "vellport").Entity("Aron Maes", "maes")
            .Quantity("six", 6, QuantityQualifier.Exact, "defeats").Quantity("seven", 7, QuantityQualifier.Exact, "games");
        var (story, analysed, entities) = StoryFixture.Build(null, [a, b]);

        var claims = ClaimAligner.Align(story, analysed, entities, new FakeLexicon(["sack", "dismiss"]), AlignmentThresholds.Default);

        var claim = claims.Single(c => c.ArticleId == "a");
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(2, claim.Evidence.Count(e => e.ArticleId == "b"));
    }

    [Fact]
    public void A_source_that_never_gives_the_figure_still_does_not_confirm_it()
    {
        var a = new ArticleBuilder("a", "Vellport United sacked head coach Aron Maes after a run of six defeats in seven games.")
            .Entity("Vellport United", "vellport").Entity("Aron Maes", "maes")
            .Quantity("six", 6, QuantityQualifier.Exact, "defeats").Quantity("seven", 7, QuantityQualifier.Exact, "games");
        var b = new ArticleBuilder("b", "Aron Maes was dismissed as Vellport United head coach after a run of defeats.")
            .Entity("Vellport United", "vellport").Entity("Aron Maes", "maes");
        var (story, analysed, entities) = StoryFixture.Build(null, [a, b]);

        var claims = ClaimAligner.Align(story, analysed, entities, new FakeLexicon(["sack", "dismiss"]), AlignmentThresholds.Default);

        Assert.Equal(ClaimStatus.SingleSource, claims.Single(c => c.ArticleId == "a").Status);
    }
}

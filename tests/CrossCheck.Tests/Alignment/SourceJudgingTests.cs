using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

namespace CrossCheck.Tests.Alignment;

/// <summary>How the sentences of one other source are judged against a claim: best candidate first, stopping
/// once one supports all of the claim, figures included.</summary>
public sealed class SourceJudgingTests
{
    private static readonly FakeLexicon Lexicon = new(["enhance", "increase", "boost"]);

    private static IReadOnlyList<AssessedClaim> Align(params ArticleBuilder[] articles)
    {
        var (story, analysed, entities) = StoryFixture.Build(null, articles);
        return ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);
    }

    [Fact]
    public void A_source_that_repeats_the_claim_is_cited_once_by_its_best_sentence()
    {
        var a = new ArticleBuilder("a", "Rama urged NATO to enhance its military presence in Kosovo.")
            .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");
        var b = new ArticleBuilder("b", "Rama urged NATO to increase its military presence in Kosovo. Later Rama again urged NATO to boost its military presence in Kosovo.")
            .Entity("Rama", "rama").Entity("NATO", "nato").Entity("Kosovo", "kosovo");

        var claim = Align(a, b).Single(c => c.ArticleId == "a");

        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal("b#c1", evidence.ClaimId);
        Assert.Equal(EvidenceRelation.Supports, evidence.Relation);
    }

    [Fact]
    public void A_supporting_sentence_without_the_figure_does_not_stop_the_search_for_the_figure()
    {
        var a = new ArticleBuilder("a", "NATO deployed 4,500 troops in Kosovo and along the northern border.")
            .Entity("NATO", "nato").Entity("Kosovo", "kosovo").Quantity("4,500", 4500, QuantityQualifier.Exact, "troops");
        var b = new ArticleBuilder("b", "NATO deployed troops in Kosovo and along the northern border. Officials said NATO has 4,500 troops deployed in Kosovo.")
            .Entity("NATO", "nato").Entity("Kosovo", "kosovo").Quantity("4,500", 4500, QuantityQualifier.Exact, "troops");

        var claim = Align(a, b).Single(c => c.ArticleId == "a");

        Assert.Contains(claim.Evidence, e => e.ClaimId == "b#c2");
        Assert.NotEqual(ClaimStatus.SingleSource, claim.Status);
    }
}

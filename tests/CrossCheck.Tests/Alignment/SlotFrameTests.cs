using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;

using static CrossCheck.Tests.Alignment.AlignedStory;

namespace CrossCheck.Tests.Alignment;

/// <summary>Figures and dates that clash in matching frames contradict even when the sentences go on about
/// other things; denials contradict by the scope of their negation.</summary>
public sealed class SlotFrameTests
{
    private static readonly FakeLexicon Lexicon = new(["evacuate", "move"], ["house", "home"]);

    private static IReadOnlyList<AssessedClaim> Align(params ArticleBuilder[] articles)
    {
        var (story, analysed, entities) = StoryFixture.Build(null, articles);
        return ClaimAligner.Align(story, analysed, entities, Lexicon, AlignmentThresholds.Default);
    }

    [Fact]
    public void Different_figures_in_matching_frames_contradict_although_the_sentences_differ_elsewhere()
    {
        var a = new ArticleBuilder("a", "Crews evacuated 140 residents from riverside houses, most of whom had ignored the siren on the quay for an hour.")
            .Quantity("140 residents", 140, QuantityQualifier.Exact, "residents");
        var b = new ArticleBuilder("b", "Crews evacuated 180 residents from riverside homes.")
            .Quantity("180 residents", 180, QuantityQualifier.Exact, "residents");

        var claims = Align(a, b);

        var claim = ClaimOf(claims, "a");
        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal(EvidenceRelation.Contradicts, evidence.Relation);
        Assert.Contains("140 vs 180", evidence.Conflicts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_frames_about_different_places_do_not_contradict()
    {
        var a = new ArticleBuilder("a", "In Brenmoor crews evacuated 140 residents on the north bank.")
            .Entity("Brenmoor", "brenmoor")
            .Quantity("140 residents", 140, QuantityQualifier.Exact, "residents");
        var b = new ArticleBuilder("b", "In Tolvik crews evacuated 180 residents on the south bank.")
            .Entity("Tolvik", "tolvik")
            .Quantity("180 residents", 180, QuantityQualifier.Exact, "residents");

        var claims = Align(a, b);

        Assert.NotEqual(ClaimStatus.Contradicted, ClaimOf(claims, "a").Status);
    }

    [Fact]
    public void An_agreeing_figure_is_not_also_read_as_clashing_with_the_claims_other_figure()
    {
        var a = new ArticleBuilder("a", "The fund lifted its payout to 3.5 percent from 3 percent on the quay.")
            .Quantity("3.5 percent", 3.5, QuantityQualifier.Exact, null, "%")
            .Quantity("3 percent", 3, QuantityQualifier.Exact, null, "%");
        var b = new ArticleBuilder("b", "The fund lifted its payout to 3.5 percent.")
            .Quantity("3.5 percent", 3.5, QuantityQualifier.Exact, null, "%");

        var claims = Align(a, b);

        Assert.NotEqual(ClaimStatus.Contradicted, ClaimOf(claims, "a").Status);
        Assert.DoesNotContain(ClaimOf(claims, "a").Evidence, e => e.Relation == EvidenceRelation.Contradicts);
    }

    [Fact]
    public void A_denial_contradicts_the_statement_its_negation_governs()
    {
        var a = new ArticleBuilder("a", "The mill owner denied that he had drained the canal into the meadows.")
            .Negated("denied");
        var b = new ArticleBuilder("b", "Farmers said the mill owner drained the canal into the meadows last winter, ruining the hay crop and flooding two barns.");

        var claims = Align(a, b);

        Assert.Equal(ClaimStatus.Contradicted, ClaimOf(claims, "a").Status);
        Assert.Equal(ClaimStatus.Contradicted, ClaimOf(claims, "b").Status);
        Assert.Equal(EvidenceRelation.Contradicts, Assert.Single(ClaimOf(claims, "b").Evidence).Relation);
    }

    [Fact]
    public void A_date_standing_alone_between_dashes_has_no_frame_and_is_still_judged()
    {
        var a = new ArticleBuilder("a", "Crews evacuated 140 residents from riverside houses on Monday.")
            .Quantity("140 residents", 140, QuantityQualifier.Exact, "residents").Date("Monday", "2024-03-04");
        var b = new ArticleBuilder("b", "Crews evacuated 140 residents from riverside homes \u2014 Tuesday \u2014 officials said.")
            .Quantity("140 residents", 140, QuantityQualifier.Exact, "residents").Date("Tuesday", "2024-03-05");

        var claim = ClaimOf(Align(a, b), "a");

        Assert.Contains(claim.Evidence, e => e.ArticleId == "b");
    }
}

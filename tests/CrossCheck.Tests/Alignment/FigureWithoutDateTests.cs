using CrossCheck.Dossiers;

namespace CrossCheck.Tests.Alignment;

/// <summary>A claim with a date and a figure, and a source that confirms the figure without stating the date: the
/// source confirms a part of the claim and is cited as partial support, never as full support (decision 388).
/// Made-up reports in other domains than the ones that showed the problem.</summary>
public sealed class FigureWithoutDateTests
{
    private const string Dated = "A landslide buried the Vell valley road on 14 August, killing three farmers, the police said.";

    [Fact]
    public void A_source_confirming_only_the_figure_is_cited_as_partial_support()
    {
        var story = TwoReports.Analyse(Dated, "Three farmers were killed when the slope above the Vell valley road gave way.");

        var claim = story.Claims.First(c => c.ArticleId == "a" && c.Text.Contains("three farmers", StringComparison.Ordinal));
        Assert.Equal(ClaimStatusValue.Partial, claim.Status);
        Assert.Contains(claim.Evidence, e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Partial);
    }

    [Fact]
    public void A_source_giving_another_figure_still_contradicts()
    {
        var story = TwoReports.Analyse(Dated, "Five farmers were killed when the slope above the Vell valley road gave way.");

        var claim = story.Claims.First(c => c.ArticleId == "a" && c.Text.Contains("three farmers", StringComparison.Ordinal));
        Assert.Equal(ClaimStatusValue.Contradicted, claim.Status);
        Assert.DoesNotContain(claim.Evidence, e => e.Relation != EvidenceRelationValue.Contradicts);
    }
}

using CrossCheck.Dossiers;

namespace CrossCheck.Tests.Alignment;

/// <summary>Figures and dates of fictional reports through the whole pipeline (extraction, analysis, alignment).</summary>
public sealed class ReportedFigureTests
{
    private static StoryDossier Analyse(string first, string second) => TwoReports.Analyse(first, second, "Wildfire in the Brask Hills");

    private static ClaimEntry Claim(StoryDossier story, string articleId, string fragment) =>
        story.Claims.First(c => c.ArticleId == articleId && c.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void Days_given_with_a_part_of_the_day_clash_when_the_days_differ()
    {
        var story = Analyse(
            "The fire started on Saturday afternoon near the village of Oskel. Crews from three towns fought it.",
            "The blaze broke out on Friday evening near Oskel, a village west of Sarnowa. Crews from three towns fought it.");

        var claim = Claim(story, "a", "Saturday afternoon");
        Assert.Equal(ClaimStatusValue.Contradicted, claim.Status);
        Assert.Contains(claim.Evidence, e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }

    [Fact]
    public void An_age_is_not_a_count_of_the_people_it_describes()
    {
        var story = Analyse(
            "A wildfire in the Brask Hills killed a 68-year-old farmer on Sunday. Crews from three towns fought it.",
            "The wildfire in the Brask Hills killed one person on Sunday. Crews from three towns fought it.");

        var claim = Claim(story, "a", "68-year-old farmer");
        Assert.NotEqual(ClaimStatusValue.Contradicted, claim.Status);
        Assert.DoesNotContain(claim.Evidence, e => e.Relation == EvidenceRelationValue.Contradicts);
    }

    [Fact]
    public void A_clash_of_figures_contradicts_both_claims_even_when_one_sentence_says_much_more()
    {
        var story = Analyse(
            "The former mayor of Dorvik, Anton Sell, was sentenced to four years in jail on Tuesday. Crews from three towns fought it.",
            "Anton Sell, who led the city of Dorvik for twelve years, was jailed for five years on Tuesday after a court found him guilty of fraud.");

        var shorter = Claim(story, "a", "four years");
        var longer = Claim(story, "b", "five years");
        Assert.Equal(ClaimStatusValue.Contradicted, shorter.Status);
        Assert.Equal(ClaimStatusValue.Contradicted, longer.Status);
        Assert.Contains(longer.Evidence, e => e.ArticleId == "a" && e.Relation == EvidenceRelationValue.Contradicts && e.Conflicts.Count > 0);
    }

    [Theory]
    [InlineData("The wildfire burned 800 hectares in the Varn Hills, the fire service said.", "Crews brought the wildfire in the Varn Hills under control after it destroyed about 1,100 hectares of pine forest.", true)]
    [InlineData("The wildfire burned 800 hectares in the Varn Hills, the fire service said.", "Crews brought the wildfire in the Varn Hills under control after it destroyed some 800 hectares of pine forest.", false)]
    [InlineData("The fire scorched 800 hectares and 30 tonnes of hay around Lake Varn, the service said.", "Of the 1,100 hectares around Lake Varn, 300 hectares were forest.", false)]
    public void Sole_measurements_of_one_kind_are_compared_however_the_verbs_differ(string first, string second, bool clash)
    {
        var story = Analyse(first, second);

        var claim = Claim(story, "a", "800 hectares");
        Assert.Equal(clash, claim.Evidence.Any(e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts));
    }

    [Fact]
    public void A_denial_reaches_what_is_denied_not_the_circumstances_it_mentions()
    {
        var story = Analyse(
            "A ferry ran aground off Brisa Point on Sunday with 150 passengers on board, the coast guard said.",
            "Tidewater Line denied on Monday that its ferry was overloaded when it ran aground off Brisa Point on Sunday.");

        var claim = Claim(story, "a", "ran aground");
        Assert.DoesNotContain(claim.Evidence, e => e.ArticleId == "b" && e.Relation == EvidenceRelationValue.Contradicts);
    }
}

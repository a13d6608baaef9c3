using CrossCheck.Dossiers;
using CrossCheck.Evaluation;

namespace CrossCheck.Tests.Evaluation;

public sealed class ClaimScorerTests
{
    private static DossierDocument WithClaims(Func<ClaimEntry, ClaimEntry> change) =>
        SmallGold.WithStory(SmallGold.Perfect, s => s with { Claims = s.Claims.Select(change).ToList() });

    [Fact]
    public void Perfect_claims_score_one()
    {
        var claims = SmallGold.Section(SmallGold.Perfect, EvaluationSections.Claims);

        Assert.Equal(1.0, claims.F1);
        Assert.Equal(2, claims.Gold);
    }

    [Fact]
    public void Wrong_status_is_wrong()
    {
        var document = WithClaims(c => c with { Status = ClaimStatusValue.Corroborated });

        var claims = SmallGold.Section(document, EvaluationSections.Claims);

        Assert.Equal(0.0, claims.F1);
        Assert.Equal(2, claims.Predicted);
    }

    [Fact]
    public void Right_status_without_the_contradicting_article_cited_is_wrong()
    {
        var document = WithClaims(c => c with { Evidence = [] });

        var claims = SmallGold.Section(document, EvaluationSections.Claims);

        Assert.Equal(1, claims.RecallHits);
    }

    [Fact]
    public void Contradiction_cited_as_support_is_wrong()
    {
        var document = WithClaims(c => c with { Evidence = c.Evidence.Select(e => e with { Relation = EvidenceRelationValue.Supports }).ToList() });

        var claims = SmallGold.Section(document, EvaluationSections.Claims);

        Assert.Equal(0.5, claims.Recall);
    }

    [Fact]
    public void Missing_hedge_or_attribution_is_wrong()
    {
        var unhedged = WithClaims(c => c with { Hedged = false });
        var unattributed = WithClaims(c => c with { Attribution = null });

        Assert.Equal(0.5, SmallGold.Section(unhedged, EvaluationSections.Claims).Recall);
        Assert.Equal(0.5, SmallGold.Section(unattributed, EvaluationSections.Claims).Recall);
    }

    [Theory]
    [InlineData("the police", "Police")]
    [InlineData("police", "The Police")]
    [InlineData("a police spokesman", "Police")]
    public void An_attribution_matches_whatever_its_leading_article_and_case(string predicted, string gold)
    {
        var document = WithClaims(c => c.Attribution is null ? c : c with { Attribution = predicted });
        var story = SmallGold.Story with { Claims = SmallGold.Story.Claims.Select(c => c.Attribution is null ? c : c with { Attribution = gold }).ToList() };

        var claims = Evaluator.Evaluate([story], document).Sections.Single(s => s.Section == EvaluationSections.Claims);

        Assert.Equal(1.0, claims.Recall);
    }

    [Fact]
    public void A_different_attribution_is_still_wrong()
    {
        var document = WithClaims(c => c.Attribution is null ? c : c with { Attribution = "the mayor" });

        Assert.Equal(0.5, SmallGold.Section(document, EvaluationSections.Claims).Recall);
    }

    [Fact]
    public void A_claim_whose_text_lacks_the_fragment_is_not_matched()
    {
        var document = WithClaims(c => c with { Text = "Something else entirely." });

        var claims = SmallGold.Section(document, EvaluationSections.Claims);

        Assert.Equal(0, claims.Predicted);
        Assert.Equal(0.0, claims.Recall);
    }

    [Fact]
    public void Fragments_match_across_curly_quotes_case_and_spacing()
    {
        var gold = new GoldClaim { Article = "a", Fragment = "Rama's \"major unrest\"", Status = "single-source" };
        var predicted = new ClaimEntry("c", "a", "He cited  RAMA\u2019S \u201Cmajor unrest\u201D warning.", 0, 0, ClaimStatusValue.SingleSource, [], null, false);
        var story = SmallGold.Story with { Claims = [gold] };
        var document = SmallGold.WithStory(SmallGold.Perfect, s => s with { Claims = [predicted] });

        var claims = Evaluator.Evaluate([story], document).Sections.Single(s => s.Section == EvaluationSections.Claims);

        Assert.Equal(1.0, claims.F1);
    }
}

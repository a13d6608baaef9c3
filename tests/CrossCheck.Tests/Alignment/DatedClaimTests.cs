using CrossCheck.Alignment;
using CrossCheck.Analysis.Time;

namespace CrossCheck.Tests.Alignment;

/// <summary>A claim that gives a date is about when: another source confirms it only by stating that date (or a
/// more precise one inside it).</summary>
public sealed class DatedClaimTests
{
    private static IReadOnlyList<AssessedClaim> Align(params ArticleBuilder[] articles)
    {
        var (story, analysed, entities) = StoryFixture.Build(null, articles);
        return ClaimAligner.Align(story, analysed, entities, new FakeLexicon(), AlignmentThresholds.Default);
    }

    /// <summary>A report that the Velmora council will open the Irsk bridge, <paramref name="when"/> (the date
    /// the words give, with its value), or with no date.</summary>
    private static ArticleBuilder Opening(string id, string? when = null, string? value = null, DateGranularity granularity = DateGranularity.Day)
    {
        var report = new ArticleBuilder(id, $"The Velmora council will open the rebuilt Irsk bridge to traffic{(when is null ? "" : " " + when)}.")
            .Entity("Velmora", "velmora").Entity("Irsk", "irsk");
        return when is null ? report : report.Date(when.StartsWith("in ", StringComparison.Ordinal) || when.StartsWith("on ", StringComparison.Ordinal) ? when[3..] : when, value!, granularity);
    }

    private static AssessedClaim ClaimOf(IReadOnlyList<AssessedClaim> claims, string articleId) =>
        claims.Single(c => c.ArticleId == articleId);

    [Fact]
    public void A_source_that_leaves_out_the_date_does_not_confirm_a_dated_claim()
    {
        var a = Opening("a", "in September 2025", "2025-09", DateGranularity.Month);
        var b = Opening("b");

        var claims = Align(a, b);

        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(claims, "a").Status);
        Assert.Empty(ClaimOf(claims, "a").Evidence);
        // The undated claim is all stated by the dated one.
        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(claims, "b").Status);
    }

    [Fact]
    public void A_wider_period_holding_the_date_does_not_confirm_it()
    {
        var a = Opening("a", "in September 2025", "2025-09", DateGranularity.Month);
        var b = Opening("b", "this year", "2025", DateGranularity.Year);

        var claims = Align(a, b);

        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(claims, "a").Status);
        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(claims, "b").Status);
    }

    [Fact]
    public void The_same_date_or_a_day_inside_the_month_confirms_it()
    {
        var a = Opening("a", "in September 2025", "2025-09", DateGranularity.Month);
        var b = Opening("b", "on 15 September 2025", "2025-09-15");
        var c = Opening("c", "in September 2025", "2025-09", DateGranularity.Month);

        var claims = Align(a, b, c);

        var claim = ClaimOf(claims, "a");
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(["b", "c"], claim.Evidence.Select(e => e.ArticleId).Order());
    }

    [Fact]
    public void A_different_date_still_contradicts()
    {
        var a = Opening("a", "on 15 September 2025", "2025-09-15");
        var b = Opening("b", "on 22 September 2025", "2025-09-22");

        Assert.Equal(ClaimStatus.Contradicted, ClaimOf(Align(a, b), "a").Status);
    }
}

using CrossCheck.Alignment;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;

using static CrossCheck.Tests.Alignment.AlignedStory;

namespace CrossCheck.Tests.Alignment;

/// <summary>Clock times are compared in UTC when the zone or the place is known, and not at all otherwise; figures
/// in different units are compared after conversion, with rounding. Made-up stories.</summary>
public sealed class ClockAndUnitVerdictTests
{
    private static bool Contradicts(AssessedClaim claim, string other) =>
        claim.Evidence.Any(e => e.ArticleId == other && e.Relation == EvidenceRelation.Contradicts);

    [Fact]
    public void A_time_in_gmt_and_the_same_wall_clock_time_in_local_time_east_of_greenwich_disagree()
    {
        var a = new ArticleBuilder("a", "The quake struck the Aceh coast at 0737 GMT on Sunday.", "Brook Herald")
            .Place("Aceh", "aceh").Date("0737 GMT", "2026-03-15T07:37", DateGranularity.Time, TimeSpan.Zero);
        var b = new ArticleBuilder("b", "The quake struck the Aceh coast at 7:37 AM local time on Sunday.", "Moor Daily")
            .Place("Aceh", "aceh").Date("7:37 AM", "2026-03-15T07:37", DateGranularity.Time);

        var claims = Align(a, b);

        Assert.True(Contradicts(ClaimOf(claims, "a"), "b"), ClaimOf(claims, "a").Reason);
        Assert.Equal(ClaimStatus.Contradicted, ClaimOf(claims, "b").Status);
    }

    [Fact]
    public void The_same_instant_in_two_named_zones_agrees()
    {
        var a = new ArticleBuilder("a", "The summit opened in Brussels at 14:00 GMT on Monday.", "Brook Herald")
            .Place("Brussels", "brussels").Date("14:00 GMT", "2026-01-12T14:00", DateGranularity.Time, TimeSpan.Zero);
        var b = new ArticleBuilder("b", "The summit opened in Brussels at 3 PM CET on Monday.", "Moor Daily")
            .Place("Brussels", "brussels").Date("3 PM CET", "2026-01-12T15:00", DateGranularity.Time, TimeSpan.FromHours(1));

        var claim = ClaimOf(Align(a, b), "a");

        Assert.False(Contradicts(claim, "b"), claim.Reason);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }

    [Fact]
    public void Local_time_of_the_place_agrees_with_the_same_instant_in_utc()
    {
        var a = new ArticleBuilder("a", "The quake struck the Aceh coast at 0037 GMT on Sunday.", "Brook Herald")
            .Place("Aceh", "aceh").Date("0037 GMT", "2026-03-15T00:37", DateGranularity.Time, TimeSpan.Zero);
        var b = new ArticleBuilder("b", "The quake struck the Aceh coast at 7:37 AM local time on Sunday.", "Moor Daily")
            .Place("Aceh", "aceh").Date("7:37 AM", "2026-03-15T07:37", DateGranularity.Time);

        Assert.False(Contradicts(ClaimOf(Align(a, b), "a"), "b"));
    }

    [Fact]
    public void A_time_whose_zone_cannot_be_known_is_not_compared_with_one_in_utc()
    {
        var a = new ArticleBuilder("a", "The quake struck the Varno coast at 0737 GMT on Sunday.", "Brook Herald")
            .Place("Varno", "varno").Date("0737 GMT", "2026-03-15T07:37", DateGranularity.Time, TimeSpan.Zero);
        var b = new ArticleBuilder("b", "The quake struck the Varno coast at 9:15 AM local time on Sunday.", "Moor Daily")
            .Place("Varno", "varno").Date("9:15 AM", "2026-03-15T09:15", DateGranularity.Time);

        var claims = Align(a, b);

        Assert.False(Contradicts(ClaimOf(claims, "a"), "b"), ClaimOf(claims, "a").Reason);
        Assert.False(Contradicts(ClaimOf(claims, "b"), "a"), ClaimOf(claims, "b").Reason);
    }

    [Fact]
    public void A_country_named_by_its_demonym_gives_local_time_its_zone()
    {
        var a = new ArticleBuilder("a", "The ferry sank off the Greek island of Pelos at 0440 GMT on Tuesday.", "Brook Herald")
            .Place("Pelos", "pelos").Date("0440 GMT", "2026-07-14T04:40", DateGranularity.Time, TimeSpan.Zero);
        var b = new ArticleBuilder("b", "The ferry sank off Pelos at 9:40 AM local time on Tuesday.", "Moor Daily")
            .Place("Pelos", "pelos").Date("9:40 AM", "2026-07-14T09:40", DateGranularity.Time);
        var c = new ArticleBuilder("c", "Officials on the Greek island said the ferry sank off Pelos at 7:40 AM local time on Tuesday.", "Dale Courier")
            .Place("Pelos", "pelos").Date("7:40 AM", "2026-07-14T07:40", DateGranularity.Time);

        var claims = Align(a, b, c);

        // Greece in July is three hours ahead: 7:40 local is 04:40 GMT; the report that names no country takes the
        // story's zone.
        Assert.False(Contradicts(ClaimOf(claims, "a"), "c"), ClaimOf(claims, "a").Reason);
        Assert.True(Contradicts(ClaimOf(claims, "a"), "b"), ClaimOf(claims, "a").Reason);
        Assert.True(Contradicts(ClaimOf(claims, "b"), "c"), ClaimOf(claims, "b").Reason);
    }

    [Theory]
    [InlineData("six miles", 6, "mi", ClaimStatus.Corroborated)]
    [InlineData("10 miles", 10, "mi", ClaimStatus.Contradicted)]
    public void Distances_are_compared_after_conversion_with_rounding(string surface, double value, string unit, object expected)
    {
        var a = new ArticleBuilder("a", "The rescuers walked 10 kilometers to the Tarn hut.", "Brook Herald")
            .Place("Tarn", "tarn").Quantity("10 kilometers", 10, QuantityQualifier.Exact, null, "km");
        var b = new ArticleBuilder("b", $"The rescuers walked {surface} to the Tarn hut.", "Moor Daily")
            .Place("Tarn", "tarn").Quantity(surface, value, QuantityQualifier.Exact, null, unit);

        var claim = ClaimOf(Align(a, b), "a");

        Assert.True((ClaimStatus)expected == claim.Status, $"{claim.Status}: {claim.Reason}");
    }

    [Fact]
    public void Temperatures_in_celsius_and_fahrenheit_agree()
    {
        var a = new ArticleBuilder("a", "Temperatures reached 30°C in Dalby on Sunday.", "Brook Herald")
            .Place("Dalby", "dalby").Quantity("30°C", 30, QuantityQualifier.Exact, null, "°C");
        var b = new ArticleBuilder("b", "Temperatures reached 86°F in Dalby on Sunday.", "Moor Daily")
            .Place("Dalby", "dalby").Quantity("86°F", 86, QuantityQualifier.Exact, null, "°F");

        Assert.Equal(ClaimStatus.Corroborated, ClaimOf(Align(a, b), "a").Status);
    }
}

using CrossCheck.Analysis.Time;
using CrossCheck.Tests.Analysis.Time;

namespace CrossCheck.Tests.Alignment;

/// <summary>Rounded counts before the report ("about three weeks ago", "two weeks ago") compared as the elapsed times they
/// stand for, each from its report's date (decision 475). Every sentence here is made up for the test.</summary>
public sealed class ElapsedCountTests
{
    private static readonly DateOnly Day = new(2026, 8, 17);

    [Theory]
    // A count of one unit apart, hedged or not, in reports of one day: the spans meet only at a point.
    [InlineData(-3, -2, 0, true)]
    // A day apart shifts the spans: "about three weeks ago" on the 17th, "two weeks ago" on the 18th.
    [InlineData(-3, -2, 1, true)]
    // The same count a few days apart still overlaps.
    [InlineData(-2, -2, 2, false)]
    [InlineData(-6, -6, 3, false)]
    public void Spans_of_counts_clash_only_when_they_do_not_overlap(int first, int second, int daysLater, bool clash) =>
        Assert.Equal(clash, ElapsedSpan.Clash(ElapsedSpan.Of(Day, first, "week")!.Value, ElapsedSpan.Of(Day.AddDays(daysLater), second, "week")!.Value));

    [Fact]
    public void Counts_of_different_units_overlap_when_the_times_can_meet()
    {
        var month = ElapsedSpan.Of(Day, -1, "month")!.Value;
        Assert.False(ElapsedSpan.Clash(month, ElapsedSpan.Of(Day, -6, "week")!.Value));
        Assert.True(ElapsedSpan.Clash(month, ElapsedSpan.Of(Day, -12, "week")!.Value));
    }

    [Theory]
    [InlineData("The ferry line closed around six weeks ago.", "around six weeks ago", true)]
    [InlineData("The mayor took office roughly three years ago.", "roughly three years ago", true)]
    // A bound is no rounded count, and a day is a calendar day.
    [InlineData("The ferry line closed more than six weeks ago.", "more than six weeks ago", false)]
    [InlineData("The bakery reopened about two days ago.", "about two days ago", false)]
    public void Only_rounded_counts_of_weeks_or_longer_carry_an_elapsed_span(string text, string expression, bool carries)
    {
        var mention = TimeTestHelpers.Extract(text, TimeTestHelpers.Published).Single(m => m.Text == expression);
        Assert.Equal(carries, mention.Elapsed is not null);
    }

    [Theory]
    // Told in an aside of a sentence about something else, with a synonymous verb.
    [InlineData(
        "The skipper, who was wed about three weeks ago, steered the trawler Selka into Orrin harbour, the owner said.",
        "Jonas Hald, the skipper, was married two weeks ago to a nurse.")]
    [InlineData(
        "The keeper, who was wed about four months ago, saved two penalties on Sunday, the coach said.",
        "He was married nine months ago in a small ceremony.")]
    public void Counts_of_one_happening_told_in_asides_clash(string first, string second) =>
        Assert.True(TwoReports.Contradicted(first, second, "wed"));

    [Theory]
    // Overlapping counts, and a verb that is not the same happening.
    [InlineData(
        "The skipper, who was wed about three weeks ago, steered the trawler Selka into Orrin harbour, the owner said.",
        "Jonas Hald, the skipper, was married three weeks ago to a nurse.")]
    [InlineData(
        "The skipper, who was wed about three weeks ago, steered the trawler Selka into Orrin harbour, the owner said.",
        "Jonas Hald, the skipper, was hired two weeks ago by the owner.")]
    public void Counts_that_can_both_hold_or_of_other_happenings_do_not_clash(string first, string second) =>
        Assert.False(TwoReports.Contradicted(first, second, "wed"));
}

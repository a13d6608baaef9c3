namespace CrossCheck.Tests.Alignment;

/// <summary>A figure followed by "including" or "among" is the whole the part after it is taken of (decision 452): "closed
/// nine schools, including the Brack primary" counts all the schools closed, and clashes with another report's count of
/// them; a figure after "including" stays a part. Every report here is made up for the test.</summary>
public sealed class IncludingWholeTests
{
    private const string Title = "Storm closes schools in Vell";

    [Fact]
    public void A_count_before_including_clashes_as_the_whole() =>
        Assert.True(TwoReports.Contradicted(
            "The storm closed nine schools on Monday, including the Brack primary.",
            "Fourteen schools were closed by the storm on Monday.",
            "nine schools",
            Title));

    [Fact]
    public void A_count_after_including_stays_a_part() =>
        Assert.False(TwoReports.Contradicted(
            "The storm closed schools across the county on Monday, including nine in Brack.",
            "Fourteen schools were closed by the storm on Monday.",
            "nine in Brack",
            Title));
}

using CrossCheck.Analysis.Time;

namespace CrossCheck.Tests.Analysis.Time;

/// <summary>Business and calendar periods, on sentences written for these tests (none from a benchmark).</summary>
public sealed class PeriodRulesTests
{
    private static readonly DateOnly Autumn = new(2011, 10, 25);

    [Theory]
    [InlineData("Orlan Mining said its third-quarter output fell.", "third-quarter", "2011-Q3")]
    [InlineData("Output fell in the third quarter.", "the third quarter", "2011-Q3")]
    [InlineData("The mine lost money in the first quarter.", "the first quarter", "2011-Q1")]
    [InlineData("The mine expects a stronger fourth quarter.", "fourth quarter", "2011-Q4")]
    [InlineData("The mine will reopen in the first quarter.", "the first quarter", "2012-Q1")]
    [InlineData("Sales in the second quarter of 2009 were weak.", "the second quarter of 2009", "2009-Q2")]
    [InlineData("Prices fell in the final quarter of last year.", "the final quarter of last year", "2010-Q4")]
    [InlineData("Revenue rose in the first half.", "the first half", "2011-H1")]
    [InlineData("Demand should recover in the second half of 2012.", "the second half of 2012", "2012-H2")]
    [InlineData("Shipments rose in Q2 2010.", "Q2 2010", "2010-Q2")]
    [InlineData("Orlan earned $4 million in fiscal 2010.", "fiscal 2010", "FY2010")]
    [InlineData("Orlan earned $4 million in fiscal year 2009.", "fiscal year 2009", "FY2009")]
    [InlineData("Sales rose in the second quarter of fiscal 2010.", "the second quarter of fiscal 2010", "FY2010-Q2")]
    [InlineData("The mine will be sold by year-end.", "year-end", "2011")]
    [InlineData("Gold fell 4 percent for the week.", "the week", "2011-W43")]
    [InlineData("Shares rose 6 percent during the year.", "the year", "2011")]
    public void Periods_resolve_against_the_publication_date(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression, Autumn, anchor: null)?.Value);
    }

    [Fact]
    public void A_half_of_a_game_is_no_calendar_period()
    {
        const string text = "Rovers scored twice in the second half of the match. Profit rose in the second half of the year.";

        var values = TimeTestHelpers.Extract(text, new CrossCheck.PublicationDate(Autumn)).Select(m => m.Value).ToList();

        Assert.Equal(["2011-H2"], values);
    }

    [Fact]
    public void Debt_at_year_end_in_a_report_of_February_is_the_year_just_ended()
    {
        Assert.Equal("2011", Normalize("Debt at year-end was $40 million.", "year-end", new DateOnly(2012, 2, 9), anchor: null)?.Value);
    }

    [Theory]
    [InlineData("Profit rose from $3 million in the year-ago quarter.", "the year-ago quarter", "2010-Q3")]
    [InlineData("Profit rose from $3 million a year earlier.", "a year earlier", "2010-Q3")]
    [InlineData("Profit was $3 million in the same period last year.", "the same period last year", "2010-Q3")]
    [InlineData("Costs in the quarter rose.", "the quarter", "2011-Q3")]
    public void The_period_named_before_gives_its_granularity_to_the_comparison(string sentence, string expression, string expected)
    {
        var third = TimexNormalizer.AnchorOf(Normalize("Orlan posted third-quarter profit of $5 million.", "third-quarter", Autumn, anchor: null)!);

        Assert.Equal("2011-Q3", third?.Period);
        Assert.Equal(expected, Normalize(sentence, expression, Autumn, third)?.Value);
    }

    [Fact]
    public void A_comparison_period_is_no_anchor_and_an_old_period_is_not_the_reported_quarter()
    {
        var third = TimexNormalizer.AnchorOf(Normalize("Orlan posted third-quarter profit of $5 million.", "third-quarter", Autumn, anchor: null)!);
        var yearAgo = Normalize("Profit rose from the year-ago quarter.", "the year-ago quarter", Autumn, third)!;
        var old = TimexNormalizer.AnchorOf(new TimexValue("2010-Q3", TimexType.Date, DateGranularity.Quarter, true));

        Assert.Null(TimexNormalizer.AnchorOf(yearAgo));
        Assert.Equal("2011-Q3", Normalize("Costs in the latest quarter rose.", "the latest quarter", Autumn, old)?.Value);
    }

    [Fact]
    public void Without_a_period_before_a_year_earlier_is_a_year()
    {
        var day = new AnchorDate(new DateOnly(2011, 10, 3), DateGranularity.Day);

        Assert.Equal("2010", Normalize("Costs rose from a year earlier.", "a year earlier", Autumn, day)?.Value);
    }

    [Fact]
    public void The_year_ago_month_follows_the_month_named_before()
    {
        var may = new AnchorDate(new DateOnly(2011, 5, 1), DateGranularity.Month);

        Assert.Equal("2010-05", Normalize("Traffic rose from the year-ago month.", "the year-ago month", Autumn, may)?.Value);
    }

    internal static TimexValue? Normalize(string sentence, string expression, DateOnly reference, AnchorDate? anchor) =>
        TimexNormalizer.Normalize(sentence, sentence.IndexOf(expression, StringComparison.Ordinal), expression.Length, reference, anchor);
}

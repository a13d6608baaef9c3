using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;
using static CrossCheck.Tests.Analysis.Time.TimeTestHelpers;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class DateExtractorTests
{
    [Theory]
    [InlineData("The talks ended on September 24, 2023, in Brussels.", "September 24, 2023", "2023-09-24")]
    [InlineData("The talks ended on 24 September 2023 in Brussels.", "24 September 2023", "2023-09-24")]
    [InlineData("The talks ended on 2023-09-24 in Brussels.", "2023-09-24", "2023-09-24")]
    [InlineData("He left on Wednesday, 22 November 2023.", "Wednesday, 22 November 2023", "2023-11-22")]
    [InlineData("The deal was signed in May 2010.", "May 2010", "2010-05")]
    [InlineData("Serbia rejected the declaration of independence in 2008.", "2008", "2008")]
    [InlineData("The war of the 1990s left deep scars.", "1990s", "199")]
    [InlineData("Borders drawn in the 20th century still matter.", "20th century", "19")]
    [InlineData("The order was dated 22.11.2023 by the court.", "22.11.2023", "2023-11-22")]
    [InlineData("Protests began in the fall of 2022.", "fall of 2022", "2022-FA")]
    public void Absolute_dates_are_normalised(string text, string expression, string expected)
    {
        Assert.Equal(expected, ValueOf(text, expression, Published));
    }

    [Theory]
    [InlineData("The ferry sank last week off Tarn.", "last week", "2023-11-22")]
    [InlineData("The ferry sank in the past week off Tarn.", "past week", "2023-11-22")]
    [InlineData("The ferry sank last month off Tarn.", "last month", null)]
    [InlineData("The ferry sank on Monday off Tarn.", "Monday", null)]
    [InlineData("The ferry sails next week from Tarn.", "next week", null)]
    public void Last_week_may_run_up_to_the_publication_date(string text, string expression, string? reach)
    {
        var found = Extract(text, Published).First(d => d.Text.Contains(expression, StringComparison.Ordinal));

        Assert.Equal(reach is null ? null : DateOnly.Parse(reach, System.Globalization.CultureInfo.InvariantCulture), found.ReachesTo);
    }

    [Theory]
    [InlineData("Stoltenberg visited Kosovo on November 20.", "November 20", "2023-11-20")]
    [InlineData("He visited Kosovo on Nov. 20 and left.", "Nov. 20", "2023-11-20")]
    [InlineData("The summit will open on January 15.", "January 15", "2024-01-15")]
    [InlineData("The summit opened on December 1.", "December 1", "2022-12-01")]
    [InlineData("Elections were held during late spring.", "late spring", "2023-SP")]
    [InlineData("Police said on Wednesday that two men were arrested.", "Wednesday", "2023-11-22")]
    [InlineData("Police said on Monday that two men were arrested.", "Monday", "2023-11-20")]
    [InlineData("The minister will travel to Rome on Friday.", "Friday", "2023-11-24")]
    [InlineData("The minister met him last Friday.", "last Friday", "2023-11-17")]
    [InlineData("Rama spoke yesterday in Skopje.", "yesterday", "2023-11-21")]
    [InlineData("Rama speaks today in Skopje.", "today", "2023-11-22")]
    [InlineData("Talks collapsed last month.", "last month", "2023-10")]
    [InlineData("Talks collapsed earlier this month.", "earlier this month", "2023-11")]
    [InlineData("Talks resume this week.", "this week", "2023-W47")]
    [InlineData("Talks resume next year.", "next year", "2024")]
    [InlineData("Rescuers hope to reach the men by the weekend.", "by the weekend", "2023-W47-WE")]
    [InlineData("Two houses burned down over the weekend.", "over the weekend", "2023-W46-WE")]
    [InlineData("The bridge was closed in March.", "March", "2023-03")]
    [InlineData("The bridge will reopen in March.", "March", "2024-03")]
    [InlineData("The bridge was opened four years ago.", "four years ago", "2019")]
    [InlineData("The ferry line closed around six weeks ago.", "around six weeks ago", "2023-W41")]
    [InlineData("The bakery reopened about two days ago.", "about two days ago", "2023-11-20")]
    [InlineData("The mayor took office roughly three years ago.", "roughly three years ago", "2020")]
    [InlineData("The attack happened last summer.", "last summer", "2023-SU")]
    public void Deictic_expressions_use_the_publication_date(string text, string expression, string expected)
    {
        var mention = Extract(text, Published).Single(m => m.Text == expression);

        Assert.Equal(expected, mention.Value);
        Assert.True(mention.Relative);
    }

    [Theory]
    [InlineData("Stoltenberg visited Kosovo on November 20. The next day he was in Belgrade.", "The next day", "2023-11-21")]
    [InlineData("The clashes began on 24 September 2023. Two days later the police withdrew.", "Two days later", "2023-09-26")]
    [InlineData("The clashes began on 24 September 2023. The following week talks resumed.", "The following week", "2023-W39")]
    [InlineData("The clashes began on 24 September 2023. That evening the police withdrew.", "That evening", "2023-09-24TEV")]
    [InlineData("The war ended in 1999. The next year elections were held.", "The next year", "2000")]
    [InlineData("The next day he left.", "The next day", "2023-11-23")]
    [InlineData("The war ended in 1999. Ten years on, the town has been rebuilt.", "Ten years on", "2009")]
    public void Anaphoric_expressions_use_the_date_mentioned_before(string text, string expression, string expected)
    {
        Assert.Equal(expected, ValueOf(text, expression, Published));
    }

    [Theory]
    [InlineData("The match was postponed until 15:00 GMT Saturday.", "15:00 GMT Saturday", "2023-11-25T15:00", 0)]
    [InlineData("The leaders met on Nov. 20 at 10:15 a.m. EST.", "Nov. 20 at 10:15 a.m. EST", "2023-11-20T10:15", -5)]
    [InlineData("The vote was held on Monday at 3 p.m.", "Monday at 3 p.m.", "2023-11-20T15:00", null)]
    [InlineData("Talks were held on Friday afternoon.", "Friday afternoon", "2023-11-17TAF", null)]
    [InlineData("The tremor hit on Tuesday at 0412 GMT.", "Tuesday at 0412 GMT", "2023-11-21T04:12", 0)]
    [InlineData("Polls closed on Sunday at 2100 UTC.", "Sunday at 2100 UTC", "2023-11-19T21:00", 0)]
    public void Times_of_day_are_attached_to_their_day(string text, string expression, string expected, int? offsetHours)
    {
        var mention = Extract(text, Published).Single(m => m.Text == expression);

        Assert.Equal(expected, mention.Value);
        Assert.Equal(DateGranularity.Time, mention.Granularity);
        Assert.Equal(offsetHours is { } h ? TimeSpan.FromHours(h) : null, mention.UtcOffset);
    }

    [Theory]
    [InlineData("About 4,500 people marched through the city.")]
    [InlineData("Call the hotline on 555-2008 or 0800 1999 2000.")]
    [InlineData("Partizan won the match 2-1 and the series 3:2.")]
    [InlineData("Police counted more than 2000 protesters.")]
    [InlineData("The company employs 1500 workers.")]
    [InlineData("The price rose by 2010 percent, a figure of 1999.5 points.")]
    [InlineData("Prices may march higher, analysts said.")]
    [InlineData("The crisis lasted three days.")]
    public void Quantities_phone_numbers_and_scores_are_not_dates(string text)
    {
        Assert.Empty(Extract(text, Published));
    }

    [Theory]
    [InlineData("He was jailed for eight years on Monday.", "Monday", "2023-11-20")]
    [InlineData("The mine had been shut for two years on 20 November 2023.", "20 November 2023", "2023-11-20")]
    public void A_duration_followed_by_a_date_is_not_a_date_that_many_years_on(string text, string expression, string expected)
    {
        var mentions = Extract(text, Published);

        Assert.Equal(expected, Assert.Single(mentions, m => m.Text == expression).Value);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("years", StringComparison.Ordinal));
    }

    [Fact]
    public void Unresolvable_expressions_are_left_out_without_a_publication_date()
    {
        var mentions = Extract("He left yesterday and returned on 24 September 2023.", published: null);

        var mention = Assert.Single(mentions);
        Assert.Equal("2023-09-24", mention.Value);
        Assert.False(mention.Relative);
    }

    [Fact]
    public void Offsets_and_sentence_indexes_point_at_the_expression()
    {
        const string text = "Rama spoke in Skopje.\nStoltenberg visited Kosovo on November 20, officials said.";

        var mention = Assert.Single(Extract(text, Published));

        Assert.Equal("November 20", text[mention.Start..mention.End]);
        Assert.Equal(1, mention.SentenceIndex);
        Assert.Equal(DateGranularity.Day, mention.Granularity);
    }

    [Theory]
    [InlineData("The talks ended on Friday, November 25.", "Friday, November 25", "2022-11-25")]
    [InlineData("The talks end on Monday, January 15.", "Monday, January 15", "2024-01-15")]
    public void Weekday_given_with_a_day_picks_the_year(string text, string expression, string expected)
    {
        Assert.Equal(expected, ValueOf(text, expression, Published));
    }

    [Theory]
    [InlineData("Coal use will surge over the next decade.")]
    [InlineData("Prices have doubled over the past year.")]
    public void Spans_of_one_unit_are_durations_not_dates(string text)
    {
        Assert.Empty(Extract(text, Published));
    }

    [Fact]
    public void Year_ranges_give_both_years()
    {
        var values = Extract("He took part in the expedition of 1957-58 and the war of 2009-2010.", Published).Select(m => m.Value);

        Assert.Equal(["1957", "1958", "2009", "2010"], values);
    }

    [Theory]
    [InlineData("The storm swept through the valley on Monday, officials said.", "Monday", "2023-11-20")]
    [InlineData("Families can apply for help from Friday, the council said.", "Friday", "2023-11-24")]
    [InlineData("The office stays shut until Friday.", "Friday", "2023-11-24")]
    public void Weekday_direction_follows_the_words_that_govern_it(string text, string expression, string expected)
    {
        Assert.Equal(expected, TimeTestHelpers.ValueOf(text, expression, TimeTestHelpers.Published));
    }

    [Fact]
    public void A_decimal_before_percent_is_not_a_clock_time()
    {
        Assert.Empty(Extract("The bank raised its rate to 4.25 percent.", TimeTestHelpers.Published));
    }
}

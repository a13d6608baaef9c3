using CrossCheck.Analysis.Time;

namespace CrossCheck.Tests.Analysis.Time;

/// <summary>Underspecified dates take their year or week from the publication date, in the direction of their
/// clause's tense; only anaphoric expressions take the date mentioned before. Sentences written for these tests.</summary>
public sealed class TimexDirectionTests
{
    // A Thursday.
    private static readonly DateOnly Reference = new(2007, 5, 17);

    [Theory]
    [InlineData("The ferry sank on May 9 off the coast.", "May 9", "2007-05-09")]
    [InlineData("The inquiry will report on May 9.", "May 9", "2008-05-09")]
    [InlineData("The ferry sank on Dec. 12.", "Dec. 12", "2006-12-12")]
    [InlineData("Hearings will resume Dec. 12.", "Dec. 12", "2007-12-12")]
    [InlineData("The mayor resigned in November.", "November", "2006-11")]
    [InlineData("The mayor will resign in November.", "November", "2007-11")]
    [InlineData("The ministers will meet Monday.", "Monday", "2007-05-21")]
    [InlineData("The ministers met Monday.", "Monday", "2007-05-14")]
    [InlineData("A vote is set for Tuesday.", "Tuesday", "2007-05-22")]
    [InlineData("The talks are slated for Monday.", "Monday", "2007-05-21")]
    [InlineData("The offer stands until Monday.", "Monday", "2007-05-21")]
    [InlineData("Fares have risen since Feb. 2.", "Feb. 2", "2007-02-02")]
    [InlineData("The region had its wettest spell during the summer.", "the summer", "2006-SU")]
    [InlineData("Crews will finish the repairs over the weekend.", "the weekend", "2007-W20-WE")]
    [InlineData("The minister will visit the flooded villages Monday.", "Monday", "2007-05-21")]
    [InlineData("The bank will publish its revised forecast Tuesday.", "Tuesday", "2007-05-22")]
    [InlineData("The ferry, which sailed Monday, was late.", "Monday", "2007-05-14")]
    public void Direction_follows_the_tense_of_the_clause(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression, anchor: null)?.Value);
    }

    [Theory]
    [InlineData("Officials said the fair, which begins Friday, was sold out.", "Friday", "2007-05-18")]
    [InlineData("Organisers said the festival, which opens Saturday, had been moved.", "Saturday", "2007-05-19")]
    [InlineData("The union said it resumes talks Monday after a pause.", "Monday", "2007-05-21")]
    [InlineData("Residents said the curfew that ends Sunday had calmed the town.", "Sunday", "2007-05-20")]
    [InlineData("Police said the marathon, which starts on Sunday, would close roads.", "Sunday", "2007-05-20")]
    public void A_present_tense_verb_with_a_day_is_a_schedule(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression, anchor: null)?.Value);
    }

    [Theory]
    [InlineData("Police say the fire started Monday in a kitchen.", "Monday", "2007-05-14")]
    [InlineData("The agency says Monday's storm cut power to 3,000 homes.", "Monday", "2007-05-14")]
    [InlineData("Witnesses said the patrols Monday were heavier than usual.", "Monday", "2007-05-14")]
    public void Reporting_verbs_and_plural_nouns_are_not_schedules(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression, anchor: null)?.Value);
    }

    [Theory]
    [InlineData("The ferry sank in April.", "April", "2007-04")]
    [InlineData("The ferry will be raised in September.", "September", "2007-09")]
    [InlineData("The ferry sank on April 3.", "April 3", "2007-04-03")]
    public void A_year_mentioned_earlier_does_not_anchor_a_month_or_day(string sentence, string expression, string expected)
    {
        var earlier = new AnchorDate(new DateOnly(1988, 1, 1), DateGranularity.Year);

        Assert.Equal(expected, Normalize(sentence, expression, earlier)?.Value);
    }

    [Theory]
    [InlineData("The line was extended the following year.", "the following year", "1989")]
    [InlineData("Engineers inspected it that year.", "that year", "1988")]
    [InlineData("Output had peaked by the end of the year.", "the end of the year", "1988")]
    [InlineData("The plant will close by the end of the year.", "the end of the year", "2007")]
    public void Anaphoric_expressions_take_the_date_mentioned_before(string sentence, string expression, string expected)
    {
        var earlier = new AnchorDate(new DateOnly(1988, 1, 1), DateGranularity.Year);

        Assert.Equal(expected, Normalize(sentence, expression, earlier)?.Value);
    }

    private static TimexValue? Normalize(string sentence, string expression, AnchorDate? anchor) =>
        PeriodRulesTests.Normalize(sentence, expression, Reference, anchor);
}

using CrossCheck.Analysis.Time;

namespace CrossCheck.Tests.Analysis.Time;

public sealed class TimexNormalizerTests
{
    private static readonly DateOnly Reference = new(2013, 3, 22);

    [Theory]
    [InlineData("The crisis lasted three days.", "three days", "P3D")]
    [InlineData("It took a month to rebuild.", "a month", "P1M")]
    [InlineData("It took a decade to rebuild.", "a decade", "P10Y")]
    [InlineData("It lasted an hour.", "an hour", "PT1H")]
    [InlineData("It lasted several days.", "several days", "PXD")]
    [InlineData("A four-week closure begins.", "four-week", "P4W")]
    [InlineData("He served eight years in office.", "eight years", "P8Y")]
    [InlineData("Prices rose in recent weeks.", "recent weeks", "PXW")]
    [InlineData("It took years.", "years", "PXY")]
    [InlineData("He ran it in 3:07:35 flat.", "3:07:35", "PT3H7M35S")]
    [InlineData("It could take between 12 and 18 months.", "12", "P12M")]
    [InlineData("They met twenty-five years ago.", "twenty-five years ago", "1988")]
    public void Durations_and_counts_are_normalised(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression)?.Value);
    }

    [Theory]
    [InlineData("Six deaths were reported in the last week.", "the last week", "2013-W11")]
    [InlineData("The FAA said Friday.", "Friday", "2013-03-22")]
    [InlineData("He pleaded guilty Thursday.", "Thursday", "2013-03-21")]
    [InlineData("The season started in early December.", "early December", "2012-12")]
    [InlineData("The closure will begin on April 7.", "April 7", "2013-04-07")]
    [InlineData("The book is due to be published in May.", "May", "2013-05")]
    [InlineData("The program will run through June.", "June", "2013-06")]
    [InlineData("He was reported missing late last July.", "late last July", "2012-07")]
    [InlineData("Nothing is known now.", "now", "PRESENT_REF")]
    [InlineData("It happened in the past.", "the past", "PAST_REF")]
    [InlineData("The report is published annually.", "annually", "XXXX")]
    [InlineData("He runs every morning.", "every morning", "XXXX-XX-XXTMO")]
    [InlineData("The expedition of 1957-58 crossed Antarctica.", "58", "1958")]
    [InlineData("The qualifier was postponed until 15:00 GMT Saturday.", "15:00 GMT Saturday", "2013-03-23T15:00")]
    public void Expressions_are_normalised_in_their_sentence(string sentence, string expression, string expected)
    {
        Assert.Equal(expected, Normalize(sentence, expression)?.Value);
    }

    [Fact]
    public void Anchor_is_used_for_anaphoric_expressions()
    {
        var anchor = new AnchorDate(new DateOnly(2012, 12, 3), DateGranularity.Day);

        const string sentence = "It peaked by the end of the year.";
        var start = sentence.IndexOf("the end of the year", StringComparison.Ordinal);

        var value = TimexNormalizer.Normalize(sentence, start, "the end of the year".Length, Reference, anchor);

        Assert.Equal("2012", value?.Value);
        Assert.True(value?.Relative);
    }

    [Fact]
    public void Text_that_is_no_time_expression_gives_null()
    {
        Assert.Null(Normalize("The digital age arrived.", "digital"));
    }

    private static TimexValue? Normalize(string sentence, string expression) =>
        TimexNormalizer.Normalize(sentence, sentence.IndexOf(expression, StringComparison.Ordinal), expression.Length, Reference, anchor: null);
}

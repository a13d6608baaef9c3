using CrossCheck.Extraction;

namespace CrossCheck.Tests.Extraction;

public sealed class DateStringParserTests
{
    [Theory]
    [InlineData("2023-11-22T10:15:00+01:00", "2023-11-22T10:15:00+01:00")]
    [InlineData("2019-11-19T08:00:00.000Z", "2019-11-19T08:00:00Z")]
    [InlineData("2019-11-19T08:00:00", "2019-11-19T08:00:00")]
    [InlineData("2019-11-19 08:00:00 -0500", "2019-11-19T08:00:00-05:00")]
    [InlineData("2019-11-19", "2019-11-19")]
    [InlineData("20191119", "2019-11-19")]
    [InlineData("2019/11/19", "2019-11-19")]
    [InlineData("Tue, 19 Nov 2019 08:00:00 GMT", "2019-11-19T08:00:00Z")]
    [InlineData("November 19, 2019 3:15 PM EST", "2019-11-19T15:15:00-05:00")]
    [InlineData("November 19, 2019", "2019-11-19")]
    [InlineData("1574150400", "2019-11-19T08:00:00Z")]
    public void Parses_with_time_and_offset_only_when_stated(string input, string expectedIso) =>
        Assert.Equal(expectedIso, DateStringParser.Parse(input)?.ToIso());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2019-13-45")]
    [InlineData("2019-02-30")]
    [InlineData("555-0134")]
    [InlineData("12:30")]
    public void Rejects_what_is_not_a_calendar_date(string? input) => Assert.Null(DateStringParser.Parse(input));

    [Theory]
    [InlineData("2023-11-22T10:00+0\uA900")]
    [InlineData("\u0662\u0660\u0662\u0663-\u0661\u0661-\u0662\u0662")]
    [InlineData("2023-1\u0661-22")]
    public void Digits_of_other_scripts_never_throw(string input)
    {
        var exception = Record.Exception(() => DateStringParser.Parse(input));

        Assert.Null(exception);
    }
}

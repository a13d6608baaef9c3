using CrossCheck.Text.Dates;

namespace CrossCheck.Tests.Text.Dates;

/// <summary>The one date-string parser: the cases of the page parser (<see cref="DateDialect.Page"/>), the
/// metadata parser (<see cref="DateDialect.Metadata"/>) and the running-text finder it replaced. Feed dates are
/// covered through the feed parser (FeedParserTests).</summary>
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
    public void Page_dates_keep_time_and_offset_only_when_stated(string input, string expectedIso) =>
        Assert.Equal(expectedIso, DateStringParser.Parse(input, DateDialect.Page)?.ToIso());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2019-13-45")]
    [InlineData("2019-02-30")]
    [InlineData("555-0134")]
    [InlineData("12:30")]
    public void Page_dialect_rejects_what_is_not_a_calendar_date(string? input) => Assert.Null(DateStringParser.Parse(input, DateDialect.Page));

    [Theory]
    [InlineData("2023-11-22T10:00+0\uA900")]
    [InlineData("\u0662\u0660\u0662\u0663-\u0661\u0661-\u0662\u0662")]
    [InlineData("2023-1\u0661-22")]
    public void Page_digits_of_other_scripts_never_throw(string input)
    {
        var exception = Record.Exception(() => DateStringParser.Parse(input, DateDialect.Page));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("2023-11-22", "2023-11-22")]
    [InlineData("2023-11-22T10:15:00Z", "2023-11-22T10:15:00Z")]
    [InlineData("2023-11-22T10:15:00+01:00", "2023-11-22T10:15:00+01:00")]
    [InlineData("2023-11-22T10:15:00.123-0500", "2023-11-22T10:15:00-05:00")]
    [InlineData("2023-11-22 10:15", "2023-11-22T10:15:00")]
    [InlineData("Wed, 22 Nov 2023 10:15:00 GMT", "2023-11-22T10:15:00Z")]
    [InlineData("Wed, 22 Nov 2023 10:15:00 +0100", "2023-11-22T10:15:00+01:00")]
    [InlineData("22 Nov 23 10:15 EST", "2023-11-22T10:15:00-05:00")]
    [InlineData("22 November 2023", "2023-11-22")]
    [InlineData("November 22, 2023", "2023-11-22")]
    [InlineData("Nov. 22, 2023 10:15 AM EST", "2023-11-22T10:15:00-05:00")]
    [InlineData("Wednesday, November 22, 2023 at 3:05 p.m.", "2023-11-22T15:05:00")]
    [InlineData("22.11.2023", "2023-11-22")]
    [InlineData("1700648100", "2023-11-22T10:15:00Z")]
    [InlineData("1700648100000", "2023-11-22T10:15:00Z")]
    public void Metadata_formats_are_parsed_with_time_and_offset(string value, string expectedIso)
    {
        Assert.Equal(expectedIso, DateStringParser.Parse(value, DateDialect.Metadata)?.ToIso());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("not a date at all")]
    [InlineData("2023-13-45")]
    [InlineData("31 February 2023")]
    [InlineData("12345")]
    [InlineData("05/06/2023")]
    [InlineData("Nov 2023 was cold")]
    [InlineData("2023-11-22T25:61:00")]
    public void Garbage_metadata_is_rejected(string? value)
    {
        Assert.Null(DateStringParser.Parse(value, DateDialect.Metadata));
    }

    [Theory]
    [InlineData("Published Nov. 19, 2019 at 3:15 p.m. ET", "2019-11-19T15:15:00")]
    [InlineData("Updated 22 November 2023 10:15 GMT", "2023-11-22T10:15:00Z")]
    [InlineData("Last modified on 5th of May 2021", "2021-05-05")]
    [InlineData("Posted 2019-11-19T08:30+02:00 by staff", "2019-11-19T08:30:00+02:00")]
    public void Finds_dates_in_running_text(string text, string expectedIso) =>
        Assert.Equal(expectedIso, DateStringParser.FindAll(text).First().Date.ToIso());

    [Theory]
    [InlineData("Veröffentlicht am 3. März 2021, 14:05", "2021-03-03T14:05:00")]
    [InlineData("Mis à jour le 1er juin 2020", "2020-06-01")]
    [InlineData("Publicado el 6 de junio de 2020", "2020-06-06")]
    [InlineData("Lunedì 14 Settembre 2020 | 09:12", "2020-09-14T09:12:00")]
    [InlineData("Geplaatst op 23 maart 2021", "2021-03-23")]
    [InlineData("Publicado em 7 de abril de 2020", "2020-04-07")]
    [InlineData("Dezember 16th, 2012", "2012-12-16")]
    [InlineData("Stand: 16.12.2012 19:05 Uhr", "2012-12-16T19:05:00")]
    [InlineData("am 6. 9. 2017", "2017-09-06")]
    [InlineData("Nummer zwei: 3. August 2015", "2015-08-03")]
    public void Finds_dates_pages_write_in_other_languages(string text, string expectedIso) =>
        Assert.Equal(expectedIso, DateStringParser.FindAll(text).First().Date.ToIso());

    [Theory]
    [InlineData("Version 1.2.2020.4 released")]
    [InlineData("Mars 2020 mission")]
    [InlineData("Score 31.12.1899")]
    public void Versions_and_names_are_not_dates(string text) => Assert.Empty(DateStringParser.FindAll(text));

    [Theory]
    [InlineData("Call 2019-555-0134 for tickets")]
    [InlineData("Order number 1-2019-11-19-7 was shipped")]
    [InlineData("Phone: 020-2019-1119")]
    [InlineData("Room 2019 on floor 11")]
    public void Phone_numbers_and_codes_are_not_dates(string text) => Assert.Empty(DateStringParser.FindAll(text));
}

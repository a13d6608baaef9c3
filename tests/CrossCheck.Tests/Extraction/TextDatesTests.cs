using CrossCheck.Extraction;

namespace CrossCheck.Tests.Extraction;

public sealed class TextDatesTests
{
    [Theory]
    [InlineData("Published Nov. 19, 2019 at 3:15 p.m. ET", "2019-11-19T15:15:00")]
    [InlineData("Updated 22 November 2023 10:15 GMT", "2023-11-22T10:15:00Z")]
    [InlineData("Last modified on 5th of May 2021", "2021-05-05")]
    [InlineData("Posted 2019-11-19T08:30+02:00 by staff", "2019-11-19T08:30:00+02:00")]
    public void Finds_dates_in_running_text(string text, string expectedIso) =>
        Assert.Equal(expectedIso, TextDates.FindAll(text).First().Date.ToIso());

    [Theory]
    [InlineData("Call 2019-555-0134 for tickets")]
    [InlineData("Order number 1-2019-11-19-7 was shipped")]
    [InlineData("Phone: 020-2019-1119")]
    [InlineData("Room 2019 on floor 11")]
    public void Phone_numbers_and_codes_are_not_dates(string text) => Assert.Empty(TextDates.FindAll(text));
}

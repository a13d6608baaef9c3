using CrossCheck.Text.Dates;

namespace CrossCheck.Tests.Text.Dates;

/// <summary>The parts the dialects share, with the two named offset variants: page and text offsets read ASCII
/// digits and stop at ±14:59; metadata offsets read digits of any script and are not bounded.</summary>
public sealed class DatePartsTests
{
    [Theory]
    [InlineData("GMT", 0)]
    [InlineData("UT", 0)]
    [InlineData("z", 0)]
    [InlineData("EST", -300)]
    [InlineData("CEST", 120)]
    [InlineData("+05:30", 330)]
    [InlineData("-0500", -300)]
    [InlineData("+05", 300)]
    public void Zone_names_and_numeric_offsets_read_alike_in_every_variant(string zone, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), DateParts.Offset(zone, anyScriptDigits: false, withinFourteenHours: true));
        Assert.Equal(TimeSpan.FromMinutes(minutes), DateParts.Offset(zone, anyScriptDigits: true, withinFourteenHours: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ET")]
    [InlineData("+1500")]
    [InlineData("+\u0660\u0665:00")]
    public void Page_offsets_reject_unknown_names_other_scripts_and_more_than_fourteen_hours(string zone) =>
        Assert.Null(DateParts.Offset(zone, anyScriptDigits: false, withinFourteenHours: true));

    [Fact]
    public void Metadata_offsets_read_other_scripts_and_are_not_bounded()
    {
        Assert.Equal(TimeSpan.FromHours(5), DateParts.Offset("+\u0660\u0665:00", anyScriptDigits: true, withinFourteenHours: false));
        Assert.Equal(TimeSpan.FromHours(15), DateParts.Offset("+1500", anyScriptDigits: true, withinFourteenHours: false));
    }

    [Theory]
    [InlineData(1899, 12, 31, 2200)]
    [InlineData(2101, 1, 1, 2100)]
    [InlineData(2201, 1, 1, 2200)]
    [InlineData(2023, 2, 29, 2200)]
    [InlineData(2023, 13, 1, 2200)]
    [InlineData(2023, 0, 1, 2200)]
    public void Days_outside_the_calendar_or_the_year_range_are_rejected(int year, int month, int day, int maxYear) =>
        Assert.Null(DateParts.Day(year, month, day, maxYear));

    [Fact]
    public void A_date_keeps_its_offset_only_with_a_time()
    {
        Assert.Null(DateParts.Create(2023, 11, 22, time: null, offset: TimeSpan.FromHours(1))!.Offset);
        Assert.Equal(TimeSpan.FromHours(1), DateParts.Create(2023, 11, 22, new TimeOnly(10, 15), TimeSpan.FromHours(1))!.Offset);
    }

    [Theory]
    [InlineData(12, false, 0)]
    [InlineData(12, true, 12)]
    [InlineData(1, false, 1)]
    [InlineData(3, true, 15)]
    [InlineData(0, true, 12)]
    [InlineData(13, false, 13)]
    [InlineData(13, true, 25)]
    public void Twelve_hour_clock_reads_as_twenty_four_hours(int hour, bool pm, int expected) =>
        Assert.Equal(expected, DateParts.TwentyFourHour(hour, pm));
}

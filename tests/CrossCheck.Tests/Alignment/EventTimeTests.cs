using CrossCheck.Alignment;
using CrossCheck.Text;

namespace CrossCheck.Tests.Alignment;

/// <summary>The time of an event as its wording allows (decision 365): the words before a date widen or open its span,
/// and two event times clash only when those spans cannot meet on one time line. Every sentence here is made up.</summary>
public sealed class EventTimeTests
{
    [Theory]
    [InlineData("The kiln was lit at about ", "9:15 a.m.", "Approximate")]
    [InlineData("Divers surfaced shortly after ", "noon", "ShortlyAfter")]
    [InlineData("The convoy left just before ", "dawn", "ShortlyBefore")]
    [InlineData("All ewes were sheared by ", "Friday evening", "Before")]
    [InlineData("The library stays closed until ", "Monday", "Bound")]
    [InlineData("Stocks held steady as of ", "3 p.m.", "Bound")]
    [InlineData("The orchard was sold on ", "Tuesday", "At")]
    [InlineData("The hikers were found ", "around six hours later", "Approximate")]
    [InlineData("Once the storm had passed, ", "Tuesday", "At")]
    public void Words_before_a_date_say_how_the_event_relates_to_it(string before, string date, string expected) =>
        Assert.Equal(Enum.Parse<TimeQualifier>(expected), EventTime.QualifierOf(before + date, before.Length, date));

    private static EventTime Clock(int hour, int minute, int from, int to, bool dayKnown = true) =>
        new(new DateTime(2026, 3, 4, hour, minute, 0).AddMinutes(from), new DateTime(2026, 3, 4, hour, minute, 0).AddMinutes(to), true, dayKnown)
        { Frame = ClockFrame.WallClock };

    [Fact]
    public void About_half_past_and_shortly_after_the_hour_cannot_both_hold() =>
        Assert.True(EventTime.Clash(Clock(2, 30, -10, 10), Clock(2, 0, 0, 15)));

    [Fact]
    public void About_half_past_and_just_after_half_past_can_both_hold() =>
        Assert.False(EventTime.Clash(Clock(2, 30, -10, 10), Clock(2, 30, 0, 15)));

    [Fact]
    public void Times_of_day_whose_days_were_inferred_are_compared_as_times_of_day() =>
        Assert.False(EventTime.Clash(Clock(7, 0, -5, 5, dayKnown: false), Clock(7, 0, -5, 5, dayKnown: false) with
        {
            Start = new DateTime(2026, 3, 5, 6, 55, 0), End = new DateTime(2026, 3, 5, 7, 5, 0),
        }));

    [Fact]
    public void A_utc_time_and_a_time_of_unknown_zone_are_not_compared() =>
        Assert.False(EventTime.Clash(Clock(9, 15, -5, 5), Clock(11, 15, -5, 5) with { Frame = ClockFrame.Utc }));

    [Fact]
    public void A_time_of_day_with_no_stated_day_is_not_compared_with_a_day()
    {
        var day = new EventTime(new DateTime(2026, 3, 2), new DateTime(2026, 3, 3), false, true);
        Assert.False(EventTime.Clash(Clock(4, 20, -5, 5, dayKnown: false), day));
        Assert.True(EventTime.Clash(Clock(4, 20, -5, 5), day));
    }

    [Fact]
    public void Days_resolved_against_reports_a_week_apart_are_not_compared()
    {
        // "on Saturday" in a report of the next week may name the same Saturday.
        var first = new EventTime(new DateTime(2026, 6, 6), new DateTime(2026, 6, 7), false, true) { Relative = true };
        var second = first with { Start = new DateTime(2026, 6, 13), End = new DateTime(2026, 6, 14) };
        var dayBefore = first with { Start = new DateTime(2026, 6, 5), End = new DateTime(2026, 6, 6) };
        Assert.False(EventTime.Clash(first, second));
        Assert.True(EventTime.Clash(first, dayBefore));
    }

    [Fact]
    public void By_a_day_holds_anything_before_its_end()
    {
        var byFriday = new EventTime(DateTime.MinValue, new DateTime(2026, 3, 7), false, true);
        Assert.False(EventTime.Clash(byFriday, new EventTime(new DateTime(2026, 3, 5), new DateTime(2026, 3, 6), false, true)));
        Assert.True(EventTime.Clash(byFriday, new EventTime(new DateTime(2026, 3, 7), new DateTime(2026, 3, 8), false, true)));
    }
}

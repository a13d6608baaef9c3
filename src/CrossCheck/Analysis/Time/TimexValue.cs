namespace CrossCheck.Analysis.Time;

/// <summary>The TIMEX3 type of a normalised expression.</summary>
internal enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A normalised time expression: a TIMEX3 value ("2023-11-20", "P3D", "PRESENT_REF", "XXXX-WXX-1"),
/// its type and granularity, whether an anchor was needed, and the UTC offset when a zone was named.</summary>
internal sealed record TimexValue(
    string Value,
    TimexType Type,
    DateGranularity Granularity,
    bool Relative,
    TimeSpan? UtcOffset = null)
{
    /// <summary>False for a period named only for comparison ("the year-ago quarter", "a year earlier" after a
    /// quarter): the expressions after it still refer to the period named before it.</summary>
    public bool Anchors { get; init; } = true;

    /// <summary>For "last week" or "the past week": the reference date the span may also run up to. Reporters use
    /// the words for the calendar week before the reference and for the seven days before it alike, so a day
    /// earlier in the reference's own week ("escaped last week", written on a Saturday, about the Monday) is not
    /// outside it. The value stays the calendar week, as TIMEX3 writes it; only comparisons read this.</summary>
    public DateOnly? ReachesTo { get; init; }

    /// <summary>For "N weeks ago" and longer counts before or after the reference ("12 weeks ago", "around six weeks
    /// ago", "two years from now"): the span of elapsed time the rounded count stands for, placed against the
    /// reference date (<see cref="ElapsedSpan"/>). Null for other values; only comparisons read it.</summary>
    public ElapsedSpan? Elapsed { get; init; }

    /// <summary>True for a point or span on the calendar ("2023-11", "2023-W47"), false for durations,
    /// sets and the PRESENT_REF/PAST_REF/FUTURE_REF placeholders.</summary>
    public bool IsCalendarPoint =>
        Type is TimexType.Date or TimexType.Time
        && Value.Length >= 2
        && char.IsAsciiDigit(Value[0])
        && char.IsAsciiDigit(Value[1]);
}

/// <summary>The times an elapsed count before or after a report's date may stand for: a count of weeks, months or years
/// is rounded, hedged or not ("two weeks ago", "about three weeks ago"), so it covers half a unit either side of the
/// count, from the report's own date. Two counts hold together only when their spans overlap by more than a point:
/// "two weeks ago" and "three weeks ago" in reports of one day meet only at two and a half weeks and clash; "about three
/// weeks ago" on 24 June and "two weeks ago" on 25 June do not overlap; "six weeks ago" and "a month ago" do (decision 475).</summary>
internal readonly record struct ElapsedSpan(DateTime Start, DateTime End)
{
    /// <summary>Days in one unit of an elapsed count (a month and a year on average); null for a unit not rounded this way
    /// (a day is a calendar day: "two days ago" is the day before yesterday).</summary>
    public static double? DaysPerUnit(string unit) => unit switch
    {
        "week" => 7,
        "fortnight" => 14,
        "month" => 30.4375,
        "quarter" => 91.3125,
        "year" => 365.25,
        "decade" => 3652.5,
        _ => null,
    };

    /// <summary>The span of a count of units before (negative) or after (positive) the reference date, half a unit either side.</summary>
    public static ElapsedSpan? Of(DateOnly reference, int count, string unit)
    {
        if (count == 0 || DaysPerUnit(unit) is not { } days)
        {
            return null;
        }

        var centre = reference.ToDateTime(new TimeOnly(12, 0)).AddDays(count * days);
        return new ElapsedSpan(centre.AddDays(-days / 2), centre.AddDays(days / 2));
    }

    /// <summary>The two spans cannot both hold: they share no more than a point.</summary>
    public static bool Clash(ElapsedSpan a, ElapsedSpan b) => a.End <= b.Start || b.End <= a.Start;
}

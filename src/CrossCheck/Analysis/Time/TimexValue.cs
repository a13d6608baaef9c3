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

    /// <summary>True for a point or span on the calendar ("2023-11", "2023-W47"), false for durations,
    /// sets and the PRESENT_REF/PAST_REF/FUTURE_REF placeholders.</summary>
    public bool IsCalendarPoint =>
        Type is TimexType.Date or TimexType.Time
        && Value.Length >= 2
        && char.IsAsciiDigit(Value[0])
        && char.IsAsciiDigit(Value[1]);
}

namespace CrossCheck.Analysis.Time;

/// <summary>What a date dates: the event reported, or the statement that reports it ("officials said on
/// Wednesday").</summary>
internal enum DateRole
{
    Event,
    Statement,
}

internal enum DateGranularity
{
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>A time expression resolved to a TIMEX3-style value ("2023-11-20", "2023-11", "2023",
/// "2023-W47", "2023-SP", "2023-11-20T14:00"). <see cref="Relative"/> is true when the value depended on an
/// anchor (the publication date or a date mentioned earlier). <see cref="SentenceIndex"/> is -1 when the
/// expression lies outside every given sentence. <see cref="Role"/> says whether it dates the event or the
/// statement reporting it.</summary>
internal sealed record DateMention(
    string Text,
    int Start,
    int End,
    string Value,
    DateGranularity Granularity,
    int SentenceIndex,
    bool Relative)
{
    /// <summary>The UTC offset of a clock time whose zone was named ("15:00 GMT", "10:15 AM EST"); the
    /// value itself stays the local wall-clock time, as TIMEX3 writes it.</summary>
    public TimeSpan? UtcOffset { get; init; }

    public DateRole Role { get; init; }

    /// <summary>The day (exclusive) a loosely bounded past period may run up to: "last week" read as the seven days
    /// before the report (<see cref="TimexValue.ReachesTo"/>); null for a date with firm bounds.</summary>
    public DateOnly? ReachesTo { get; init; }

    /// <summary>The elapsed time an "N weeks ago" count stands for (<see cref="TimexValue.Elapsed"/>); null for other dates.</summary>
    public ElapsedSpan? Elapsed { get; init; }
}

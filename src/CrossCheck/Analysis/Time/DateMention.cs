namespace CrossCheck.Analysis.Time;

public enum DateGranularity
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
/// "2023-W47", "2023-11-20T14:00"). <see cref="Relative"/> is true when the value depended on an
/// anchor (the publication date or a date mentioned earlier).</summary>
public sealed record DateMention(
    string Text,
    int Start,
    int End,
    string Value,
    DateGranularity Granularity,
    int SentenceIndex,
    bool Relative);

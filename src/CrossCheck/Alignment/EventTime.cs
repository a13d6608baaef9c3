using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>When a claim says its event happened, as a span of time once the words before the date are read
/// (<see cref="QualifierWords.BeforeTime"/>, approximations from <see cref="QualifierWords.BeforeNumber"/>): "at
/// 6.40 a.m." is that minute give or take <see cref="ExactMinute"/> (reporters round), "at 2 a.m." that hour's start
/// give or take <see cref="ExactHour"/>, "about 2:30 a.m." give or take <see cref="ApproximateClock"/>, "shortly after
/// 2 a.m." the <see cref="Shortly"/> after it; "by Friday evening" anything up to the end of Friday, "after midnight"
/// anything from it. A calendar span stated loosely ("about three weeks ago") reaches one span further on each side,
/// as the judge reads a hedged date (decision 365). <see cref="Clock"/>: a time of day; <see cref="DayKnown"/>: its day
/// is stated (not only inferred from the report's date), so it may be compared with a day of another report.</summary>
internal readonly record struct EventTime(DateTime Start, DateTime End, bool Clock, bool DayKnown)
{
    /// <summary>The time line the value is on: a UTC instant and a wall-clock time of an unknown zone are never compared.</summary>
    public ClockFrame Frame { get; init; }

    /// <summary>The value was resolved against the report's date or an earlier one ("on Sunday", "yesterday").</summary>
    public bool Relative { get; init; }

    /// <summary>Two days, either resolved against two reports' dates this far apart or more are not compared: "on Saturday" in a
    /// report of the next week names the same Saturday as in the first report, which its resolution cannot know.</summary>
    public static readonly TimeSpan AnchoredReach = TimeSpan.FromDays(6);

    public static readonly TimeSpan ExactMinute = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ExactHour = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ApproximateClock = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Shortly = TimeSpan.FromMinutes(15);

    /// <summary>Words read before a date for its qualifier (the longest phrase of <see cref="QualifierWords.BeforeTime"/>
    /// has three).</summary>
    private const int QualifierWords = 3;

    /// <summary>Whether two event times cannot both hold. Two times of day whose days were not both stated are
    /// compared as times of day (the nearest day of one to the other); a time of day with no stated day is not
    /// compared with a calendar date.</summary>
    public static bool Clash(EventTime a, EventTime b)
    {
        if ((a.Frame == ClockFrame.Utc && b.Frame == ClockFrame.WallClock) || (a.Frame == ClockFrame.WallClock && b.Frame == ClockFrame.Utc))
        {
            return false;
        }

        if ((a.Relative || b.Relative) && IsDay(a) && IsDay(b) && (a.Start - b.Start).Duration() > AnchoredReach)
        {
            return false;
        }

        if (a.Clock && b.Clock && !(a.DayKnown && b.DayKnown))
        {
            var days = Math.Round((a.Start - b.Start).TotalDays);
            b = days == 0 || IsOpen(a) || IsOpen(b) ? b : b with { Start = b.Start.AddDays(days), End = b.End.AddDays(days) };
        }
        else if ((a.Clock && !a.DayKnown) || (b.Clock && !b.DayKnown))
        {
            return false;
        }

        return a.End <= b.Start || b.End <= a.Start;
    }

    private static bool IsDay(EventTime time) => !time.Clock && !IsOpen(time) && time.End - time.Start <= TimeSpan.FromDays(1);

    private static bool IsOpen(EventTime time) => time.Start == DateTime.MinValue || time.End == DateTime.MaxValue;

    /// <summary>The event time of a date unit of a claim, or null when its value cannot be placed on a time line or the
    /// words before it make it a bound of a span ("until Monday", "since June").</summary>
    public static EventTime? Of(AlignmentUnit unit, string claimText, int claimStart, bool dayKnown)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(claimText);
        if (unit.Date is not { } date || TimexInterval.Of(unit.Key, date.ReachesTo) is not { } span)
        {
            return null;
        }

        var qualifier = QualifierOf(claimText, date.Start - claimStart, date.Text);
        if (qualifier == TimeQualifier.Bound)
        {
            return null;
        }

        // A rounded count before the report ("about three weeks ago") stands for the elapsed time it rounds (decision 475).
        if (date.Elapsed is { } elapsed && qualifier is TimeQualifier.At or TimeQualifier.Approximate)
        {
            return new EventTime(elapsed.Start, elapsed.End, false, true) { Frame = span.Frame, Relative = date.Relative };
        }

        return Read(span, date.Granularity, qualifier, dayKnown) with { Frame = span.Frame, Relative = date.Relative };
    }

    private static EventTime Read(TimexInterval span, DateGranularity granularity, TimeQualifier qualifier, bool dayKnown)
    {

        if (granularity == DateGranularity.Time && span.Frame != ClockFrame.Calendar)
        {
            var at = span.Start;
            var slack = qualifier == TimeQualifier.Approximate ? ApproximateClock : span.End - span.Start <= TimeSpan.FromMinutes(1) ? ExactMinute : ExactHour;
            return qualifier switch
            {
                TimeQualifier.ShortlyAfter => new(at, at + Shortly, true, dayKnown),
                TimeQualifier.ShortlyBefore => new(at - Shortly, at, true, dayKnown),
                TimeQualifier.After => new(at, DateTime.MaxValue, true, dayKnown),
                TimeQualifier.Before => new(DateTime.MinValue, at, true, dayKnown),
                _ => new(at - slack, at + slack, true, dayKnown),
            };
        }

        var length = span.End - span.Start;
        return qualifier switch
        {
            TimeQualifier.Approximate => new(SafeMinus(span.Start, length), span.End + length, false, true),
            TimeQualifier.ShortlyAfter => new(span.Start, span.End + length, false, true),
            TimeQualifier.ShortlyBefore => new(SafeMinus(span.Start, length), span.End, false, true),
            TimeQualifier.After => new(span.Start, DateTime.MaxValue, false, true),
            TimeQualifier.Before => new(DateTime.MinValue, span.End, false, true),
            _ => new(span.Start, span.End, false, true),
        };
    }

    private static DateTime SafeMinus(DateTime start, TimeSpan length) => start - DateTime.MinValue > length ? start - length : DateTime.MinValue;

    /// <summary>The qualifier of a date from the words right before it in its claim (and an approximation the date's own
    /// text opens with: "about three weeks ago").</summary>
    internal static TimeQualifier QualifierOf(string claimText, int offset, string dateText)
    {
        ArgumentNullException.ThrowIfNull(claimText);
        ArgumentNullException.ThrowIfNull(dateText);
        var leading = dateText.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first.ToLowerInvariant() : string.Empty;
        if (IsApproximation(leading))
        {
            return TimeQualifier.Approximate;
        }

        if (offset < 0 || offset > claimText.Length)
        {
            offset = claimText.IndexOf(dateText, StringComparison.Ordinal);
            if (offset < 0)
            {
                return TimeQualifier.At;
            }
        }

        var words = claimText[..offset].ToLowerInvariant()
            .Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && claimText[..offset].TrimEnd() is [.., ','])
        {
            return TimeQualifier.At;
        }

        for (var n = Math.Min(QualifierWords, words.Length); n >= 1; n--)
        {
            var phrase = string.Join(' ', words[^n..]);
            if (CrossCheck.Text.QualifierWords.BeforeTime.TryGetValue(phrase, out var qualifier))
            {
                return qualifier;
            }

            if (IsApproximation(phrase))
            {
                return TimeQualifier.Approximate;
            }
        }

        return TimeQualifier.At;
    }

    private static bool IsApproximation(string phrase) =>
        CrossCheck.Text.QualifierWords.BeforeNumber.TryGetValue(phrase, out var qualifier)
        && qualifier is Analysis.Quantities.QuantityQualifier.Approximate or Analysis.Quantities.QuantityQualifier.Nearly;
}

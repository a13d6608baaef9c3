using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Alignment;

/// <summary>The span of time a TIMEX3 value denotes: "12" is the century 1200–1299, "199" the decade 1990–1999, "2023" is the whole year, "2023-11" the month,
/// "2023-11-20" the day, "2023-W47" the ISO week, "2023-Q4" the quarter, "2023-SU" the season,
/// "2023-11-20T14:00" the minute; a part of the day ("2023-11-20TEV", evening) stands for its whole day, as
/// reporters' "evening" and "night" overlap. Two values are compatible when their spans overlap, so a coarse date
/// never contradicts a finer one inside it.
/// A clock time with a zone ("2023-11-20T07:37Z", "2023-11-20T14:00+01:00") is read in UTC (<see cref="ClockFrame.Utc"/>);
/// one without is a wall-clock time of an unknown zone (<see cref="ClockFrame.WallClock"/>). The two are not
/// compared: "0737 GMT" and "7:37 a.m." may be the same instant or seven hours apart.</summary>
internal readonly partial record struct TimexInterval(DateTime Start, DateTime End, ClockFrame Frame = ClockFrame.Calendar)
{
    public bool Overlaps(TimexInterval other) => Start < other.End && other.Start < End;

    /// <summary>Whether the two spans are on one time line: a UTC instant and a wall-clock time of an unknown zone are not.</summary>
    public bool ComparableWith(TimexInterval other) =>
        !((Frame == ClockFrame.Utc && other.Frame == ClockFrame.WallClock) || (Frame == ClockFrame.WallClock && other.Frame == ClockFrame.Utc));

    // Every candidate sentence pair compares its dates; a story has few distinct values, parsed once each.
    private static readonly BoundedCache<string, TimexInterval?> Parsed = new(1 << 16, StringComparer.Ordinal);

    public static bool? Compatible(string a, string b) => Compatible(a, null, b, null);

    /// <summary>Whether two dates can both hold, each span run up to its <paramref name="reachA"/> or
    /// <paramref name="reachB"/> (the reference date a loosely bounded period such as "last week" may reach,
    /// <see cref="Analysis.Time.DateMention.ReachesTo"/>); null when either cannot be placed on one time line
    /// with the other.</summary>
    public static bool? Compatible(string a, DateOnly? reachA, string b, DateOnly? reachB) =>
        Of(a, reachA) is { } x && Of(b, reachB) is { } y && x.ComparableWith(y) ? x.Overlaps(y) : null;

    /// <summary>The span of <paramref name="value"/>, run on to the start of <paramref name="reachesTo"/> when that
    /// lies after its end; null when the value is no calendar span.</summary>
    public static TimexInterval? Of(string value, DateOnly? reachesTo)
    {
        if (Cached(value) is not { } interval)
        {
            return null;
        }

        return reachesTo is { } reach && reach.ToDateTime(TimeOnly.MinValue) is var end && end > interval.End && interval.Frame == ClockFrame.Calendar
            ? interval with { End = end }
            : interval;
    }

    /// <summary>How far apart two dates lie (zero when they touch or overlap) and the longer of their two spans, or
    /// null when either cannot be placed on one time line with the other.</summary>
    public static (TimeSpan Apart, TimeSpan LongerSpan)? Gap(string a, string b) => Gap(a, null, b, null);

    /// <summary><see cref="Gap(string, string)"/> with each span run up to its reach.</summary>
    public static (TimeSpan Apart, TimeSpan LongerSpan)? Gap(string a, DateOnly? reachA, string b, DateOnly? reachB)
    {
        if (Of(a, reachA) is not { } x || Of(b, reachB) is not { } y || !x.ComparableWith(y))
        {
            return null;
        }

        var apart = x.Start > y.Start ? x.Start - y.End : y.Start - x.End;
        var longer = (x.End - x.Start) > (y.End - y.Start) ? x.End - x.Start : y.End - y.Start;
        return (apart < TimeSpan.Zero ? TimeSpan.Zero : apart, longer);
    }

    /// <summary>How far two dates say the same: 1 when their spans are equal, the share of the longer span the
    /// shorter covers when one holds the other ("September" inside "this year" says little about it), 0 when
    /// they do not overlap or cannot be compared.</summary>
    public static double Agreement(string a, string b)
    {
        if (Cached(a) is not { } x || Cached(b) is not { } y || !x.ComparableWith(y) || !x.Overlaps(y))
        {
            return 0;
        }

        var shorter = Math.Min((x.End - x.Start).Ticks, (y.End - y.Start).Ticks);
        var longer = Math.Max((x.End - x.Start).Ticks, (y.End - y.Start).Ticks);
        return longer <= 0 ? 0 : (double)shorter / longer;
    }

    /// <summary>True when the span of <paramref name="inner"/> lies inside that of <paramref name="outer"/> (or
    /// equals it).</summary>
    public static bool Within(string inner, string outer) =>
        Cached(inner) is { } x && Cached(outer) is { } y && x.ComparableWith(y) && x.Start >= y.Start && x.End <= y.End;

    /// <summary>The value of a clock time moved to UTC ("2023-11-20T07:37" at +07:00 → "2023-11-20T00:37Z"); other
    /// values, and times that already carry a zone, are returned as they are.</summary>
    public static string ToUtc(string value, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (LocalClock().Match(value) is not { Success: true } m
            || !DateTime.TryParseExact(m.Value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return value;
        }

        var format = m.Value.Length > 13 ? "yyyy-MM-ddTHH:mm" : "yyyy-MM-ddTHH";
        return (local - offset).ToString(format, CultureInfo.InvariantCulture) + "Z";
    }

    private static TimexInterval? Cached(string value) =>
        Parsed.GetOrAdd(value, v => TryParse(v, out var parsed) ? parsed : null);

    public static bool TryParse(string? value, out TimexInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (CenturyOrDecade(value.Trim()) is { } wide)
        {
            interval = wide;
            return true;
        }

        var match = Pattern().Match(value.Trim());
        if (!match.Success || !TryInt(match.Groups["year"].Value, out var year) || year is < 1 or > 9998)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value;
        try
        {
            interval = rest.Length == 0 ? new(new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1)) : ParseRest(year, rest);
            return interval.End > interval.Start;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>A TIMEX3 century ("12": the years 1200–1299, "the 13th century") or decade ("199": 1990–1999) as the
    /// span of its years, so that "a 13th-century prayer book" and "a 14th-century prayer book" are two dates that
    /// cannot both hold; null for any other value.</summary>
    private static TimexInterval? CenturyOrDecade(string value)
    {
        if (value.Length is not (2 or 3) || !TryInt(value, out var number))
        {
            return null;
        }

        var (first, years) = value.Length == 2 ? (number * 100, 100) : (number * 10, 10);
        var start = Math.Max(first, 1);
        return first + years > 9999 ? null : new TimexInterval(new DateTime(start, 1, 1), new DateTime(first + years, 1, 1));
    }

    private static TimexInterval ParseRest(int year, string rest)
    {
        if (MonthDayTime().Match(rest) is { Success: true } m)
        {
            var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (!m.Groups["day"].Success)
            {
                var first = new DateTime(year, month, 1);
                return new(first, first.AddMonths(1));
            }

            var day = new DateTime(year, month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture));
            if (!m.Groups["hour"].Success)
            {
                return new(day, day.AddDays(1));
            }

            var hour = day.AddHours(int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture));
            var (frame, shift) = Zone(m.Groups["zone"]);
            hour -= shift;
            return m.Groups["minute"].Success
                ? new(hour.AddMinutes(int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture)), hour.AddMinutes(int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) + 1), frame)
                : new(hour, hour.AddHours(1), frame);
        }

        if (rest.StartsWith("-W", StringComparison.Ordinal) && TryInt(rest[2..], out var week))
        {
            var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
            return new(monday, monday.AddDays(7));
        }

        if (rest.StartsWith("-Q", StringComparison.Ordinal) && TryInt(rest[2..], out var quarter) && quarter is >= 1 and <= 4)
        {
            var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1);
            return new(start, start.AddMonths(3));
        }

        var seasonStart = rest switch
        {
            "-SP" => new DateTime(year, 3, 1),
            "-SU" => new DateTime(year, 6, 1),
            "-FA" => new DateTime(year, 9, 1),
            "-WI" => new DateTime(year, 12, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(rest)),
        };
        return new(seasonStart, seasonStart.AddMonths(3));
    }

    /// <summary>"Z" or "+07:00" after a clock time: the time is in UTC once the offset is taken off.</summary>
    private static (ClockFrame Frame, TimeSpan Offset) Zone(Group zone)
    {
        if (!zone.Success)
        {
            return (ClockFrame.WallClock, TimeSpan.Zero);
        }

        var text = zone.Value.Replace(":", string.Empty, StringComparison.Ordinal);
        if (text is "Z" or "z")
        {
            return (ClockFrame.Utc, TimeSpan.Zero);
        }

        var hours = int.Parse(text[1..3], CultureInfo.InvariantCulture);
        var minutes = int.Parse(text[3..], CultureInfo.InvariantCulture);
        var offset = new TimeSpan(hours, minutes, 0);
        return (ClockFrame.Utc, text[0] == '-' ? -offset : offset);
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2})?(?=$|:\d{2}$)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalClock();

    [GeneratedRegex(@"^(?<year>\d{4})(?<rest>-.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^-(?<month>\d{2})(-(?<day>\d{2})(T(?:MO|AF|EV|NI|DT)$|T(?<hour>\d{2})(:(?<minute>\d{2})(:\d{2}(\.\d+)?)?)?(?<zone>[Zz]|[+-]\d{2}:?\d{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayTime();
}

/// <summary>Which time line a <see cref="TimexInterval"/> is on: a calendar span (a day, a month), a clock time in
/// UTC (its zone was known), or a wall-clock time whose zone is unknown.</summary>
internal enum ClockFrame
{
    Calendar,
    WallClock,
    Utc,
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Alignment;

/// <summary>The span of time a TIMEX3 value denotes: "2023" is the whole year, "2023-11" the month,
/// "2023-11-20" the day, "2023-W47" the ISO week, "2023-Q4" the quarter, "2023-SU" the season,
/// "2023-11-20T14:00" the minute; a part of the day ("2023-11-20TEV", evening) stands for its whole day, as
/// reporters' "evening" and "night" overlap. Two values are compatible when their spans overlap, so a coarse date
/// never contradicts a finer one inside it.</summary>
internal readonly partial record struct TimexInterval(DateTime Start, DateTime End)
{
    public bool Overlaps(TimexInterval other) => Start < other.End && other.Start < End;

    // Every candidate sentence pair compares its dates; a story has few distinct values, parsed once each.
    private static readonly BoundedCache<string, TimexInterval?> Parsed = new(1 << 16, StringComparer.Ordinal);

    public static bool? Compatible(string a, string b) =>
        Cached(a) is { } x && Cached(b) is { } y ? x.Overlaps(y) : null;

    /// <summary>How far two dates say the same: 1 when their spans are equal, the share of the longer span the
    /// shorter covers when one holds the other ("September" inside "this year" says little about it), 0 when
    /// they do not overlap or cannot be compared.</summary>
    public static double Agreement(string a, string b)
    {
        if (Cached(a) is not { } x || Cached(b) is not { } y || !x.Overlaps(y))
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
        Cached(inner) is { } x && Cached(outer) is { } y && x.Start >= y.Start && x.End <= y.End;

    private static TimexInterval? Cached(string value) =>
        Parsed.GetOrAdd(value, v => TryParse(v, out var parsed) ? parsed : null);

    public static bool TryParse(string? value, out TimexInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
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
            return m.Groups["minute"].Success
                ? new(hour.AddMinutes(int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture)), hour.AddMinutes(int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) + 1))
                : new(hour, hour.AddHours(1));
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

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^(?<year>\d{4})(?<rest>-.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^-(?<month>\d{2})(-(?<day>\d{2})(T(?:MO|AF|EV|NI|DT)$|T(?<hour>\d{2})(:(?<minute>\d{2})(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}:?\d{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayTime();
}

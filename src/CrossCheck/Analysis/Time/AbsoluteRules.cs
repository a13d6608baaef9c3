using System.Globalization;
using System.Text.RegularExpressions;
using CrossCheck.Text;
using static CrossCheck.Analysis.Time.RuleHelpers;

namespace CrossCheck.Analysis.Time;

/// <summary>Normalisers for dates that carry their own year (or take only the year from the anchor):
/// ISO and numeric dates, "September 24, 2023", "24 September", "May 2010", "2008", "1957-58", decades, centuries.</summary>
internal static class AbsoluteRules
{
    public static TimexValue? IsoDate(Match m, TimexContext context)
    {
        if (TimexCalendar.SafeDate(Int(m.Groups["year"]), Int(m.Groups["m"]), Int(m.Groups["d"])) is not { } date)
        {
            return null;
        }

        if (!m.Groups["h"].Success)
        {
            return DayValue(date, relative: false);
        }

        var value = TimexCalendar.Day(date) + "T" + m.Groups["h"].Value + ":" + m.Groups["min"].Value;
        return new TimexValue(value, TimexType.Time, DateGranularity.Time, false, ParseOffset(m.Groups["offset"]));
    }

    public static TimexValue? NumericDate(Match m, TimexContext context)
    {
        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]);
        var dayFirst = m.Groups["sep"].Value == "." || a > 12;
        var date = dayFirst
            ? TimexCalendar.SafeDate(Int(m.Groups["year"]), b, a)
            : TimexCalendar.SafeDate(Int(m.Groups["year"]), a, b);
        return date is { } d ? DayValue(d, relative: false) : null;
    }

    /// <summary>"November 20", "Nov. 20, 2023", "20 November 2023", "Wednesday, 22 November".</summary>
    public static TimexValue? MonthAndDay(Match m, TimexContext context)
    {
        var monthGroup = m.Groups["month"];
        var month = TimeWords.Month(monthGroup.Value);
        var day = Int(m.Groups["day"]);
        if (month == 0 || !IsCapitalised(monthGroup) || day is < 1 or > 31)
        {
            return null;
        }

        if (m.Groups["year"].Success)
        {
            return TimexCalendar.SafeDate(Int(m.Groups["year"]), month, day) is { } given ? DayValue(given, relative: false) : null;
        }

        var weekday = m.Groups["weekday"].Success ? TimeWords.Weekday(m.Groups["weekday"].Value) : null;
        int? year = context.Reference is { } reference
            ? TimexCalendar.YearOfWeekday(reference, month, day, weekday) ?? TimexCalendar.YearOfDay(reference, month, day, context.Tense)
            : context.AnchorYear;
        return year is { } y && TimexCalendar.SafeDate(y, month, day) is { } date ? DayValue(date, relative: true) : null;
    }

    public static TimexValue? MonthYear(Match m, TimexContext context)
    {
        var monthGroup = m.Groups["month"];
        var month = TimeWords.Month(monthGroup.Value);
        return month == 0 || !IsCapitalised(monthGroup)
            ? null
            : Value(TimexCalendar.Month(Int(m.Groups["year"]), month), DateGranularity.Month, relative: false);
    }

    public static TimexValue? YearAlone(Match m, TimexContext context)
    {
        var year = Int(m.Groups["year"]);
        return year > 2100 ? null : Value(TimexCalendar.Year(year), DateGranularity.Year, relative: false);
    }

    /// <summary>The second year of a range: "2009-2010", "1957-58".</summary>
    public static TimexValue? YearRangeTail(Match m, TimexContext context)
    {
        var first = Int(m.Groups["ctxFirst"]);
        var tail = m.Groups["tail"].Value;
        var year = tail.Length == 4 ? Int(m.Groups["tail"]) : (first / 100 * 100) + Int(m.Groups["tail"]);
        if (tail.Length == 2 && year <= first)
        {
            year += 100;
        }

        return year <= first || year - first > 100 ? null : Value(TimexCalendar.Year(year), DateGranularity.Year, relative: false);
    }

    /// <summary>"'98": the century that puts the year nearest the past of the reference.</summary>
    public static TimexValue? TwoDigitYear(Match m, TimexContext context)
    {
        var yy = Int(m.Groups["yy"]);
        var now = context.Reference?.Year ?? context.AnchorYear ?? 2000;
        var year = 2000 + yy > now + 10 ? 1900 + yy : 2000 + yy;
        return Value(TimexCalendar.Year(year), DateGranularity.Year, relative: context.Reference is not null);
    }

    public static TimexValue? Decade(Match m, TimexContext context)
    {
        if (m.Groups["decade"].Success)
        {
            return Value(TimexCalendar.Decade(Int(m.Groups["decade"])), DateGranularity.Decade, relative: false);
        }

        var now = context.Reference?.Year ?? context.AnchorYear ?? 2000;
        var digit = m.Groups["short"].Success ? Int(m.Groups["short"]) : DecadeWord(m.Groups["word"].Value);
        var year = 2000 + (digit * 10) > now ? 1900 + (digit * 10) : 2000 + (digit * 10);
        return Value(TimexCalendar.Decade(year), DateGranularity.Decade, relative: m.Groups["short"].Success);
    }

    public static TimexValue? Century(Match m, TimexContext context)
    {
        var ordinal = TimeWords.Ordinal(Lower(m.Groups["ord"]).Replace(' ', '-'));
        return ordinal is < 1 or > 22
            ? null
            : Value((ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), DateGranularity.Century, relative: false);
    }

    private static int DecadeWord(string word) => word.ToLowerInvariant() switch
    {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        _ => 9,
    };

    private static TimeSpan? ParseOffset(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        if (group.Value is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = group.Value[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var offset = new TimeSpan(Text.DecimalDigits.Parse(digits.AsSpan(0, 2)), Text.DecimalDigits.Parse(digits.AsSpan(2)), 0);
        return group.Value[0] == '-' ? -offset : offset;
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace CrossCheck.Text;

/// <summary>The words of time expressions: month and weekday names, number words, parts of the day,
/// seasons and time zones.</summary>
internal static class TimeWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, TimeSpan> Zones = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["WEST"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3), ["IST"] = new TimeSpan(5, 30, 0), ["JST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month and weekday names and their abbreviations, lower case: a capitalised one is a date, not a name.</summary>
    public static readonly FrozenSet<string> CalendarNames = FrozenSet.Create(
        StringComparer.Ordinal,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Lower-case words that follow a clock time or hour ("9 am", "10:30 GMT", "1400 hrs").</summary>
    public static readonly FrozenSet<string> ClockWords = FrozenSet.Create(
        StringComparer.Ordinal, "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "hrs", "o'clock", "h");

    /// <summary>Month and weekday names (lower case, with or without a full stop): dates, not names.</summary>
    public static bool IsCalendarWord(string lower) => CalendarNames.Contains(lower.TrimEnd('.'));

    /// <summary>1..12 for a month name or abbreviation ("Sept.", "november"), 0 when not a month.</summary>
    public static int Month(string name)
    {
        var trimmed = name.TrimEnd('.');
        return trimmed.Length >= 3 && Months.TryGetValue(trimmed[..3], out var month) ? month : 0;
    }

    public static DayOfWeek? Weekday(string name)
    {
        var trimmed = name.TrimEnd('.');
        return trimmed.Length >= 3 && Weekdays.TryGetValue(trimmed[..3], out var day) ? day : null;
    }

    /// <summary>A count written in digits or words ("3", "three", "twenty-five", "a"); null for vague counts
    /// ("several", "a few") and for what is not a count.</summary>
    public static decimal? Number(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        if (NumberWords.Counts.TryGetValue(trimmed, out var value))
        {
            return value;
        }

        var dash = trimmed.IndexOfAny(['-', ' ']);
        return dash > 0 && NumberWords.Counts.TryGetValue(trimmed[..dash], out var tens) && NumberWords.Counts.TryGetValue(trimmed[(dash + 1)..], out var units)
            ? tens + units
            : null;
    }

    public static int Ordinal(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 2 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return NumberWords.Ordinals.TryGetValue(trimmed, out var ordinal) ? ordinal : 0;
    }

    public static TimeSpan? Zone(string? name) =>
        name is not null && Zones.TryGetValue(name.Replace(".", string.Empty, StringComparison.Ordinal), out var offset) ? offset : null;

    /// <summary>TIMEX3 part-of-day code: MO, AF, EV, NI.</summary>
    public static string? PartOfDay(string? word) => word?.ToUpperInvariant() switch
    {
        "MORNING" => "MO",
        "AFTERNOON" => "AF",
        "EVENING" => "EV",
        "NIGHT" or "OVERNIGHT" or "TONIGHT" => "NI",
        _ => null,
    };

    /// <summary>TIMEX3 season code: SP, SU, FA, WI.</summary>
    public static string Season(string word) => word.ToUpperInvariant() switch
    {
        "SPRING" => "SP",
        "SUMMER" => "SU",
        "AUTUMN" or "FALL" => "FA",
        _ => "WI",
    };
}

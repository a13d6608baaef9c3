using System.Collections.Frozen;
using System.Globalization;

namespace CrossCheck.Analysis.Time;

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

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["a couple of"] = 2, ["couple of"] = 2,
        ["a dozen"] = 12, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty first"] = 21,
        ["twenty-second"] = 22,
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

        if (Numbers.TryGetValue(trimmed, out var value))
        {
            return value;
        }

        var dash = trimmed.IndexOfAny(['-', ' ']);
        return dash > 0 && Numbers.TryGetValue(trimmed[..dash], out var tens) && Numbers.TryGetValue(trimmed[(dash + 1)..], out var units)
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

        return Ordinals.TryGetValue(trimmed, out var ordinal) ? ordinal : 0;
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

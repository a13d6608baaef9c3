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

    /// <summary>Nouns that name a time rather than an actor (lower case): units of time ("day", "weeks"), parts of the
    /// day, month and weekday names, "today" and "weekend" — "Earlier in the day police said" credits police.</summary>
    public static bool IsTimeNoun(string lower) =>
        MeasureWords.TimeUnit(lower) is not null || PartOfDay(lower) is not null || IsCalendarWord(lower)
        || lower is "today" or "tonight" or "yesterday" or "tomorrow" or "weekend";

    /// <summary>Month names pages write in German, French, Spanish, Italian, Dutch and Portuguese (full names, with and
    /// without accents, and the usual abbreviations), for reading page dates ("3. Juli 2018", "1er juin 2020", "6 de
    /// junio de 2020"). English names are read by <see cref="Month"/>.</summary>
    private static readonly FrozenDictionary<string, int> PageMonths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // German
        ["januar"] = 1, ["jänner"] = 1, ["februar"] = 2, ["märz"] = 3, ["maerz"] = 3, ["mär"] = 3, ["mai"] = 5, ["juni"] = 6,
        ["juli"] = 7, ["oktober"] = 10, ["okt"] = 10, ["dezember"] = 12, ["dez"] = 12,
        // French
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["mars"] = 3, ["avril"] = 4, ["avr"] = 4,
        ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10,
        ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
        // Spanish
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        // Italian
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7,
        ["settembre"] = 9, ["ottobre"] = 10, ["dicembre"] = 12,
        // Dutch
        ["januari"] = 1, ["februari"] = 2, ["maart"] = 3, ["mei"] = 5, ["augustus"] = 8,
        // Portuguese
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7, ["setembro"] = 9,
        ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name <see cref="PageMonth"/> reads, the English full names included ("3. August 2015" is German
    /// with an English-looking name), longest first (for building a pattern).</summary>
    public static IEnumerable<string> PageMonthNames => PageMonths.Keys
        .Concat(CalendarNames.Where(n => n.Length > 4 && Month(n) > 0))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal);

    /// <summary>1..12 for a month name in one of the page languages ("März", "juin", "Dicembre") or in English, 0 when
    /// not a month.</summary>
    public static int PageMonth(string name)
    {
        var trimmed = name.TrimEnd('.');
        return PageMonths.TryGetValue(trimmed, out var month) ? month : Month(trimmed);
    }

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

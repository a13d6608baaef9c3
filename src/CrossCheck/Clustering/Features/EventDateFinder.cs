using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Clustering.Features;

/// <summary>Finds the dates an article mentions ("March 15, 2009", "15 March", "in 2009", and with a publication
/// date "on Friday", "yesterday") and keys them by day, month and year. Two reports of one event mention the
/// same dates; two events of the same kind usually do not. Precise dates weigh more than years.</summary>
internal static partial class EventDateFinder
{
    private const float DayWeight = 1f;
    private const float MonthWeight = 0.4f;
    private const float YearWeight = 0.2f;

    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?|(?<yearonly>(?:19|20)\d\d)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<word>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    public static Dictionary<ulong, float> Find(string text, DateOnly? published)
    {
        var keys = new Dictionary<ulong, float>();
        var covered = new List<(int Start, int End)>();
        foreach (var regex in (Regex[])[MonthFirst(), DayFirst()])
        {
            foreach (Match match in regex.Matches(text))
            {
                if (Overlaps(covered, match))
                {
                    continue;
                }

                covered.Add((match.Index, match.Index + match.Length));
                AddCalendarDate(keys, match, published);
            }
        }

        foreach (Match match in Year().Matches(text))
        {
            if (!Overlaps(covered, match))
            {
                Add(keys, Key('y', Text.DecimalDigits.Parse(match.ValueSpan)), YearWeight);
            }
        }

        if (published is { } anchor)
        {
            foreach (Match match in Deictic().Matches(text))
            {
                AddDay(keys, Resolve(match.Groups["word"].Value, anchor));
            }
        }

        return keys;
    }

    private static void AddCalendarDate(Dictionary<ulong, float> keys, Match match, DateOnly? published)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var yearGroup = match.Groups["year"].Success ? match.Groups["year"] : match.Groups["yearonly"];
        int? year = yearGroup.Success ? Text.DecimalDigits.Parse(yearGroup.ValueSpan) : published?.Year;
        if (!match.Groups["day"].Success)
        {
            if (year is { } y)
            {
                Add(keys, Key('m', y, month), MonthWeight * 1.5f);
                Add(keys, Key('y', y), YearWeight);
            }

            return;
        }

        var day = Text.DecimalDigits.Parse(match.Groups["day"].ValueSpan);
        if (day is < 1 or > 31)
        {
            return;
        }

        if (year is { } known && day <= DateTime.DaysInMonth(known, month))
        {
            var date = new DateOnly(known, month, day);
            if (!yearGroup.Success && published is { } p && date > p.AddDays(7))
            {
                date = date.AddYears(-1);
            }

            AddDay(keys, date);
        }
        else
        {
            Add(keys, Key('M', month, day), DayWeight);
        }
    }

    private static DateOnly Resolve(string word, DateOnly anchor)
    {
        var lower = word.ToLowerInvariant();
        switch (lower)
        {
            case "yesterday":
                return anchor.AddDays(-1);
            case "today" or "tonight":
                return anchor;
        }

        var target = Enum.Parse<DayOfWeek>(word, ignoreCase: true);
        var back = ((int)anchor.DayOfWeek - (int)target + 7) % 7;
        return anchor.AddDays(-back);
    }

    private static void AddDay(Dictionary<ulong, float> keys, DateOnly date)
    {
        Add(keys, Key('d', date.Year, date.Month, date.Day), DayWeight);
        Add(keys, Key('M', date.Month, date.Day), DayWeight * 0.5f);
        Add(keys, Key('m', date.Year, date.Month), MonthWeight);
        Add(keys, Key('y', date.Year), YearWeight);
    }

    /// <summary>Key of a day ('d': year, month, day), a day of a month in no known year ('M': month, day), a
    /// month ('m': year, month) or a year ('y').</summary>
    private static ulong Key(char kind, int a, int b = 0, int c = 0) =>
        ProfileBuilder.Mix(((ulong)kind << 48) ^ ((ulong)(uint)a << 16) ^ ((ulong)(uint)b << 8) ^ (uint)c ^ (ulong)TermHash.DateSeed);

    private static void Add(Dictionary<ulong, float> keys, ulong key, float weight) =>
        keys[key] = Math.Max(keys.GetValueOrDefault(key), weight);

    private static bool Overlaps(List<(int Start, int End)> covered, Match match) =>
        covered.Exists(c => match.Index < c.End && c.Start < match.Index + match.Length);

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };
}

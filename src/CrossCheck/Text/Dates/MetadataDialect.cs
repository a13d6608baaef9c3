using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Text.Dates;

/// <summary>The <see cref="DateDialect.Metadata"/> dialect: the date formats found in feeds, meta tags and front
/// matter: ISO 8601, RFC 1123/822, "22 November 2023", "Nov. 22, 2023 10:15 AM EST", dd.mm.yyyy and Unix
/// timestamps. The whole string must be the date; anything else is rejected.</summary>
internal static partial class MetadataDialect
{
    public static PublicationDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var text = value.Trim();
        return Unix(text) ?? Iso(text) ?? DayFirst(text) ?? MonthFirst(text) ?? Numeric(text);
    }

    private static PublicationDate? Unix(string text)
    {
        if (!UnixPattern().IsMatch(text) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var seconds = text.Length >= 12 ? number / 1000 : number;
        if (seconds is < 0 or > 4_102_444_800)
        {
            return null;
        }

        var moment = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return moment.Year < 1990 ? null : DateParts.FromInstant(moment);
    }

    private static PublicationDate? Iso(string text)
    {
        var m = IsoPattern().Match(text);
        return m.Success ? Build(m.Groups["y"].Value, Int(m, "m"), Int(m, "d"), m, ampm: null) : null;
    }

    private static PublicationDate? DayFirst(string text)
    {
        var m = DayFirstPattern().Match(text);
        return m.Success ? Build(m.Groups["y"].Value, DateParts.Month(m.Groups["month"].Value), Int(m, "d"), m, m.Groups["ampm"]) : null;
    }

    private static PublicationDate? MonthFirst(string text)
    {
        var m = MonthFirstPattern().Match(text);
        return m.Success ? Build(m.Groups["y"].Value, DateParts.Month(m.Groups["month"].Value), Int(m, "d"), m, m.Groups["ampm"]) : null;
    }

    /// <summary>dd.mm.yyyy, and dd/mm/yyyy or mm/dd/yyyy only when one of the two cannot be a month.</summary>
    private static PublicationDate? Numeric(string text)
    {
        var m = NumericPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        int a = Int(m, "a"), b = Int(m, "b");
        var slash = m.Groups["sep"].Value == "/";
        if (slash && a <= 12 && b <= 12 && a != b)
        {
            return null;
        }

        return slash && b > 12 ? Build(m.Groups["y"].Value, a, b, m, null) : Build(m.Groups["y"].Value, b, a, m, null);
    }

    private static PublicationDate? Build(string yearText, int month, int day, Match m, Group? ampm)
    {
        var year = DecimalDigits.Parse(yearText);
        if (yearText.Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        if (DateParts.Day(year, month, day, DateParts.MetadataMaxYear) is not { } date)
        {
            return null;
        }

        if (!m.Groups["h"].Success)
        {
            return new PublicationDate(date);
        }

        var hour = Int(m, "h");
        if (ampm is { Success: true })
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = DateParts.TwentyFourHour(hour, pm: char.ToLowerInvariant(ampm.Value[0]) == 'p');
        }

        var second = m.Groups["s"].Success ? Int(m, "s") : 0;
        if (hour > 23 || Int(m, "min") > 59 || second > 59)
        {
            return null;
        }

        return new PublicationDate(date, new TimeOnly(hour, Int(m, "min"), second), Offset(m.Groups["zone"]));
    }

    private static TimeSpan? Offset(Group zone) =>
        zone.Success ? DateParts.Offset(zone.Value, anyScriptDigits: true, withinFourteenHours: false) : null;

    private static int Int(Match m, string group) => DecimalDigits.Parse(m.Groups[group].ValueSpan);

    private const string Clock = @"(?:(?:T|\s+|,\s*|\s+at\s+)(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<ampm>[ap]\.?m\.?)?)?";
    private const string ZoneTail = @"\s*\(?(?<zone>Z|[+-]\d{2}:?\d{2}|(?-i:[A-Z]{2,5}))?\)?";
    private const string Months = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
    private const string Weekday = @"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?";

    [GeneratedRegex(@"^\d{9,13}$")]
    private static partial Regex UnixPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex("^" + Weekday + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Months + @",?\s+(?<y>\d{4}|\d{2})" + Clock + ZoneTail + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex("^" + Weekday + Months + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + Clock + ZoneTail + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstPattern();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<y>\d{4})" + Clock + ZoneTail + "$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossCheck.Text.Dates;

/// <summary>The <see cref="DateDialect.Page"/> dialect: the date strings pages and inputs give (ISO 8601, RFC 1123,
/// "November 19, 2019 3:15 PM EST", compact 20191119, Unix seconds/milliseconds), keeping the time of day and UTC
/// offset only when the string states them. The string must start with the date.</summary>
internal static partial class PageDialect
{
    private const int MaxLength = 120;

    public static PublicationDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > MaxLength)
        {
            return null;
        }

        return ParseIso(text) ?? ParseCompact(text) ?? ParseEpoch(text) ?? ParseDayFirst(text) ?? ParseFree(text);
    }

    /// <summary>"06.10.2017 11:15" is the 6th of October: a dotted numeric date is day-first wherever it is written
    /// (the invariant culture would read it month-first). A slashed one is read only when it cannot be month-first
    /// ("17/03/2020"); "05/06/2023" is left to the general parser.</summary>
    private static PublicationDate? ParseDayFirst(string text)
    {
        var match = DayFirstPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var day = Int(match.Groups["day"].Value);
        var month = Int(match.Groups["month"].Value);
        if (match.Groups["sep"].Value == "/" && day <= 12)
        {
            return null;
        }

        TimeOnly? time = null;
        if (match.Groups["hour"].Success)
        {
            var hour = Int(match.Groups["hour"].Value);
            var minute = Int(match.Groups["minute"].Value);
            if (hour > 23 || minute > 59)
            {
                return null;
            }

            time = new TimeOnly(hour, minute);
        }

        return DateParts.Create(Int(match.Groups["year"].Value), month, day, time);
    }

    private static PublicationDate? ParseIso(string text)
    {
        var match = IsoPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (match.Groups["hour"].Success)
        {
            var hour = Int(match.Groups["hour"].Value);
            var minute = Int(match.Groups["minute"].Value);
            var second = match.Groups["second"].Success ? Int(match.Groups["second"].Value) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            time = new TimeOnly(hour, minute, second);
            offset = ParseOffset(match.Groups["zone"].Value);
        }

        return DateParts.Create(Int(match.Groups["year"].Value), Int(match.Groups["month"].Value), Int(match.Groups["day"].Value), time, offset);
    }

    private static PublicationDate? ParseCompact(string text)
    {
        var match = CompactPattern().Match(text);
        return match.Success
            ? DateParts.Create(Int(match.Groups["year"].Value), Int(match.Groups["month"].Value), Int(match.Groups["day"].Value))
            : null;
    }

    private static PublicationDate? ParseEpoch(string text)
    {
        if (!EpochPattern().IsMatch(text) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return DateParts.FromInstant(text.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number));
    }

    private static PublicationDate? ParseFree(string text)
    {
        var cleaned = FreeNoise().Replace(text, " ").Trim();
        TimeSpan? offset = null;
        var zone = TrailingZone().Match(cleaned);
        if (zone.Success)
        {
            offset = ParseOffset(zone.Groups["zone"].Value);
            cleaned = cleaned[..zone.Index].Trim();
        }

        cleaned = Meridiem().Replace(cleaned, m => m.Groups[1].Value.ToUpperInvariant() + "M");
        if (!DateTime.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var parsed)
            || parsed.Year < DateParts.MinYear || !YearPattern().IsMatch(cleaned))
        {
            return null;
        }

        TimeOnly? time = ClockPattern().IsMatch(cleaned) ? TimeOnly.FromDateTime(parsed) : null;
        return new PublicationDate(DateOnly.FromDateTime(parsed), time, time is null ? null : offset);
    }

    /// <summary>A zone name or numeric offset as the page and text patterns capture it (ASCII digits, at most 14 hours).</summary>
    internal static TimeSpan? ParseOffset(string zone) => DateParts.Offset(zone, anyScriptDigits: false, withinFourteenHours: true);

    // The patterns match ASCII digits only ([0-9], not \d, which also takes other scripts' digits that
    // int.Parse rejects).
    private static int Int(string digits) => DecimalDigits.Parse(digits);

    [GeneratedRegex(@"^(?<year>[0-9]{4})[-/.](?<month>[0-9]{1,2})[-/.](?<day>[0-9]{1,2})(?:(?:T|\s+)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<zone>Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?)?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})(?<sep>[./])\s?(?<month>[0-9]{1,2})\k<sep>\s?(?<year>(?:19|20)[0-9]{2})(?:,?\s+(?<hour>[0-9]{1,2})[:.](?<minute>[0-9]{2})(?:\s*Uhr)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^(?<year>(?:19|20)[0-9]{2})(?<month>[0-9]{2})(?<day>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"^[0-9]{10}$|^[0-9]{13}$", RegexOptions.CultureInvariant)]
    private static partial Regex EpochPattern();

    [GeneratedRegex(@"\s*\(?(?<zone>UTC|GMT|Z|[ECMP][SD]?T|BST|CES?T|EES?T|[+-][0-9]{2}:?[0-9]{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"\b([ap])\.?\s?m\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"\b(?:at|on|published|updated|posted)\b:?|[|•·]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FreeNoise();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[0-9]{1,2}:[0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();
}

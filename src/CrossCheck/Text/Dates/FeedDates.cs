using System.Globalization;
using System.ServiceModel.Syndication;

namespace CrossCheck.Text.Dates;

/// <summary>The feed dialect of the date-string parser: lenient feed dates: RFC 822 with the common deviations (missing weekday, named zones,
/// single-digit days) and ISO 8601. Unparseable dates become unknown instead of failing the feed.</summary>
internal static class FeedDates
{
    private static readonly (string Name, string Offset)[] Zones =
    [
        ("UT", "+00:00"), ("GMT", "+00:00"), ("Z", "+00:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"),
        ("CDT", "-05:00"), ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("CET", "+01:00"), ("CEST", "+02:00"),
    ];

    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMMM yyyy HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
    ];

    /// <summary>Marks a date the feed gave but nobody could read.</summary>
    public static readonly DateTimeOffset Unknown = DateTimeOffset.MinValue;

    public static bool Parse(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = TryParse(data.DateTimeString) ?? Unknown;
        return true;
    }

    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim();
        foreach (var (name, offset) in Zones)
        {
            if (normalized.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase))
            {
                normalized = normalized[..^name.Length] + offset;
                break;
            }
        }

        if (normalized.Length > 5 && normalized[^5] is '+' or '-' && normalized[^4..].All(char.IsAsciiDigit))
        {
            normalized = normalized[..^2] + ":" + normalized[^2..];
        }

        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            || DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed)
            ? parsed
            : null;
    }
}

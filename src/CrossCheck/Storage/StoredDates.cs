using System.Globalization;

namespace CrossCheck.Storage;

/// <summary>Round-trips timestamps and publication dates through the text columns of a store.</summary>
public static class StoredDates
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>A sortable UTC timestamp.</summary>
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The instant a publication date stands for: midnight UTC for a date alone, local time at UTC for a time without zone.</summary>
    public static DateTimeOffset ToInstant(PublicationDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var time = date.Time ?? TimeOnly.MinValue;
        return new DateTimeOffset(date.Date.ToDateTime(time), date.Offset ?? TimeSpan.Zero);
    }

    /// <summary>Parses <see cref="PublicationDate.ToIso"/> output back.</summary>
    public static PublicationDate? ParsePublication(string? iso)
    {
        if (string.IsNullOrEmpty(iso)
            || !DateOnly.TryParseExact(iso.AsSpan(0, Math.Min(10, iso.Length)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        if (iso.Length < 19 || !TimeOnly.TryParseExact(iso.AsSpan(11, 8), "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new PublicationDate(date);
        }

        var zone = iso[19..];
        if (zone.Length == 0)
        {
            return new PublicationDate(date, time);
        }

        if (zone == "Z")
        {
            return new PublicationDate(date, time, TimeSpan.Zero);
        }

        var sign = zone[0] == '-' ? -1 : 1;
        return TimeSpan.TryParseExact(zone[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var offset)
            ? new PublicationDate(date, time, sign * offset)
            : new PublicationDate(date, time);
    }
}

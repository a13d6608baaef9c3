using System.Globalization;

namespace CrossCheck.Text.Dates;

/// <summary>Parses "since" values: a span back from now (<c>30m</c>, <c>12h</c>, <c>2d</c>, <c>1w</c>) or an ISO date/time.</summary>
internal static class RelativeTime
{
    public static DateTimeOffset? TryParseSince(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (TryParseSpan(text) is { } span)
        {
            return now - span;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var absolute) ? absolute : null;
    }

    /// <summary><c>90s</c>, <c>10m</c>, <c>12h</c>, <c>2d</c>, <c>1w</c>; null when not of that shape.</summary>
    public static TimeSpan? TryParseSpan(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 2)
        {
            return null;
        }

        var text = value.Trim();
        if (!double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' => TimeSpan.FromDays(7 * amount),
            _ => null,
        };
    }
}

namespace CrossCheck.Text.Dates;

/// <summary>The one date-string parser. A <see cref="DateDialect"/> names the switches a caller needs (prefix or
/// full match, numeric orders, two-digit years, leniency, year range); every dialect shares <see cref="DateParts"/>.
/// Feeds read instants through <see cref="ParseInstant"/>, running text through <see cref="FindAll"/>.</summary>
internal static class DateStringParser
{
    /// <summary>The date <paramref name="value"/> states in <paramref name="dialect"/>, with its time of day and UTC
    /// offset only when the string states them; null when it is not a date.</summary>
    public static PublicationDate? Parse(string? value, DateDialect dialect) => dialect switch
    {
        DateDialect.Page => PageDialect.Parse(value),
        DateDialect.Metadata => MetadataDialect.Parse(value),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "unknown date dialect"),
    };

    /// <summary>Every date written in running text ("Published Nov. 19, 2019 at 3:15 p.m."), in order of
    /// appearance; numeric forms must stand alone.</summary>
    public static IEnumerable<(int Index, PublicationDate Date)> FindAll(string text) => TextDialect.FindAll(text);

    /// <summary>A feed's date as an instant (RFC 822 with the common deviations, ISO 8601); null when unreadable.</summary>
    public static DateTimeOffset? ParseInstant(string? text) => FeedDates.TryParse(text);

    /// <summary>Builds a date from parts (years 1900–2200), or null when they do not form a real calendar date.</summary>
    public static PublicationDate? Create(int year, int month, int day) => DateParts.Create(year, month, day);
}

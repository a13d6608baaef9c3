using CrossCheck.Extraction;

namespace CrossCheck.Analysis.Time;

/// <summary>Infers a publication date from an article's own text (a dated caption or dateline).
/// PLACEHOLDER: finds nothing; the Time stage replaces it.</summary>
public static class PublicationDateFinder
{
    public static PublicationDate? FromText(Article article) => null;

    /// <summary>Parses a date given in metadata (ISO 8601, RFC 1123, "22 November 2023", ...).</summary>
    public static PublicationDate? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? new PublicationDate(DateOnly.FromDateTime(parsed.DateTime))
            : null;
    }
}

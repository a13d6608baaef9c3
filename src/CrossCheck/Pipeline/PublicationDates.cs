using System.Globalization;
using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;

namespace CrossCheck.Pipeline;

/// <summary>Settles the publication dates of a story's undated articles from the dates of the other articles of
/// that story (each article's own metadata and text were tried at intake, by <see cref="Intake.IntakeDates"/>).</summary>
public static class PublicationDates
{
    /// <summary>How far before the story's earliest known date an event an undated article reports may lie
    /// and still tell when that article was written.</summary>
    private const int EventWindowDays = 30;

    /// <summary>Gives undated articles the median date of the dated articles of their story, or, when the article
    /// itself reports a later event of the story (a full date within the story's dates), the date of that event:
    /// a report cannot be published before what it reports.</summary>
    public static IReadOnlyList<Article> FromStory(IReadOnlyList<Article> storyArticles)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var known = storyArticles.Where(a => a.Published is not null).Select(a => a.Published!.Date).Order().ToList();
        if (known.Count == 0 || known.Count == storyArticles.Count)
        {
            return storyArticles;
        }

        var median = known[(known.Count - 1) / 2];
        var earliest = known[0].AddDays(-EventWindowDays);
        var latest = known[^1].AddDays(1);
        return storyArticles
            .Select(a => a.Published is null
                ? a with { Published = new PublicationDate(Later(median, LatestEventWithin(a, earliest, latest))), PublishedFrom = PublishedFrom.Story }
                : a)
            .ToList();
    }

    private static DateOnly? LatestEventWithin(Article article, DateOnly earliest, DateOnly latest) =>
        DateExtractor.Extract(article.Text, [], published: null)
            .Where(m => !m.Relative && m.Granularity is DateGranularity.Day or DateGranularity.Time)
            .Select(m => DateOnly.TryParseExact(m.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .Where(d => d is { } day && day >= earliest && day <= latest)
            .Max();

    private static DateOnly Later(DateOnly median, DateOnly? eventDate) =>
        eventDate is { } day && day > median ? day : median;
}

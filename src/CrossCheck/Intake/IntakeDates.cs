using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;

namespace CrossCheck.Intake;

/// <summary>Settles one incoming article's publication date: what extraction found, else the input's metadata,
/// else the article's own text; a date later than tomorrow by the clock is not believed. (Dates borrowed from
/// the rest of a story are settled later, by <see cref="Pipeline.PublicationDates"/>.)</summary>
public static class IntakeDates
{
    public static Article FromArticle(Article article, string? metadataValue, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(time);
        if (article.Published is not null)
        {
            return article;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (PublicationDateFinder.ParseMetadata(metadataValue) is { } given && given.Date <= today.AddDays(1))
        {
            return article with { Published = given, PublishedFrom = PublishedFrom.Metadata };
        }

        if (PublicationDateFinder.FromText(article) is { } inText && inText.Date <= today.AddDays(1))
        {
            return article with { Published = inText, PublishedFrom = PublishedFrom.Text };
        }

        return article;
    }
}

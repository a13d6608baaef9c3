using CrossCheck.Analysis.Time;
using CrossCheck.Extraction;

namespace CrossCheck.Pipeline;

/// <summary>Establishes each article's publication date: metadata first, then the article's own text,
/// then (for a story) the dates of the other articles of that story.</summary>
public static class PublicationDates
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

    /// <summary>Gives undated articles the median date of the dated articles of their story.</summary>
    public static IReadOnlyList<Article> FromStory(IReadOnlyList<Article> storyArticles)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var known = storyArticles.Where(a => a.Published is not null).Select(a => a.Published!.Date).Order().ToList();
        if (known.Count == 0 || known.Count == storyArticles.Count)
        {
            return storyArticles;
        }

        var median = known[(known.Count - 1) / 2];
        return storyArticles
            .Select(a => a.Published is null ? a with { Published = new PublicationDate(median), PublishedFrom = PublishedFrom.Story } : a)
            .ToList();
    }
}

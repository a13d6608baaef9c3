using CrossCheck.Dossiers;

namespace CrossCheck.Catalog;

/// <summary>Summaries and word search over analysed stories (all query words must match somewhere).</summary>
internal static class StorySearch
{
    public static StorySummary Summarize(DossierDocument document, StoryDossier story)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(story);
        var articles = document.Articles.Where(a => story.ArticleIds.Contains(a.Id)).ToList();
        var outlets = articles.Select(a => a.Outlet ?? a.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new StorySummary(
            story.Id,
            story.Title,
            articles.Count,
            outlets.Count,
            story.Claims.Count,
            story.Claims.Count(c => c.Status == ClaimStatusValue.Contradicted),
            articles.Select(a => a.Published).Where(p => p is not null).Max(StringComparer.Ordinal),
            outlets,
            story.Entities.OrderByDescending(e => e.ArticleIds.Count).Take(5).Select(e => e.Name).ToList());
    }

    public static bool Matches(DossierDocument document, StoryDossier story, string? query)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(story);
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var haystack = string.Join(
            '\n',
            new[] { story.Title }
                .Concat(story.Claims.Select(c => c.Text))
                .Concat(story.Entities.SelectMany(e => e.Aliases.Append(e.Name)))
                .Concat(document.Articles.Where(a => story.ArticleIds.Contains(a.Id)).SelectMany(a => new[] { a.Outlet ?? string.Empty, a.Title })));
        return query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => haystack.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}

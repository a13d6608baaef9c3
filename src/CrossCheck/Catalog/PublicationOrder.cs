using CrossCheck.Extraction;

namespace CrossCheck.Catalog;

/// <summary>The order a batch is handed to the arrival-order grouper: dated articles by publication date and time,
/// undated ones last, ties in input order, so that within one batch an original comes before its copies (as
/// <see cref="Clustering.StoryGrouper"/> feeds a batch).</summary>
internal static class PublicationOrder
{
    public static IEnumerable<Article> Of(IReadOnlyList<Article> articles) =>
        articles
            .Select((a, i) => (Article: a, Index: i))
            .OrderBy(p => p.Article.Published is null)
            .ThenBy(p => p.Article.Published?.Date)
            .ThenBy(p => p.Article.Published?.Time)
            .ThenBy(p => p.Index)
            .Select(p => p.Article);
}

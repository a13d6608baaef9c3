using CrossCheck.Clustering.Online;
using CrossCheck.Extraction;

namespace CrossCheck.Clustering;

/// <summary>Groups a batch of articles into stories with the online clusterer, feeding them in publication
/// order (undated ones last, ties in input order) so that a copy always arrives after its original and
/// <see cref="Story.DerivedFrom"/> points at the earliest article copied or credited.</summary>
public static class StoryGrouper
{
    public static IReadOnlyList<Story> Group(IReadOnlyList<Article> articles, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        var inputOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            inputOrder.TryAdd(articles[i].Id, i);
        }

        var clusterer = new OnlineStoryClusterer(options ?? ClusteringOptions.Default);
        foreach (var article in articles
            .Select((a, i) => (Article: a, Index: i))
            .OrderBy(p => p.Article.Published is null)
            .ThenBy(p => p.Article.Published?.Date)
            .ThenBy(p => p.Article.Published?.Time)
            .ThenBy(p => p.Index)
            .Select(p => p.Article))
        {
            clusterer.Add(article);
        }

        return clusterer.Stories()
            .OrderBy(s => s.ArticleIds.Min(id => inputOrder.GetValueOrDefault(id, int.MaxValue)))
            .ToList();
    }
}

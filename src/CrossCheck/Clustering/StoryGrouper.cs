using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;
using CrossCheck.Clustering.Refinement;
using CrossCheck.Extraction;

namespace CrossCheck.Clustering;

/// <summary>Groups a batch of articles into stories with the online clusterer, feeding them in publication
/// order (undated ones last, ties in input order) so that a copy always arrives after its original and
/// <see cref="Story.DerivedFrom"/> points at the earliest article copied or credited, then refines the result
/// with <see cref="StoryRefiner"/>. A batch is bounded, so no story is retired: an undated article (fed last)
/// can still join a story of any date.</summary>
internal static class StoryGrouper
{
    public static IReadOnlyList<Story> Group(IReadOnlyList<Article> articles, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        options = (options ?? ClusteringOptions.Default) with { RetireIdleStories = false };
        var inputOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            inputOrder.TryAdd(articles[i].Id, i);
        }

        var fed = articles
            .Select((a, i) => (Article: a, Index: i))
            .OrderBy(p => p.Article.Published is null)
            .ThenBy(p => p.Article.Published?.Date)
            .ThenBy(p => p.Article.Published?.Time)
            .ThenBy(p => p.Index)
            .Select(p => p.Article)
            .ToList();
        var profiles = fed.AsParallel().AsOrdered()
            .Select((article, sequence) => ArticleProfiler.Build(article, options).WithSequence(sequence))
            .ToList();
        var clusterer = new OnlineStoryClusterer(options);
        for (var i = 0; i < fed.Count; i++)
        {
            clusterer.Add(fed[i], profiles[i]);
        }

        var stories = clusterer.Stories();
        if (options.Refinement is { } refinement)
        {
            var byId = new Dictionary<string, ArticleProfile>(StringComparer.Ordinal);
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < fed.Count; i++)
            {
                byId.TryAdd(fed[i].Id, profiles[i]);
                titles.TryAdd(fed[i].Id, fed[i].Title);
            }

            stories = new StoryRefiner(refinement).Refine(stories, byId, titles, clusterer.Frequencies);
        }

        return stories
            .OrderBy(s => s.ArticleIds.Min(id => inputOrder.GetValueOrDefault(id, int.MaxValue)))
            .ToList();
    }
}

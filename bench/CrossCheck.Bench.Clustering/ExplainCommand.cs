using CrossCheck.Clustering.Online;
using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Bench.Clustering;

/// <summary><c>explain INPUTS...</c>: prints each article's assignment with its score, in publication order.</summary>
internal static class ExplainCommand
{
    public static int Run(IEnumerable<string> inputs)
    {
        var loaded = DocumentLoader.Load(inputs);
        var articles = loaded.Documents
            .Select(d => (Doc: d, Article: ArticleExtractor.Extract(d, TimeProvider.System).Article))
            .Where(p => p.Article is not null)
            .Select(p => p.Article! with { Published = CrossCheck.Analysis.Time.PublicationDateFinder.ParseMetadata(p.Doc.Metadata.Published) })
            .OrderBy(a => a.Published is null).ThenBy(a => a.Published?.Date)
            .ToList();
        var clusterer = new OnlineStoryClusterer(CrossCheck.Clustering.ClusteringOptions.Default with { RetireIdleStories = false });
        foreach (var article in articles)
        {
            var assignment = clusterer.Add(article);
            Console.WriteLine($"{assignment.Kind,-9} {assignment.Score:F3} {assignment.StoryId} {article.Id} {assignment.DerivedFrom}");
        }

        return 0;
    }
}

using System.Text.Json;
using CrossCheck.Clustering;
using CrossCheck.Clustering.Features;
using CrossCheck.Clustering.Online;
using CrossCheck.Extraction;
using CrossCheck.Ingest;

namespace CrossCheck.Bench.Clustering;

/// <summary>Calibrates the clusterer's weights and thresholds on ECB+ with two-fold cross-validation over topics:
/// settings are chosen on one half of the topics and reported on the other half. The clusterer itself only ever
/// sees id and text; topic/subtopic are read here, as gold, to score.</summary>
internal static class EcbPlusCalibration
{
    internal sealed record Doc(string Id, string Topic, string Subtopic, Article Article, ArticleProfile Profile);

    public static List<Doc> Load(string path)
    {
        var docs = new List<Doc>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            var raw = new RawDocument(id, path, DocumentFormat.PlainText, text, DocumentMetadata.None);
            var article = ArticleExtractor.Extract(raw, TimeProvider.System).Article ?? new Article(id, path, text.Trim(), text.Trim());
            docs.Add(new Doc(id, root.GetProperty("topic").GetString()!, root.GetProperty("subtopic").GetString()!, article, ArticleProfiler.Build(article)));
        }

        return docs;
    }

    public static List<List<string>> Clusters(IReadOnlyList<Doc> docs, ClusteringOptions options, int seed)
    {
        var order = docs.ToArray();
        new Random(seed).Shuffle(order);
        // Undated articles keep their input order, so the grouper sees the shuffled order; it profiles them itself.
        return [.. StoryGrouper.Group([.. order.Select(d => d.Article)], options).Select(s => s.ArticleIds.ToList())];
    }

    public static ClusterScore Run(IReadOnlyList<Doc> docs, ClusteringOptions options, int seed)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (story, index) in Clusters(docs, options, seed).Select((s, i) => (s, i)))
        {
            foreach (var id in story)
            {
                predicted[id] = "c" + index;
            }
        }

        return ClusterScore.Of(docs.ToDictionary(d => d.Id, d => d.Subtopic, StringComparer.Ordinal), predicted);
    }

    /// <summary>Mean B³ F1 over several shuffles (order matters to an online clusterer).</summary>
    public static double MeanF1(IReadOnlyList<Doc> docs, ClusteringOptions options, int shuffles) =>
        Enumerable.Range(1, shuffles).Average(seed => Run(docs, options, seed).BcubedF1);

    public static IEnumerable<ClusteringOptions> Grid(ClusteringOptions baseline)
    {
        foreach (var title in new[] { 0.0, 0.15 })
        {
            foreach (var entities in new[] { 0.0, 0.2, 0.4 })
            {
                foreach (var dates in new[] { 0.0, 0.15 })
                {
                    for (var join = 0.14; join <= 0.45; join += 0.03)
                    {
                        foreach (var merge in new[] { 0.35, 0.5, 1.1 })
                        {
                            yield return baseline with
                            {
                                Weights = new SimilarityWeights(title, entities, dates),
                                JoinThreshold = Math.Round(join, 2),
                                MergeThreshold = merge,
                            };
                        }
                    }
                }
            }
        }
    }

    public static string Describe(ClusteringOptions o) =>
        $"title={o.Weights.Title} entities={o.Weights.Entities} dates={o.Weights.EventDates} join={o.JoinThreshold} merge={o.MergeThreshold} namePenalty={o.NameConflictPenalty}";
}

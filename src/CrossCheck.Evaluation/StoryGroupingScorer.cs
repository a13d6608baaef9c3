using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>B³ over the gold articles of every gold story evaluated together: an article's gold cluster is
/// its gold story, its predicted cluster the gold articles of the predicted story holding it.</summary>
public static class StoryGroupingScorer
{
    /// <summary>B³ counts per gold story (sum of per-article precision and recall), keyed by story name.</summary>
    public static IReadOnlyDictionary<string, SectionCounts> Score(
        IReadOnlyList<GoldStory> golds,
        DossierDocument document,
        Func<string, IssueReporter>? issuesFor = null)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(document);
        var goldCluster = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var gold in golds)
        {
            foreach (var article in gold.Articles)
            {
                goldCluster.TryAdd(article, gold.Story);
            }
        }

        var predictedCluster = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in document.Stories)
        {
            foreach (var article in story.ArticleIds)
            {
                predictedCluster.TryAdd(article, story.Id);
            }
        }

        string PredictedOf(string article) => predictedCluster.TryGetValue(article, out var id) ? id : "unclustered:" + article;

        var result = new Dictionary<string, SectionCounts>(StringComparer.Ordinal);
        foreach (var gold in golds)
        {
            var counts = SectionCounts.Empty;
            foreach (var article in gold.Articles.Where(a => goldCluster[a] == gold.Story))
            {
                var sameGold = goldCluster.Keys.Where(a => goldCluster[a] == gold.Story).ToHashSet(StringComparer.Ordinal);
                var samePredicted = goldCluster.Keys.Where(a => PredictedOf(a) == PredictedOf(article)).ToHashSet(StringComparer.Ordinal);
                var both = sameGold.Count(samePredicted.Contains);
                counts = counts.Add(new SectionCounts((double)both / samePredicted.Count, 1, (double)both / sameGold.Count, 1));
            }

            result[gold.Story] = result.TryGetValue(gold.Story, out var earlier) ? earlier.Add(counts) : counts;
            if (issuesFor is not null)
            {
                ReportIssues(gold, goldCluster, PredictedOf, issuesFor(gold.Story));
            }
        }

        return result;
    }

    private static void ReportIssues(
        GoldStory gold,
        Dictionary<string, string> goldCluster,
        Func<string, string> predictedOf,
        IssueReporter issues)
    {
        var predictedStories = gold.Articles.GroupBy(predictedOf, StringComparer.Ordinal).ToList();
        if (predictedStories.Count > 1)
        {
            issues(IssueKinds.Missed, null, "split over predicted stories: " + string.Join(" | ", predictedStories.Select(g => string.Join(", ", g))));
        }

        var intruders = goldCluster.Keys
            .Where(a => goldCluster[a] != gold.Story && predictedStories.Any(g => g.Key == predictedOf(a)))
            .ToList();
        if (intruders.Count > 0)
        {
            issues(IssueKinds.Extra, null, "grouped with articles of other stories: " + string.Join(", ", intruders));
        }
    }
}

using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Per-article facts: publication dates and rewrites.</summary>
public static class ArticleScorer
{
    /// <summary>Right when the predicted date (day) and how it was obtained both agree. Precision is over
    /// the gold articles that have a predicted date.</summary>
    public static SectionCounts PublicationDates(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var dated = 0;
        var right = 0;
        foreach (var expected in gold.PublicationDates)
        {
            if (!predictions.Articles.TryGetValue(expected.Article, out var article) || article.Published is not { Length: >= 10 } published)
            {
                issues?.Invoke(IssueKinds.Missed, expected.Article, $"expected {expected.Date} from {expected.From}, got no date");
                continue;
            }

            dated++;
            var from = SourceName(article.PublishedFrom);
            if (string.Equals(published[..10], expected.Date, StringComparison.Ordinal) && string.Equals(from, expected.From, StringComparison.Ordinal))
            {
                right++;
            }
            else
            {
                issues?.Invoke(IssueKinds.Wrong, expected.Article, $"expected {expected.Date} from {expected.From}, got {published} from {from}");
            }
        }

        return new SectionCounts(right, dated, right, gold.PublicationDates.Count);
    }

    /// <summary>Pairs (article, derivedFrom) among the gold articles.</summary>
    public static SectionCounts Rewrites(GoldStory gold, Predictions predictions, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var expected = gold.Rewrites.Select(r => (r.Article, r.DerivedFrom)).ToHashSet();
        var predicted = predictions.Articles.Values
            .Where(a => a.DerivedFrom is not null)
            .Select(a => (a.Id, a.DerivedFrom!))
            .ToHashSet();
        if (issues is not null)
        {
            foreach (var (article, source) in expected.Where(p => !predicted.Contains(p)))
            {
                issues(IssueKinds.Missed, article, $"derived from {source}");
            }

            foreach (var (article, source) in predicted.Where(p => !expected.Contains(p)))
            {
                issues(IssueKinds.Extra, article, $"derived from {source}");
            }
        }

        return SectionCounts.Of(predicted.Count(expected.Contains), predicted.Count, expected.Count);
    }

    public static string SourceName(PublishedFromValue value) => value switch
    {
        PublishedFromValue.Metadata => "metadata",
        PublishedFromValue.Text => "text",
        PublishedFromValue.Story => "story",
        _ => "none",
    };
}

using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Scores quote detection, same-utterance links and speakers from one quote matching.</summary>
public static class QuoteScorer
{
    /// <summary>Matched over predicted quotes in the gold articles, matched over gold quotes.</summary>
    public static SectionCounts Quotes(
        GoldStory gold,
        Predictions predictions,
        IReadOnlyDictionary<string, QuoteEntry> matches,
        IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(matches);
        if (issues is not null)
        {
            foreach (var quote in gold.Quotes.Where(q => !matches.ContainsKey(q.Id)))
            {
                issues(IssueKinds.Missed, quote.Article, $"\"{quote.Text}\"");
            }

            var matched = matches.Values.ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var quote in predictions.Quotes.Where(q => !matched.Contains(q)))
            {
                issues(IssueKinds.Extra, quote.ArticleId, $"\"{quote.Text}\"");
            }
        }

        return SectionCounts.Of(matches.Count, predictions.Quotes.Count, gold.Quotes.Count);
    }

    /// <summary>Unordered pairs of quotes: a predicted sameAs pair is right when its two quotes are matched
    /// to the two quotes of a gold sameAs pair.</summary>
    public static SectionCounts Links(
        GoldStory gold,
        Predictions predictions,
        IReadOnlyDictionary<string, QuoteEntry> matches,
        IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(matches);
        var goldPairs = gold.Quotes
            .SelectMany(q => q.SameAs.Select(other => Pair(q.Id, other)))
            .ToHashSet();
        var goldIdOf = matches.ToDictionary(m => m.Value.Id, m => m.Key, StringComparer.Ordinal);
        var predictedPairs = predictions.Quotes
            .SelectMany(q => q.SameAs.Where(other => other != q.Id).Select(other => Pair(q.Id, other)))
            .ToHashSet();
        var rightGoldPairs = new HashSet<(string, string)>();
        var right = 0;
        foreach (var pair in predictedPairs)
        {
            if (goldIdOf.TryGetValue(pair.First, out var a) && goldIdOf.TryGetValue(pair.Second, out var b) && goldPairs.Contains(Pair(a, b)))
            {
                right++;
                rightGoldPairs.Add(Pair(a, b));
            }
            else
            {
                issues?.Invoke(IssueKinds.Extra, null, $"{pair.First} = {pair.Second}");
            }
        }

        if (issues is not null)
        {
            var texts = gold.Quotes.ToDictionary(q => q.Id, q => $"{q.Article} \"{q.Text}\"", StringComparer.Ordinal);
            foreach (var pair in goldPairs.Where(p => !rightGoldPairs.Contains(p)))
            {
                issues(IssueKinds.Missed, null, $"{texts[pair.First]} = {texts[pair.Second]}");
            }
        }

        return SectionCounts.Of(right, predictedPairs.Count, goldPairs.Count);
    }

    /// <summary>Over gold quotes: the matched predicted quote names the gold speaker (its name or an alias,
    /// or a longer name containing the canonical one). Precision is over matched quotes that have a speaker.</summary>
    public static SectionCounts Speakers(GoldStory gold, IReadOnlyDictionary<string, QuoteEntry> matches, IssueReporter? issues = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(matches);
        var entities = gold.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var attributed = 0;
        var right = 0;
        foreach (var quote in gold.Quotes)
        {
            if (!matches.TryGetValue(quote.Id, out var predicted))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(predicted.Speaker))
            {
                issues?.Invoke(IssueKinds.Missed, quote.Article, $"\"{quote.Text}\": no speaker (expected {quote.Speaker})");
                continue;
            }

            attributed++;
            if (entities.TryGetValue(quote.Speaker, out var entity) && Names(entity, predicted.Speaker))
            {
                right++;
            }
            else
            {
                issues?.Invoke(IssueKinds.Wrong, quote.Article, $"\"{quote.Text}\": expected {quote.Speaker}, got {predicted.Speaker}");
            }
        }

        return new SectionCounts(right, attributed, right, gold.Quotes.Count);
    }

    private static bool Names(GoldEntity entity, string speaker)
    {
        var name = TextMatch.Name(speaker);
        var canonical = TextMatch.Name(entity.Name);
        return name == canonical
            || entity.Aliases.Any(a => TextMatch.Name(a) == name)
            || name.Contains(canonical, StringComparison.Ordinal);
    }

    private static (string First, string Second) Pair(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>Pairs gold quotes with predicted quotes one to one: same article, one normalised text contains
/// the other and the shorter is at least half as long as the longer; the closest pair wins.</summary>
public static class QuoteMatcher
{
    public const double MinimumRatio = 0.5;

    /// <summary>Gold quote id → the predicted quote matched to it.</summary>
    public static IReadOnlyDictionary<string, QuoteEntry> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<QuoteEntry> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var candidates =
            from g in gold
            from p in predicted
            where string.Equals(g.Article, p.ArticleId, StringComparison.Ordinal)
            let ratio = TextMatch.ContainmentRatio(g.Text, p.Text)
            where ratio >= MinimumRatio
            orderby ratio descending
            select (Gold: g, Predicted: p);

        var matches = new Dictionary<string, QuoteEntry>(StringComparer.Ordinal);
        var used = new HashSet<QuoteEntry>(ReferenceEqualityComparer.Instance);
        foreach (var (g, p) in candidates)
        {
            if (!matches.ContainsKey(g.Id) && used.Add(p))
            {
                matches[g.Id] = p;
            }
        }

        return matches;
    }
}

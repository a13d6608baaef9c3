using CrossCheck.Analysis;

namespace CrossCheck.Alignment;

/// <summary>The dates each article of a story gives (of events and of statements alike: "the club announced on
/// Monday" does date the sacking), to tell whether a source states a date a claim gives.</summary>
internal sealed class StoryDates
{
    private readonly Dictionary<string, string[]> _byArticle = new(StringComparer.Ordinal);

    public StoryDates(IReadOnlyList<AnalysedArticle> articles)
    {
        var zone = ClockTimes.StoryZone(articles);
        foreach (var article in articles)
        {
            // Clock times are keyed as the claims' units are: in UTC when their zone or place is known.
            _byArticle.TryAdd(article.Article.Id, [.. article.Dates
                .Select(d => ClockTimes.Key(article, d, [.. article.Mentions.Where(m => m.SentenceIndex == d.SentenceIndex)], zone))
                .Distinct(StringComparer.Ordinal)]);
        }
    }

    /// <summary>True when the article gives one of the claim's dates, or a more precise date inside one.</summary>
    public bool StatesADateOf(string articleId, TextProfile claim)
    {
        if (!_byArticle.TryGetValue(articleId, out var given))
        {
            return false;
        }

        foreach (var unit in claim.Units)
        {
            if (unit is { Kind: UnitKind.Date, OfStatement: false, Aside: false } && Array.Exists(given, value => TimexInterval.Within(value, unit.Key)))
            {
                return true;
            }
        }

        return false;
    }
}

using CrossCheck.Dossiers;

namespace CrossCheck.Evaluation;

/// <summary>The part of a dossier document that concerns one gold story: everything predicted for its
/// articles, wherever the pipeline grouped them.</summary>
public sealed class Predictions
{
    public Predictions(GoldStory gold, DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        ArticleIds = gold.Articles.ToHashSet(StringComparer.Ordinal);
        var ids = ArticleIds;
        Articles = document.Articles.Where(a => ids.Contains(a.Id)).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stories = document.Stories.Where(s => s.ArticleIds.Any(ids.Contains)).ToList();
        var all = document.Stories;
        Claims = all.SelectMany(s => s.Claims).Where(c => ids.Contains(c.ArticleId)).ToList();
        Quotes = all.SelectMany(s => s.Quotes).Where(q => ids.Contains(q.ArticleId)).ToList();
        Dates = all.SelectMany(s => s.Dates).Where(d => ids.Contains(d.ArticleId)).ToList();
        Quantities = all.SelectMany(s => s.Quantities).Where(q => ids.Contains(q.ArticleId)).ToList();
        Entities = stories
            .SelectMany(s => s.Entities.Where(e => e.ArticleIds.Count == 0 || e.ArticleIds.Any(ids.Contains)))
            .ToList();
    }

    public IReadOnlySet<string> ArticleIds { get; }

    public IReadOnlyDictionary<string, ArticleEntry> Articles { get; }

    public IReadOnlyList<ClaimEntry> Claims { get; }

    public IReadOnlyList<QuoteEntry> Quotes { get; }

    public IReadOnlyList<EntityEntry> Entities { get; }

    public IReadOnlyList<DateEntry> Dates { get; }

    public IReadOnlyList<QuantityEntry> Quantities { get; }
}

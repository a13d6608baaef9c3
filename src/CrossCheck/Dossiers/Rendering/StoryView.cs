using System.Globalization;
using CrossCheck.Alignment;

namespace CrossCheck.Dossiers.Rendering;

/// <summary>What every renderer needs to show one story: its articles, outlet labels, status counts
/// and quote groups, derived once from the dossier.</summary>
internal sealed class StoryView
{
    private readonly Dictionary<string, ArticleEntry> _articles;

    public StoryView(DossierDocument document, StoryDossier story)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(story);
        Story = story;
        _articles = document.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Articles = story.ArticleIds.Where(_articles.ContainsKey).Select(id => _articles[id]).ToList();
        QuoteGroups = GroupQuotes(story.Quotes);
    }

    public StoryDossier Story { get; }

    public IReadOnlyList<ArticleEntry> Articles { get; }

    /// <summary>Each group is one utterance as rendered by one or more articles; singletons included.</summary>
    public IReadOnlyList<IReadOnlyList<QuoteEntry>> QuoteGroups { get; }

    public int OutletCount => Articles.Select(a => a.Outlet ?? a.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public string OutletOf(string articleId) =>
        _articles.TryGetValue(articleId, out var article) ? article.Outlet ?? article.Id : articleId;

    public ArticleEntry? Article(string articleId) => _articles.GetValueOrDefault(articleId);

    /// <summary>Where an article comes from, hop by hop to the original report: "rewrite of Corvane Wire (c1) → copy of
    /// Harbor Wire (w1)" (each hop says how that report derives from the next); empty for an independent report.
    /// Ids are left out when <paramref name="withIds"/> is false.</summary>
    public string Derivation(ArticleEntry article, bool withIds = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var chain = article.DerivationChain ?? Walk(article);
        var hops = new List<string>(chain.Count);
        var from = article;
        foreach (var id in chain)
        {
            var how = from?.DerivedBy switch
            {
                DerivedByValue.Copy => "copy of",
                DerivedByValue.Rewrite => "rewrite of",
                DerivedByValue.Credit => "credits",
                _ => "derived from",
            };
            hops.Add(withIds ? $"{how} {OutletOf(id)} ({id})" : $"{how} {OutletOf(id)}");
            from = Article(id);
        }

        return string.Join(" → ", hops);
    }

    private List<string> Walk(ArticleEntry article)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { article.Id };
        for (var source = article.DerivedFrom; source is not null && seen.Add(source); source = Article(source)?.DerivedFrom)
        {
            chain.Add(source);
        }

        return chain;
    }

    public int Count(ClaimStatusValue status) => Story.Claims.Count(c => c.Status == status);

    public int Count(string articleId, ClaimStatusValue status) =>
        Story.Claims.Count(c => c.ArticleId == articleId && c.Status == status);

    public static string PublishedLabel(ArticleEntry article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Published is null
            ? "unknown"
            : article.PublishedFrom switch
            {
                PublishedFromValue.Metadata => article.Published,
                PublishedFromValue.Text => article.Published + " (from text)",
                PublishedFromValue.Story => article.Published + " (inferred from story)",
                _ => article.Published,
            };
    }

    public static string Symbol(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "✅",
        ClaimStatusValue.Partial => "🟡",
        ClaimStatusValue.Contradicted => "❌",
        _ => "⚪",
    };

    public static string Label(ClaimStatusValue status) => status switch
    {
        ClaimStatusValue.Corroborated => "corroborated",
        ClaimStatusValue.Partial => "partial",
        ClaimStatusValue.Contradicted => "contradicted",
        _ => "single-source",
    };

    public static string Label(EvidenceRelationValue relation) => relation switch
    {
        EvidenceRelationValue.Supports => "supports",
        EvidenceRelationValue.Partial => "partly supports",
        _ => "contradicts",
    };

    /// <summary>"12 more sources not listed" when the dossier capped the claim's evidence, else null.</summary>
    public static string? UnlistedSources(ClaimEntry claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Sources is not { } sources)
        {
            return null;
        }

        int Listed(EvidenceRelationValue relation) =>
            claim.Evidence.Where(e => e.Relation == relation).Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var unlisted = Math.Max(0, sources.Supports - Listed(EvidenceRelationValue.Supports))
            + Math.Max(0, sources.Partial - Listed(EvidenceRelationValue.Partial))
            + Math.Max(0, sources.Contradicts - Listed(EvidenceRelationValue.Contradicts));
        return unlisted == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{unlisted} more {(unlisted == 1 ? "source" : "sources")} not listed");
    }

    /// <summary>The word differences between the first rendering of a quote group and another one.</summary>
    public static IReadOnlyList<DiffSegment> Difference(QuoteEntry first, QuoteEntry other)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(other);
        return WordDiff.Compute(first.Text, other.Text);
    }

    private static List<IReadOnlyList<QuoteEntry>> GroupQuotes(IReadOnlyList<QuoteEntry> quotes)
    {
        var byId = quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<IReadOnlyList<QuoteEntry>>();
        foreach (var quote in quotes)
        {
            if (!seen.Add(quote.Id))
            {
                continue;
            }

            var group = new List<QuoteEntry> { quote };
            var queue = new Queue<string>(quote.SameAs);
            while (queue.TryDequeue(out var id))
            {
                if (byId.TryGetValue(id, out var linked) && seen.Add(id))
                {
                    group.Add(linked);
                    foreach (var next in linked.SameAs)
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            groups.Add(group);
        }

        return groups;
    }
}
